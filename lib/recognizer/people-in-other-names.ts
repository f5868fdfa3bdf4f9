import type { Kb } from '../kb/load';
import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, type MatchText } from '../text/normalize';
import type { Reading } from './readings';
import type { Candidate } from './scan';

const BEFORE = ['order of the ', 'order of '];
/** Capitalised words after a name that make it an award's: "the Lenin Prize". */
const AWARDS = new Set(['prize', 'prizes', 'medal', 'award', 'order']);
/** Generational suffixes a KB name does not carry when it is the father's: "Donald Trump Jr.". */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Places and works named after a person, in either case ("the Lenin mine", "Pushkin Square"). */
const NAMED_AFTER = new Set([
  'mine', 'square', 'street', 'avenue', 'prospekt', 'boulevard', 'embankment', 'factory', 'plant', 'steelworks', 'stadium',
  'arena', 'airport', 'museum', 'university', 'institute', 'library', 'park', 'station', 'bridge', 'canal', 'cathedral',
  'monastery', 'mausoleum', 'tower', 'theatre', 'theater', 'foundation', 'fund', 'centre', 'center', 'refinery', 'terminal',
  'dam', 'shipyard', 'hospital', 'school', 'academy', 'palace',
]);
const COMMA = 0x2c;
const LONGEST_WORD = 12;

/** The word after `end` (past one space, or a comma and a space), in matching form, and where it starts. */
function nextWord(text: MatchText, end: number): { word: string; start: number; afterComma: boolean } | undefined {
  let k = end;
  const afterComma = text.codes[k] === COMMA;
  if (afterComma) k++;
  if (classAt(text, k) !== CharClass.Space) return undefined;
  const start = ++k;
  while (k < text.length && classAt(text, k) === CharClass.Word && k - start <= LONGEST_WORD) k++;
  if (k === start || k - start > LONGEST_WORD) return undefined;
  return { word: String.fromCharCode(...text.codes.subarray(start, k)), start, afterComma };
}

/** The match text right before `start` spells `words` (matching form), its first letter a capital. */
function endsWithCapitalised(text: MatchText, start: number, words: string): boolean {
  const from = start - words.length;
  if (from < 0) return false;
  for (let k = 0; k < words.length; k++) if (text.codes[from + k] !== words.charCodeAt(k)) return false;
  return caseAt(text, from) === CaseFlag.Upper;
}

/**
 * A person named in a decoration's or prize's name ("the Order of Alexander Nevsky", "the Lenin
 * Prize") or in a place's ("the Lenin mine", "Pushkin Square") is not mentioned there: the award
 * or place is, which the gold, like a reader, does not count as the person; nor is a father in his
 * son's name ("Donald Trump Jr."). Person readings are dropped; others stay.
 */
export function withoutPeopleInOtherNames(kb: Kb, text: MatchText, candidate: Candidate, readings: Reading[]): Reading[] {
  const isPerson = (reading: Reading): boolean => kb.entities[reading.entity]?.type === 'person';
  if (!readings.some(isPerson)) return readings;
  const next = nextWord(text, candidate.end);
  const capitalised = next !== undefined && caseAt(text, next.start) === CaseFlag.Upper;
  const inOtherName =
    (next !== undefined &&
      ((!next.afterComma && ((capitalised && AWARDS.has(next.word)) || NAMED_AFTER.has(next.word))) || (capitalised && SUFFIXES.has(next.word)))) ||
    BEFORE.some((words) => endsWithCapitalised(text, candidate.start, words));
  return inOtherName ? readings.filter((reading) => !isPerson(reading)) : readings;
}
