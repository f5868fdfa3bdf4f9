/**
 * The reading model shared by the content script, the background and the popup: what was
 * recognised on a page and how the popup groups it.
 */
import type { EntityRecord } from '../kb/compile';
import type { EntityType } from '../kb/schema';
import type { ArticleDate } from '../extract/date';
import type { PageQuote, PageRoleMention, QuoteOnPage } from './article-checks';

export type { EntityRecord } from '../kb/compile';
export type { ArticleDate } from '../extract/date';

/** A name found in text, as `recognize` reports it. */
export interface FoundMention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  kind: 'name' | 'adjective';
}

/** The background's answer to a page's text. */
export interface Recognition {
  mentions: FoundMention[];
  /** Records of the entities mentioned and of the events related to them, by id. */
  records: Record<string, EntityRecord>;
  /** For each mentioned entity, the ids of its related events, oldest first. */
  relatedEvents: Record<string, string[]>;
  /** Quotations checked against the recorded statements; those with no record are left out. */
  quotes?: PageQuote[];
  /** Role descriptions resolved at the article's date (when the request gave one). */
  roleMentions?: PageRoleMention[];
}

/** One entity of the page, as the popup lists it. */
export interface PageEntity {
  id: string;
  mentions: number;
  /** Distinct spellings on the page ("Tokayev", "Kassym-Jomart Tokayev"). */
  surfaces: string[];
}

export interface PageReading {
  state: 'annotated' | 'not-article' | 'paused' | 'starting';
  articleDate: ArticleDate | null;
  /** By mentions, most first. */
  entities: PageEntity[];
  records: Record<string, EntityRecord>;
  relatedEvents: Record<string, string[]>;
  /**
   * The hover card open in the page and its text as rendered: diagnostics for tools that cannot
   * see into its closed shadow root (the Firefox test tier among them); `busy` while a part of it
   * (the memory line) is still loading.
   */
  openCard?: { entityId: string; text: string; busy?: boolean } | null;
  /** The page's checked quotations, in page order. */
  quotes?: QuoteOnPage[];
}

export const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'event'];

export const TYPE_HEADINGS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  event: 'Events',
};

function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when every word of `filter` occurs in the entity's label, kind, type or spellings on the page. */
export function matchesFilter(entity: PageEntity, record: EntityRecord, filter: string): boolean {
  const words = folded(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = folded([record.label, record.kind ?? '', record.type, ...entity.surfaces].join(' '));
  return words.every((word) => haystack.includes(word));
}

export interface EntityGroup {
  type: EntityType;
  entities: PageEntity[];
}

/** Groups by type (people, organisations, places, events), each by mentions then label. */
export function groupEntities(entities: readonly PageEntity[], records: Record<string, EntityRecord>, filter = ''): EntityGroup[] {
  return TYPE_ORDER.map((type) => ({
    type,
    entities: entities
      .filter((entity) => records[entity.id]?.type === type && matchesFilter(entity, records[entity.id]!, filter))
      .sort((a, b) => b.mentions - a.mentions || records[a.id]!.label.localeCompare(records[b.id]!.label)),
  })).filter((group) => group.entities.length > 0);
}

/** Counts and spellings per entity from a page's mentions, most mentioned first. */
export function summarizeMentions(mentions: readonly Pick<FoundMention, 'entityId' | 'text'>[]): PageEntity[] {
  const byId = new Map<string, PageEntity>();
  for (const mention of mentions) {
    let entity = byId.get(mention.entityId);
    if (!entity) {
      entity = { id: mention.entityId, mentions: 0, surfaces: [] };
      byId.set(mention.entityId, entity);
    }
    entity.mentions++;
    if (!entity.surfaces.includes(mention.text)) entity.surfaces.push(mention.text);
  }
  return [...byId.values()].sort((a, b) => b.mentions - a.mentions);
}
