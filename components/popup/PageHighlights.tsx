import type { PageStatus } from '@/lib/messages';

/** The page's highlights in page order, and its orphans. */
export function PageHighlights(_props: { tabId: number; page: PageStatus }) {
  return null;
}
