/**
 * Finding highlights in the library: full-text search over the quote, the note, the tags and the
 * page title, plus filters. Runs in memory over the reader's records: a reading habit produces
 * thousands of highlights, not millions, and a scan over them takes milliseconds.
 */
import type { ColourName } from './colours';
import type { Highlight } from './record';
import { siteOf } from './url';

export interface HighlightFilters {
  site?: string;
  tag?: string;
  colour?: ColourName;
  entityId?: string;
  /** Saved at or after this time (ms). */
  from?: number;
  /** Saved before this time (ms). */
  to?: number;
}

/** Lower case, accents and curly punctuation folded, so "emigre" finds "émigré". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
}

function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Field weights: a match in what the reader highlighted or wrote counts more than in the title. */
const FIELDS: [keyof Highlight | 'tagText', number][] = [
  ['text', 3],
  ['note', 3],
  ['tagText', 2],
  ['title', 1],
];

interface Folded {
  fields: [string[], number][];
}
const foldedCache = new WeakMap<Highlight, Folded>();

function foldedOf(record: Highlight): Folded {
  let folded = foldedCache.get(record);
  if (!folded) {
    const value = (field: string) => (field === 'tagText' ? record.tags.join(' ') : String(record[field as keyof Highlight] ?? ''));
    folded = { fields: FIELDS.map(([field, weight]) => [words(value(field)), weight]) };
    foldedCache.set(record, folded);
  }
  return folded;
}

/** Each query word must begin some word of the record ("tok" finds "Tokayev"); null if one does not. */
function score(record: Highlight, terms: string[]): number | null {
  const { fields } = foldedOf(record);
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const [fieldWords, weight] of fields) {
      if (weight > best && fieldWords.some((word) => word.startsWith(term))) best = weight;
    }
    if (best === 0) return null;
    total += best;
  }
  return total;
}

export function matchesFilters(record: Highlight, filters: HighlightFilters): boolean {
  if (filters.site && siteOf(record.url) !== filters.site) return false;
  if (filters.tag && !record.tags.some((tag) => tag.toLowerCase() === filters.tag!.toLowerCase())) return false;
  if (filters.colour && record.colour !== filters.colour) return false;
  if (filters.entityId && !record.entityIds.includes(filters.entityId)) return false;
  if (filters.from !== undefined && record.createdAt < filters.from) return false;
  if (filters.to !== undefined && record.createdAt >= filters.to) return false;
  return true;
}

/** Matching records, best first; without a query, newest first. */
export function searchHighlights(records: readonly Highlight[], query: string, filters: HighlightFilters = {}): Highlight[] {
  const terms = [...new Set(words(query))];
  const scored: { record: Highlight; score: number }[] = [];
  for (const record of records) {
    if (!matchesFilters(record, filters)) continue;
    const value = terms.length ? score(record, terms) : 0;
    if (value !== null) scored.push({ record, score: value });
  }
  return scored.sort((a, b) => b.score - a.score || b.record.createdAt - a.record.createdAt).map(({ record }) => record);
}

export interface Facet<T extends string = string> {
  value: T;
  count: number;
}

export interface Facets {
  sites: Facet[];
  tags: Facet[];
  colours: Facet<ColourName>[];
  entityIds: Facet[];
}

function tally<T extends string>(values: Iterable<T>): Facet<T>[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** What the library's filters can offer, with how many highlights each choice keeps. */
export function facetsOf(records: readonly Highlight[]): Facets {
  return {
    sites: tally(records.map((record) => siteOf(record.url))),
    tags: tally(records.flatMap((record) => record.tags)),
    colours: tally(records.map((record) => record.colour)),
    entityIds: tally(records.flatMap((record) => record.entityIds)),
  };
}

export interface PageGroup {
  url: string;
  title: string;
  site: string;
  published: string | null;
  highlights: Highlight[];
}

/**
 * Records grouped by page, pages in the order their first record appears (so a ranked search
 * keeps its ranking between pages), highlights within a page in reading order.
 */
export function groupByPage(records: readonly Highlight[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const record of records) {
    let group = groups.get(record.url);
    if (!group) {
      group = { url: record.url, title: record.title, site: siteOf(record.url), published: record.published, highlights: [] };
      groups.set(record.url, group);
    }
    group.highlights.push(record);
    if (!group.title && record.title) group.title = record.title;
  }
  for (const group of groups.values()) group.highlights.sort(byReadingOrder);
  return [...groups.values()];
}

/** Reading order within one page: by saved position, then by creation for imports without one. */
export function byReadingOrder(a: Highlight, b: Highlight): number {
  const pa = a.selectors.position?.start ?? Number.MAX_SAFE_INTEGER;
  const pb = b.selectors.position?.start ?? Number.MAX_SAFE_INTEGER;
  return pa - pb || a.createdAt - b.createdAt;
}
