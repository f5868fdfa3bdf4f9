import type { Kb } from '../kb/load';
import { CharClass } from '../text/chars';
import { classAt, toMatchText, type MatchText } from '../text/normalize';
import { givenNameBefore, inRunningText, wordAt } from './context';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/** Each person's label as words in matching form ("kassym-jomart", "tokayev"), built on demand. */
const labelWordsByKb = new WeakMap<Kb, Map<number, string[]>>();

function labelWords(kb: Kb, entity: number): string[] {
  let byEntity = labelWordsByKb.get(kb);
  if (!byEntity) labelWordsByKb.set(kb, (byEntity = new Map()));
  let words = byEntity.get(entity);
  if (!words) {
    // A qualifier is no part of the name: "John Smith (politician)".
    const label = kb.entities[entity]!.label.replace(/\s*\(.*$/u, '');
    const form = toMatchText(label);
    words = String.fromCharCode(...form.codes.subarray(0, form.length)).split(/[\s]+/u).filter((word) => word !== '');
    byEntity.set(entity, words);
  }
  return words;
}

/**
 * Initial sounds that transliteration writes with different letters ("Kasym"/"Qasym",
 * "Herman"/"German", "Yevgeny"/"Evgeny", "Zhomart"/"Jomart", "Wladimir"/"Vladimir").
 */
const INITIAL_SOUND: Record<string, string> = { q: 'k', c: 'k', h: 'g', y: 'j', i: 'j', e: 'j', z: 'j', w: 'v', o: 'a' };
const initialSound = (word: string): string => INITIAL_SOUND[word[0] ?? ''] ?? word[0] ?? '';

/** Whether `given` could be one of the person's given names as written by someone else. */
function couldBeGivenNameOf(kb: Kb, entity: number, given: string): boolean {
  const words = labelWords(kb, entity);
  return words.slice(0, -1).some((word) => word === given || initialSound(word) === initialSound(given));
}

const NONE: readonly Reading[] = [];

function isPersonName(kb: Kb, reading: Reading): boolean {
  return reading.name && kb.entities[reading.entity]?.type === 'person';
}

function spansOneWord(text: MatchText, candidate: Candidate): boolean {
  for (let k = candidate.start; k < candidate.end; k++) if (classAt(text, k) === CharClass.Space) return false;
  return true;
}

/**
 * The readings of a one-word name that stand for a person whose surname it is, when the word before
 * it is a given name that is not that person's ("Denis Gorbachev" is not Mikhail Gorbachev). The
 * given name must read as one (see `givenNameBefore`), be no name the KB knows (`isKnownEnd`: some
 * name or cue ends there, "Kremlin Peskov"), and sit in running text, not a heading in title case
 * ("Talks Stall as Putin Balks"). Had the KB the full name, the longer match would have won.
 */
export function readingsOfAnotherPerson(
  kb: Kb,
  text: MatchText,
  candidate: Candidate,
  readings: readonly Reading[],
  isKnownEnd: (end: number) => boolean,
): readonly Reading[] {
  if (!readings.some((reading) => isPersonName(kb, reading))) return NONE;
  const given = givenNameBefore(text, candidate.start);
  if (!given || !spansOneWord(text, candidate) || isKnownEnd(given.end)) return NONE;
  const people = readings.filter((reading) => isPersonName(kb, reading));
  const word = wordAt(text, candidate.start, candidate.end);
  const givenWord = wordAt(text, given.start, given.end);
  const others = people.filter((reading) => {
    const words = labelWords(kb, reading.entity);
    // A mononym or a given name used alone ("Zoë") is no surname.
    if (words.length < 2 || words[0] === word) return false;
    return !couldBeGivenNameOf(kb, reading.entity, givenWord);
  });
  return others.length > 0 && inRunningText(text, given.start, candidate.end) ? others : NONE;
}
