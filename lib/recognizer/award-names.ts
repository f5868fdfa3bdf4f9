import type { Kb } from '../kb/load';
import { CaseFlag } from '../text/chars';
import { caseAt, type MatchText } from '../text/normalize';
import type { Reading } from './readings';
import type { Candidate } from './scan';

const BEFORE = ['order of the ', 'order of '];
const AFTER = [' prize', ' prizes', ' medal', ' award', ' order'];

/** The match text at `[from, to)` is `word` (matching form) and opens with a capital. */
function isCapitalised(text: MatchText, from: number, word: string): boolean {
  if (from < 0 || from + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (text.codes[from + k] !== word.charCodeAt(k)) return false;
  const first = word.startsWith(' ') ? from + 1 : from;
  return caseAt(text, first) === CaseFlag.Upper;
}

/**
 * A person named in a decoration's or prize's name ("the Order of Alexander Nevsky", "the Lenin
 * Prize", "the Sakharov Prize") is not mentioned there: the award is, which the gold, like a
 * reader, does not count as the person. Person readings are dropped; others stay.
 */
export function withoutPeopleInAwardNames(kb: Kb, text: MatchText, candidate: Candidate, readings: Reading[]): Reading[] {
  const inAward =
    BEFORE.some((words) => isCapitalised(text, candidate.start - words.length, words)) ||
    AFTER.some((word) => isCapitalised(text, candidate.end, word) && !/\p{L}/u.test(String.fromCharCode(text.codes[candidate.end + word.length] ?? 32)));
  return inAward ? readings.filter((reading) => kb.entities[reading.entity]?.type !== 'person') : readings;
}
