/**
 * The reading memory's side in the page: what the page says about itself for the background to
 * record with the entities it recognises, and where the card's memory line gets its data.
 */
import type { ReadingVisit } from '@/lib/memory/protocol';
import type { MemorySource } from '@/components/card/memory-source';
import { sendToBackground } from '@/utils/messaging';
import { currentPageInfo, currentPageUrl } from './highlight-page';

const visits = new WeakMap<AbortSignal, ReadingVisit>();

/** Not a secret, only distinct: `crypto.randomUUID` is missing on plain-http pages. */
function sessionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The article being read, one per reading session (`signal` is the session's: a restart after a
 * pause or a single-page navigation starts a new one, which the memory counts as a revisit).
 */
export function readingVisit(signal: AbortSignal): ReadingVisit {
  let visit = visits.get(signal);
  if (!visit) {
    const { url, title, published } = currentPageInfo();
    visit = { url, title, published, session: sessionId() };
    visits.set(signal, visit);
  }
  return visit;
}

let source: MemorySource | null = null;

/** The same object while the page's URL stays: a card reopened for the same entity keeps its state. */
export function pageMemorySource(): MemorySource {
  const pageUrl = currentPageUrl();
  if (source?.pageUrl !== pageUrl) {
    source = {
      pageUrl,
      forEntity: (entityId) => sendToBackground('memoryForEntity', { entityId }),
      openLibrary: (entityId) => void sendToBackground('memoryOpenLibrary', { entityId }).catch(() => undefined),
    };
  }
  return source;
}
