import { CALENDAR_WORDS } from '../text/calendar';
import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, type MatchText } from '../text/normalize';
import { followsHonorific } from './honorifics';

/**
 * What the words around a name say about it: whether its capital could come from the sentence
 * (an opening word, a heading) rather than from being a name, and whether the word before it is a
 * given name the KB does not know. All positions are units of the match text.
 */

const PERIOD = 0x2e;
const COMMA = 0x2c;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

const isWordUnit = (text: MatchText, k: number): boolean => {
  const charClass = classAt(text, k);
  return charClass === CharClass.Word || charClass === CharClass.Unspaced;
};

/** The word of the match text in `[start, end)`, as a string (lower case, accents folded). */
export function wordAt(text: MatchText, start: number, end: number): string {
  return String.fromCharCode(...text.codes.subarray(start, end));
}

/**
 * Whether the full stop at `k` ends a sentence: not after initials or an abbreviation with inner
 * stops ("U.S."), nor after a short capitalised abbreviation ("Gen.", "Mr.", "St.").
 */
export function isSentencePeriod(text: MatchText, k: number): boolean {
  let start = k;
  while (start > 0 && k - start < 4 && classAt(text, start - 1) === CharClass.Word) start--;
  if (start === k) return false;
  if (k - start >= 4) return true;
  if (start > 0 && text.codes[start - 1] === PERIOD) return false;
  return caseAt(text, start) !== CaseFlag.Upper;
}

/** Whether the separator at `k` (not a letter) closes a sentence or a block. */
export function endsSentenceAt(text: MatchText, k: number): boolean {
  if (classAt(text, k) === CharClass.Paragraph) return true;
  const code = text.codes[k];
  return code === EXCLAMATION || code === QUESTION || (code === PERIOD && isSentencePeriod(text, k));
}

/**
 * Whether the word starting at `start` opens a sentence, a block, a quotation or a dateline's
 * text, where any word is capitalised: nothing but spaces before it, or a mark other than a comma.
 */
export function opensSentence(text: MatchText, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && classAt(text, k) === CharClass.Space) k--;
  if (k < 0 || classAt(text, k) === CharClass.Paragraph) return true;
  if (isWordUnit(text, k)) return false;
  return text.codes[k] !== COMMA;
}

/** Whether a capitalised word follows `end` across one space or hyphen ("Costa Rica", "May-June"). */
export function followedByCapitalisedWord(text: MatchText, end: number): boolean {
  if (end + 1 >= text.length) return false;
  const separator = classAt(text, end) === CharClass.Space || text.codes[end] === HYPHEN;
  return separator && classAt(text, end + 1) === CharClass.Word && caseAt(text, end + 1) === CaseFlag.Upper;
}

/**
 * Whether a person's name at `[start, end)` that is also an ordinary word ("May", "Hunt",
 * "Rice") is plainly meant as a name: right after a title ("Mrs May"), or, unless it is a month or
 * a weekday, mid-sentence and on its own, where only a name is capitalised ("said Hunt", not
 * "Rice prices", "Hunt Oil" or a heading's "Why May Is Doomed").
 */
export function plainlyAName(text: MatchText, start: number, end: number): boolean {
  if (followsHonorific(text, start)) return true;
  if (CALENDAR_WORDS.has(wordAt(text, start, end))) return false;
  return !opensSentence(text, start) && !followedByCapitalisedWord(text, end);
}

/** No given name is longer; a longer run of letters is not looked at further. */
const MAX_NAME_WORD = 24;

/** A word of the text, by its units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The capitalised word right before a name at `start`, one space away, when it reads as a given
 * name: not a title ("President Putin"), an initial ("V. Putin"), a possessive ("Russia’s Putin"),
 * an acronym or a dateline in capitals, a month or a weekday, nor a sentence's opening word, whose
 * capital says nothing. The span covers the whole hyphenated word ("Jean-Denis").
 */
export function givenNameBefore(text: MatchText, start: number): Span | undefined {
  const end = start - 1;
  if (end < 2 || classAt(text, end) !== CharClass.Space || classAt(text, end - 1) !== CharClass.Word) return undefined;
  let wordStart = end;
  while (wordStart > 0 && classAt(text, wordStart - 1) === CharClass.Word && end - wordStart <= MAX_NAME_WORD) wordStart--;
  const length = end - wordStart;
  if (length < 2 || length > MAX_NAME_WORD || caseAt(text, wordStart) !== CaseFlag.Upper) return undefined;
  let allCapitals = true;
  for (let k = wordStart + 1; k < end && allCapitals; k++) if (caseAt(text, k) !== CaseFlag.Upper) allCapitals = false;
  if (allCapitals) return undefined;
  const before = text.codes[wordStart - 1];
  if (before === APOSTROPHE || before === PERIOD) return undefined;
  if (followsHonorific(text, start) || CALENDAR_WORDS.has(wordAt(text, wordStart, end))) return undefined;
  let tokenStart = wordStart;
  while (tokenStart >= 2 && text.codes[tokenStart - 1] === HYPHEN && classAt(text, tokenStart - 2) === CharClass.Word) {
    tokenStart--;
    while (tokenStart > 0 && classAt(text, tokenStart - 1) === CharClass.Word && end - tokenStart <= 2 * MAX_NAME_WORD) tokenStart--;
  }
  if (end - tokenStart > 2 * MAX_NAME_WORD) return undefined;
  return opensSentence(text, tokenStart) ? undefined : { start: tokenStart, end };
}

/** How far `inRunningText` looks on either side. */
const RUNNING_TEXT_WORDS = 6;

/**
 * Whether `[start, end)` sits in running text rather than a heading in title case: some nearby
 * word of four letters or more, in the same block, is not capitalised.
 */
export function inRunningText(text: MatchText, start: number, end: number): boolean {
  const isLowerLongWord = (wordStart: number, wordEnd: number): boolean =>
    wordEnd - wordStart >= 4 && caseAt(text, wordStart) === CaseFlag.Lower;
  let words = 0;
  for (let k = end; k < text.length && words < RUNNING_TEXT_WORDS; ) {
    if (classAt(text, k) === CharClass.Paragraph) break;
    if (classAt(text, k) !== CharClass.Word) {
      k++;
      continue;
    }
    const wordStart = k;
    while (k < text.length && classAt(text, k) === CharClass.Word) k++;
    if (isLowerLongWord(wordStart, k)) return true;
    words++;
  }
  words = 0;
  for (let k = start - 1; k >= 0 && words < RUNNING_TEXT_WORDS; ) {
    if (classAt(text, k) === CharClass.Paragraph) break;
    if (classAt(text, k) !== CharClass.Word) {
      k--;
      continue;
    }
    const wordEnd = k + 1;
    while (k >= 0 && classAt(text, k) === CharClass.Word) k--;
    if (isLowerLongWord(k + 1, wordEnd)) return true;
    words++;
  }
  return false;
}
