import type { Kb } from '../kb/load';
import { CaseFlag } from '../text/chars';
import { caseAt, type MatchText } from '../text/normalize';
import type { Reading } from './readings';
import type { Candidate } from './scan';

const BEFORE = ['order of the ', 'order of '];
const AFTER = [' prize', ' prizes', ' medal', ' award', ' order'];
/** Generational suffixes a KB name does not carry when it is the father's. */
const SUFFIXES = [' jr', ', jr', ' sr', ', sr', ' ii', ' iii', ' iv'];
/** Places and works named after a person, in either case ("the Lenin mine", "Pushkin Square"). */
const NAMED_AFTER = [
  'mine', 'square', 'street', 'avenue', 'prospekt', 'boulevard', 'embankment', 'factory', 'plant', 'steelworks', 'stadium',
  'arena', 'airport', 'museum', 'university', 'institute', 'library', 'park', 'station', 'bridge', 'canal', 'cathedral',
  'monastery', 'mausoleum', 'tower', 'theatre', 'theater', 'foundation', 'fund', 'centre', 'center',
].map((word) => ` ${word}`);

/** The match text at `from` spells `words` (matching form), and, when `wholeWord`, no letter follows. */
function spells(text: MatchText, from: number, words: string, wholeWord: boolean): boolean {
  if (from < 0 || from + words.length > text.length) return false;
  for (let k = 0; k < words.length; k++) if (text.codes[from + k] !== words.charCodeAt(k)) return false;
  const next = from + words.length < text.length ? text.codes[from + words.length]! : 32;
  return !(wholeWord && /\p{L}/u.test(String.fromCharCode(next)));
}

/** As `spells`, with the first letter a capital. */
function spellsCapitalised(text: MatchText, from: number, words: string, wholeWord: boolean): boolean {
  return spells(text, from, words, wholeWord) && caseAt(text, from + words.search(/\p{L}/u)) === CaseFlag.Upper;
}

/**
 * A person named in a decoration's or prize's name ("the Order of Alexander Nevsky", "the Lenin
 * Prize") or in a place's ("the Lenin mine", "Pushkin Square") is not mentioned there: the award
 * or place is, which the gold, like a reader, does not count as the person; nor is a father in his
 * son's name ("Donald Trump Jr."). Person readings are dropped;
 * others stay.
 */
export function withoutPeopleInOtherNames(kb: Kb, text: MatchText, candidate: Candidate, readings: Reading[]): Reading[] {
  const inOtherName =
    BEFORE.some((words) => spellsCapitalised(text, candidate.start - words.length, words, false)) ||
    [...AFTER, ...SUFFIXES].some((words) => spellsCapitalised(text, candidate.end, words, true)) ||
    NAMED_AFTER.some((words) => spells(text, candidate.end, words, true));
  return inOtherName ? readings.filter((reading) => kb.entities[reading.entity]?.type !== 'person') : readings;
}
