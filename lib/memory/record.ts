/**
 * Reading memory: which of the KB's entities appeared in which articles the reader opened. One
 * record per article, keyed by its normalised URL, holding the title, the publication day, when it
 * was read and how often each entity was named — never any of the page's text.
 *
 * Growth is capped: the newest MEMORY_LIMITS.articles articles by last reading are kept (a heavy
 * news reader opens about twenty a day, so that is three months or more), each with at most
 * MEMORY_LIMITS.entitiesPerArticle entities (the most named). A record is about 1–3 kB, so the
 * whole memory stays under a few megabytes.
 */
import * as v from 'valibot';
import { normalisePageUrl } from '../highlights/url';
import { describeIssues } from '../highlights/record';

export const MEMORY_LIMITS = {
  articles: 2000,
  entitiesPerArticle: 300,
  title: 500,
  url: 4000,
  /** Reading sessions remembered per article (see `visits`). */
  sessions: 8,
} as const;

export interface EntityCount {
  id: string;
  count: number;
}

export interface RememberedArticle {
  /** Normalised as highlights file their page, so an article's highlights and memory meet. */
  url: string;
  title: string;
  /** YYYY-MM-DD as the page states it, or null. */
  published: string | null;
  firstRead: number;
  lastRead: number;
  /** How many times it was opened. */
  visits: number;
  /**
   * Ids of the latest reading sessions (one per opening of the page in a tab), newest last. Text
   * that arrives later in a session adds to its counts; a new session replaces them, so a revisit
   * updates the record instead of counting the article twice.
   */
  sessions: string[];
  /** Most named first. */
  entities: EntityCount[];
  /** The same ids, for the store's multi-entry index. */
  entityIds: string[];
}

/** What the page tells the background about the article it is reading. */
export interface ReadingVisit {
  url: string;
  title: string;
  published: string | null;
  /** One opening of the page: a random id the content script draws when it starts reading. */
  session: string;
}

const VisitSchema = v.object({
  url: v.pipe(
    v.string(),
    v.maxLength(MEMORY_LIMITS.url),
    v.check((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL'),
  ),
  title: v.pipe(v.string(), v.maxLength(10_000)),
  published: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD day'))),
  session: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
});

/** Checks what a content script sent; the URL is normalised again and the title trimmed to size. */
export function checkVisit(value: unknown): ReadingVisit {
  const result = v.safeParse(VisitSchema, value);
  if (!result.success) throw new Error(`Invalid reading visit: ${describeIssues(result.issues)}`);
  const visit = result.output;
  return {
    url: normalisePageUrl(visit.url),
    title: visit.title.replace(/\s+/g, ' ').trim().slice(0, MEMORY_LIMITS.title),
    published: visit.published,
    session: visit.session,
  };
}

function ranked(counts: Map<string, number>): EntityCount[] {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, MEMORY_LIMITS.entitiesPerArticle);
}

/** Mentions per entity, most named first, capped. */
export function countMentions(mentions: readonly { entityId: string }[]): EntityCount[] {
  const counts = new Map<string, number>();
  for (const { entityId } of mentions) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  return ranked(counts);
}

function added(a: readonly EntityCount[], b: readonly EntityCount[]): EntityCount[] {
  const counts = new Map<string, number>();
  for (const { id, count } of [...a, ...b]) counts.set(id, (counts.get(id) ?? 0) + count);
  return ranked(counts);
}

/**
 * The record after reading `counts` in `visit`: a new record, more of the same session (counts
 * add up), or a revisit (counts replace the old ones, the visit is counted, first reading kept).
 * Null when there is nothing to remember: no entity was named.
 */
export function mergeVisit(existing: RememberedArticle | undefined, visit: ReadingVisit, counts: readonly EntityCount[], now: number): RememberedArticle | null {
  const sameSession = existing?.sessions.includes(visit.session) ?? false;
  const entities = existing && sameSession ? added(existing.entities, counts) : [...counts];
  if (entities.length === 0) return null;
  const sessions = existing ? (sameSession ? existing.sessions : [...existing.sessions, visit.session].slice(-MEMORY_LIMITS.sessions)) : [visit.session];
  return {
    url: visit.url,
    title: visit.title || existing?.title || '',
    published: visit.published ?? existing?.published ?? null,
    firstRead: existing?.firstRead ?? now,
    lastRead: Math.max(now, existing?.lastRead ?? 0),
    visits: (existing?.visits ?? 0) + (sameSession ? 0 : 1),
    sessions,
    entities,
    entityIds: entities.map((entity) => entity.id),
  };
}

/** How many times the article named the entity (0 when it did not). */
export function mentionsIn(article: RememberedArticle, entityId: string): number {
  return article.entities.find((entity) => entity.id === entityId)?.count ?? 0;
}
