/**
 * The side-by-side in the page: mark.js marking the KB's names in the article body, as a page
 * script would use it. Injected into the page's main world after mark.js itself.
 *
 * mark.js recurses once per keyword and overflows the stack on a few thousand names in one call,
 * so the names go in chunks, one call after another in the same task (mark.js is synchronous).
 * Between chunks the run stops once it has used its time box, and says how far it got.
 */
import type Mark from 'mark.js';

const CHUNK = 200;
/** Punctuation that may touch a name ("Tokayev’s", "Russia,"): mark.js's word limiters. */
const LIMITERS = [',', '.', ':', ';', '!', '?', '(', ')', '"', "'", '’', '‘', '“', '”', '-', '–', '—'];

export interface MarkjsResult {
  markMs: number;
  marks: number;
  namesDone: number;
  timedOut: boolean;
}

function runMarkjs(names: string[], timeBoxMs: number): Promise<MarkjsResult> {
  const MarkClass = (globalThis as unknown as { Mark: typeof Mark }).Mark;
  const body = document.querySelector<HTMLElement>('.article-body') ?? document.body;
  performance.mark('bench:start');
  const start = performance.now();
  const marker = new MarkClass(body);
  let marks = 0;
  let namesDone = 0;
  while (namesDone < names.length && performance.now() - start < timeBoxMs) {
    marker.mark(names.slice(namesDone, namesDone + CHUNK), {
      // Whole names, case- and accent-insensitive: the closest mark.js comes to Backstory's matching.
      separateWordSearch: false,
      accuracy: { value: 'exactly', limiters: LIMITERS },
      diacritics: true,
      caseSensitive: false,
      each: () => void marks++,
    });
    namesDone = Math.min(names.length, namesDone + CHUNK);
  }
  const markMs = performance.now() - start;
  performance.mark('bench:marked');
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('bench:painted');
        resolve({ markMs, marks, namesDone, timedOut: namesDone < names.length });
      }, 0),
    ),
  );
}

(globalThis as unknown as { __benchMarkjs: typeof runMarkjs }).__benchMarkjs = runMarkjs;
