/** Background side of reading with context: holds the compiled KB and recognises article text. */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundProtocol, Handlers } from '@/lib/messages';
import { loadKb, type Kb } from '@/lib/kb/load';
import { recognizeForReading } from '@/lib/reading/recognition';

type ReadingMessages = Pick<BackgroundProtocol, 'recognize'>;

let loading: Promise<Kb> | null = null;

/**
 * The KB, loaded once per background lifetime and kept: every page's recognition after the first
 * costs no parsing. A failed load is forgotten so the next request tries again.
 */
export function readingKb(): Promise<Kb> {
  loading ??= (async () => {
    const response = await fetch(browser.runtime.getURL('/kb.json' as Parameters<typeof browser.runtime.getURL>[0]));
    if (!response.ok) throw new Error(`The knowledge base could not be read (HTTP ${response.status}).`);
    return loadKb(await response.json());
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export const readingHandlers: Handlers<ReadingMessages, Browser.runtime.MessageSender> = {
  recognize: async ({ text, from }) => {
    if (typeof text !== 'string') throw new Error('recognize needs the article text.');
    return recognizeForReading(await readingKb(), text, typeof from === 'number' ? from : 0);
  },
};
