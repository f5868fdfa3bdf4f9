import type { Kb } from '../kb/load';
import { HYPHEN, SPACE } from '../kb/tables';
import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, type MatchText } from '../text/normalize';
import { inRunningText, wordAt } from './context';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/** Last words of an institution's, a company's or an agreement's name: "… Magnesium Works", "… Declaration". */
export const HEADS = new Set([
  'works', 'plant', 'factory', 'mine', 'combine', 'complex', 'laboratory', 'laboratories', 'company', 'corporation', 'group', 'holding', 'holdings', 'industries',
  'bank', 'fund', 'exchange', 'network', 'organization', 'organizations', 'organisation', 'organisations', 'association',
  'federation', 'union', 'league', 'alliance', 'coalition', 'movement', 'party', 'front', 'partisans', 'committee', 'council',
  'commission', 'court', 'tribunal', 'institute', 'university', 'academy', 'college', 'school', 'foundation', 'forum',
  'society', 'centre', 'center', 'centres', 'centers', 'institutes', 'museum', 'theatre', 'theater', 'library', 'hospital', 'agency', 'service', 'authority',
  'office', 'ministry', 'department', 'bureau', 'directorate', 'administration', 'railway', 'railways', 'airlines', 'airways',
  'club', 'orchestra', 'initiative', 'project', 'corps', 'legion', 'brigade', 'battalion', 'regiment', 'division',
  // Agreements and meetings named after where they were made: "the Ankara Declaration".
  'declaration', 'agreement', 'agreements', 'accord', 'accords', 'protocol', 'treaty', 'memorandum', 'charter', 'pact',
  'process', 'format', 'platform', 'summit', 'conference',
]);
/** Lower-case words a name may hold: "Network of Election Monitoring Organizations". */
const CONNECTORS = new Set(['of', 'for', 'and', 'on']);
const MAX_WORDS = 6;

/**
 * A place named at the head or the tail of a longer name the KB does not know, "Solikamsk
 * Magnesium Works", "the European Network of Election Monitoring Organizations", "the University of
 * Pennsylvania", is part of that name, not a mention of the place (nor is a country's adjective
 * there): the gold, like a reader, counts nested names only as part of the longer one. Dropped
 * when capitalised words ending in an institution's word follow it in running text and no KB name
 * starts among them (`nextStart`: where the next KB name starts), or such a word and "of" precede it.
 */
export function withoutPlacesInUnknownNames(kb: Kb, text: MatchText, candidate: Candidate, readings: Reading[], nextStart: number): Reading[] {
  // Only a capital after the name or " of " before it can make it part of another: most names have neither.
  const capitalAfter = joinsWords(text, candidate.end) && caseAt(text, candidate.end + 1) === CaseFlag.Upper;
  if (!capitalAfter && !ofBefore(text, candidate.start)) return readings;
  if (!readings.every((reading) => kb.entities[reading.entity]?.type === 'place')) return readings;
  let k = candidate.end;
  let capitalised = 0;
  let lastWord = '';
  let crossedNext = false;
  for (let words = 0; words < MAX_WORDS; words++) {
    // "First Czech-Russian Bank": a hyphen joins the words of a name as a space does, and the
    // name joined on ("Russian") is no other name's start but part of this one.
    if (!joinsWords(text, k)) break;
    if (k + 1 >= nextStart && !crossedNext) {
      if (text.codes[k] !== HYPHEN) break;
      crossedNext = true;
    }
    const start = k + 1;
    let end = start;
    while (end < text.length && classAt(text, end) === CharClass.Word) end++;
    if (end === start) break;
    const word = wordAt(text, start, end);
    if (caseAt(text, start) !== CaseFlag.Upper && !(CONNECTORS.has(word) && capitalised > 0)) break;
    if (caseAt(text, start) === CaseFlag.Upper) {
      capitalised++;
      lastWord = word;
    }
    k = end;
  }
  if (capitalised > 0 && HEADS.has(lastWord) && inRunningText(text, candidate.start, k)) return [];
  return headBefore(text, candidate.start) ? [] : readings;
}

/** A space, or a hyphen between words. */
function joinsWords(text: MatchText, k: number): boolean {
  return classAt(text, k) === CharClass.Space || (text.codes[k] === HYPHEN && classAt(text, k + 1) === CharClass.Word);
}

const LETTER_O = 0x6f;
const LETTER_F = 0x66;

/** " of " right before `start`. */
function ofBefore(text: MatchText, start: number): boolean {
  const { codes } = text;
  return start >= 6 && codes[start - 1] === SPACE && codes[start - 2] === LETTER_F && codes[start - 3] === LETTER_O && codes[start - 4] === SPACE;
}

/** "University of Pennsylvania", "Academy of Sciences of Ukraine": an institution's word and "of" right before `start`. */
function headBefore(text: MatchText, start: number): boolean {
  const of = start - 4;
  if (!ofBefore(text, start) || classAt(text, of - 1) !== CharClass.Word) return false;
  let wordStart = of;
  while (wordStart > 0 && classAt(text, wordStart - 1) === CharClass.Word) wordStart--;
  return caseAt(text, wordStart) === CaseFlag.Upper && HEADS.has(wordAt(text, wordStart, of)) && inRunningText(text, wordStart, start);
}
