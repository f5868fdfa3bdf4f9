import { CharClass } from '../text/chars';
import { classAt, type MatchText } from '../text/normalize';

/**
 * Words that put a person's name after them ("Mr Tokayev", "President Tokayev", "Kremlin spokesman
 * Peskov"), in matching form. A plural ("Senators Shaheen and Ossoff") counts as well.
 */
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'premier', 'chancellor', 'minister', 'senator', 'sen', 'rep', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'general', 'gen', 'colonel', 'col', 'judge',
  'justice', 'ambassador', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir',
  'monsieur', 'madame', 'mme', 'herr', 'frau', 'comrade', 'deputy', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'speaker', 'leader',
  'chief', 'envoy', 'commander', 'marshal', 'admiral', 'captain', 'lieutenant', 'sergeant',
  'patriarch', 'metropolitan', 'cardinal', 'bishop', 'archbishop', 'ayatollah', 'imam', 'tsar',
  'czar', 'emperor', 'empress', 'sultan', 'prosecutor', 'ombudsman', 'lawmaker', 'mp', 'mep',
]);

const PERIOD = 0x2e;
const LETTER_S = 0x73;

/**
 * The title right before `start` (across one space, after an optional full stop), in matching form
 * and singular ("president" for "Presidents"), or undefined when that word is no title.
 */
export function honorificBefore(text: MatchText, start: number): string | undefined {
  const { codes } = text;
  let k = start - 1;
  if (k < 1 || classAt(text, k) !== CharClass.Space) return undefined;
  k--;
  if (codes[k] === PERIOD) k--;
  const end = k + 1;
  while (k >= 0 && classAt(text, k) === CharClass.Word) k--;
  return titleIn(text, k + 1, end);
}

/** The word `[start, end)` as a title in matching form and singular, or undefined when it is none. */
function titleIn(text: MatchText, start: number, end: number): string | undefined {
  if (end - start > 14 || end === start) return undefined;
  const word = String.fromCharCode(...text.codes.subarray(start, end));
  if (HONORIFICS.has(word)) return word;
  return text.codes[end - 1] === LETTER_S && HONORIFICS.has(word.slice(0, -1)) ? word.slice(0, -1) : undefined;
}

/** Whether the word after `end` (across one space) is a title: "Duma Speaker", "Kremlin Spokesman". */
export function beforeTitle(text: MatchText, end: number): boolean {
  if (classAt(text, end) !== CharClass.Space) return false;
  let k = end + 1;
  while (k < text.length && classAt(text, k) === CharClass.Word) k++;
  return titleIn(text, end + 1, k) !== undefined;
}

/** Whether the word before `start` (across one space, after an optional full stop) is a title. */
export function followsHonorific(text: MatchText, start: number): boolean {
  return honorificBefore(text, start) !== undefined;
}
