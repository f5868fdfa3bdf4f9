import type { Kb } from '../kb/load';
import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, type MatchText } from '../text/normalize';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/** Plural nouns that only polities are: "Kazakhstan and the other post-Soviet states". */
const POLITY_NOUNS = new Set(['countries', 'states', 'nations', 'republics', 'economies', 'territories', 'monarchies', 'democracies']);
/** Plural nouns that are polities after a capitalised qualifier: "Montenegro and the other Western Balkan candidates". */
const QUALIFIED_NOUNS = new Set(['members', 'candidates', 'neighbours', 'neighbors', 'signatories', 'partners', 'allies']);
const HYPHEN = 0x2d;
const SPACE = 0x20;
/** At most this many words between "other" and the noun. */
const MAX_QUALIFIERS = 3;

interface Word {
  text: string;
  capitalised: boolean;
}

/** The words after `start`, each one space after the last, up to the first mark that is not a hyphen. */
function wordsAfter(text: MatchText, start: number, limit: number): Word[] {
  const words: Word[] = [];
  let k = start;
  while (words.length < limit && text.codes[k] === SPACE && classAt(text, k + 1) === CharClass.Word) {
    const wordStart = k + 1;
    k = wordStart;
    while (k < text.length && (classAt(text, k) === CharClass.Word || (text.codes[k] === HYPHEN && classAt(text, k + 1) === CharClass.Word))) k++;
    words.push({ text: String.fromCharCode(...text.codes.subarray(wordStart, k)), capitalised: caseAt(text, wordStart) === CaseFlag.Upper });
  }
  return words;
}

/** Whether "and [the] other [qualifiers] <polities>" follows the name: the name is one of those polities. */
function isOneOfOtherPolities(text: MatchText, end: number): boolean {
  const words = wordsAfter(text, end, MAX_QUALIFIERS + 4);
  let at = 0;
  if (words[at]?.text !== 'and') return false;
  at++;
  if (words[at]?.text === 'the') at++;
  if (words[at]?.text !== 'other') return false;
  at++;
  for (let noun = at; noun < words.length && noun - at <= MAX_QUALIFIERS; noun++) {
    const qualifiers = words.slice(at, noun);
    const word = words[noun]!.text;
    if (POLITY_NOUNS.has(word)) return true;
    if (QUALIFIED_NOUNS.has(word)) return qualifiers.some((qualifier) => qualifier.capitalised);
  }
  return false;
}

/**
 * "For Montenegro and the other Western Balkan candidates": a name that is both a person's (often
 * a surname the article has already used) and a country's is the country when the words after it
 * make it one of a class of polities.
 */
export function withoutPeopleAmongPolities(kb: Kb, text: MatchText, candidate: Candidate, options: Reading[]): Reading[] {
  if (options.length < 2) return options;
  const isPerson = (option: Reading): boolean => kb.entities[option.entity]?.type === 'person';
  if (!options.some(isPerson) || !options.some((option) => option.name && kb.entities[option.entity]?.type === 'place')) return options;
  return isOneOfOtherPolities(text, candidate.end) ? options.filter((option) => !isPerson(option)) : options;
}
