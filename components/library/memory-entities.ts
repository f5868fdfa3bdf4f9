/** The library's entity filter: entities of the highlights and of the reading memory, by name. */
import type { Facet } from '@/lib/highlights/search';
import type { MemoryEntity } from '@/lib/memory/protocol';

export interface EntityOption {
  value: string;
  label: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * One option per entity, by name: how many highlights mention it and how many articles read named
 * it. `selected` is kept even when neither list has it (a link from a card, a cleared memory).
 */
export function entityOptions(highlights: readonly Facet[], memory: readonly MemoryEntity[], labelOf: (id: string) => string, selected = ''): EntityOption[] {
  const entries = new Map<string, { label: string; highlights: number; articles: number }>();
  const entry = (id: string) => {
    let found = entries.get(id);
    if (!found) {
      found = { label: labelOf(id), highlights: 0, articles: 0 };
      entries.set(id, found);
    }
    return found;
  };
  for (const facet of highlights) entry(facet.value).highlights = facet.count;
  for (const entity of memory) {
    const found = entry(entity.id);
    found.articles = entity.articles;
    // The highlights' labels come from the same KB; the memory's fill in where they had none.
    if (found.label === entity.id && entity.label) found.label = entity.label;
  }
  if (selected) entry(selected);
  return [...entries]
    .map(([value, { label, highlights: highlightCount, articles }]) => {
      const counts = [highlightCount && plural(highlightCount, 'highlight', 'highlights'), articles && plural(articles, 'article', 'articles')].filter(Boolean);
      return { value, label: counts.length ? `${label} (${counts.join(', ')})` : label, sortKey: label };
    })
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.value.localeCompare(b.value))
    .map(({ value, label }) => ({ value, label }));
}

/** The entity a link asks for: `library.html#entity=<id>`. */
export function entityFromHash(hash: string): string | null {
  const match = /^#entity=([^&]+)/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!) || null;
  } catch {
    return null;
  }
}
