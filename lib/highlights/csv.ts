/**
 * CSV in the shape Readwise's import expects: Highlight, Title, Author, URL, Note, Location, Date.
 * Tags travel in the note as Readwise's inline ".tag" syntax, the only place its CSV has for them.
 */
import type { Highlight } from './record';
import { byReadingOrder } from './search';
import { siteOf } from './url';

export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;

/** RFC 4180: quote every field, double the quotes inside. */
function field(value: string | number): string {
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** "YYYY-MM-DD HH:MM:SS" in UTC. */
function readwiseDate(time: number): string {
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}

function noteWithTags(highlight: Highlight): string {
  const tags = highlight.tags.map((tag) => '.' + tag.replace(/\s+/g, '_'));
  return [highlight.note.trim(), tags.join(' ')].filter(Boolean).join('\n');
}

export function toReadwiseCsv(records: readonly Highlight[]): string {
  // Readwise orders a document's highlights by Location: give it the reading order.
  const sorted = [...records].sort((a, b) => a.url.localeCompare(b.url) || byReadingOrder(a, b));
  const rows = sorted.map((highlight) =>
    [
      highlight.text,
      highlight.title || highlight.url,
      highlight.author ?? siteOf(highlight.url),
      highlight.url,
      noteWithTags(highlight),
      highlight.selectors.position ? highlight.selectors.position.start + 1 : '',
      readwiseDate(highlight.createdAt),
    ]
      .map(field)
      .join(','),
  );
  return [READWISE_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
