/**
 * The everyday English words the build ships (`everyday-words.txt`, see lib/packs/word-list.ts),
 * read when KB packs are compiled and not kept: a compile is rare (an import, a switch), and the
 * set of some 74,000 words would otherwise stay in the service worker's memory.
 */
import { browser } from 'wxt/browser';
import { decodeWordList, EVERYDAY_WORDS_FILE } from '@/lib/packs/word-list';

export async function loadEverydayWords(): Promise<ReadonlySet<string>> {
  const response = await fetch(browser.runtime.getURL(`/${EVERYDAY_WORDS_FILE}` as Parameters<typeof browser.runtime.getURL>[0]));
  if (!response.ok) throw new Error(`The word list could not be read (HTTP ${response.status}).`);
  return decodeWordList(await response.text());
}
