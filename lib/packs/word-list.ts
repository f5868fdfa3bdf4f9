/**
 * The everyday English words a pack's derived surnames are checked against ("May", "Hunt",
 * "Rice": see `CompileOptions.isCommonWord`), as the build ships them to the background: one
 * file, read only when packs are compiled. The words are in matching form (lower case, accents
 * folded, as `nameKey` gives them), sorted and front-coded: each line is the number of leading
 * characters shared with the previous word (0–9) followed by the rest ("abandon", "abandoned" are
 * "0abandon", "7ed"), which halves the file.
 */
import { nameKey } from '../kb/compile';

/** The file's name among the extension's public assets. */
export const EVERYDAY_WORDS_FILE = 'everyday-words.txt';

/** Derived surnames are at least this many letters long (see `surnameOf` in lib/kb/compile.ts). */
const MIN_LETTERS = 3;
const MAX_SHARED = 9;

/** The words in matching form, as a derived surname's key is compared with them; shorter ones are left out. */
export function wordKeys(words: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const word of words) {
    const key = nameKey(word);
    if (key !== undefined && key.replace(/[^\p{L}]/gu, '').length >= MIN_LETTERS) keys.add(key);
  }
  return [...keys].sort();
}

/** Front-codes keys (sorted by `wordKeys`) into the file's text. */
export function encodeWordList(keys: readonly string[]): string {
  let previous = '';
  const lines: string[] = [];
  for (const key of keys) {
    if (key.includes('\n')) throw new Error(`A word list entry cannot hold a line break: ${JSON.stringify(key)}`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && shared < key.length && previous[shared] === key[shared]) shared++;
    lines.push(`${shared}${key.slice(shared)}`);
    previous = key;
  }
  return lines.join('\n');
}

/** The set of words in a file written by `encodeWordList`; throws on a line it did not write. */
export function decodeWordList(text: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const shared = line.charCodeAt(0) - 48;
    if (!(shared >= 0 && shared <= MAX_SHARED) || shared > previous.length) throw new Error(`Not a word list line: ${JSON.stringify(line.slice(0, 40))}`);
    previous = previous.slice(0, shared) + line.slice(1);
    words.add(previous);
  }
  return words;
}
