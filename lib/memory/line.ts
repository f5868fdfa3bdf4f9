/** The card's memory line, kept apart from the rest of lib/memory so the content script stays small. */
import type { EntityMemory } from './summary';

/**
 * The card's collapsed line: "In 4 articles you read", "· 2 of your highlights", or null when
 * there is nothing beyond the page the reader is on (its own article alone is no news to them).
 */
export function memoryLine(memory: Pick<EntityMemory, 'articleCount' | 'articles' | 'highlightCount'>, pageUrl: string | null): string | null {
  const onlyThisPage = memory.articleCount === 1 && memory.articles[0]?.url === pageUrl;
  const parts: string[] = [];
  if (memory.articleCount > 0 && !onlyThisPage) parts.push(`In ${memory.articleCount} ${memory.articleCount === 1 ? 'article' : 'articles'} you read`);
  if (memory.highlightCount > 0) {
    parts.push(`${memory.highlightCount} of your highlights`);
  }
  return parts.length ? parts.join(' · ') : null;
}
