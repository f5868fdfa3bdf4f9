import type { Kb } from '../kb/load';
import { CaseFlag, CharClass } from '../text/chars';
import { caseAt, classAt, toMatchText, type MatchText } from '../text/normalize';
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

/** Lower-case words inside Arabic, Dutch, German, Romance names: "bin", "al", "van", "de". */
const PARTICLES = new Set(['bin', 'ibn', 'bint', 'ben', 'al', 'el', 'abu', 'van', 'von', 'der', 'de', 'da', 'di', 'du', 'dos', 'das', 'le', 'la']);

function isParticle(text: MatchText, start: number, end: number): boolean {
  return caseAt(text, start) === CaseFlag.Lower && PARTICLES.has(wordAt(text, start, end));
}

/** Where the surname part of a candidate starts: after a leading particle ("bin Mubarak"), if any; -1 when it is more than one word. */
function surnameStart(text: MatchText, candidate: Candidate): number {
  let space = -1;
  for (let k = candidate.start; k < candidate.end; k++) {
    if (classAt(text, k) !== CharClass.Space) continue;
    if (space >= 0 || !isParticle(text, candidate.start, k)) return -1;
    space = k;
  }
  return space < 0 ? candidate.start : space + 1;
}

/**
 * The given name a surname follows, across a particle: "Khalid Saeed bin Mubarak" (a candidate
 * "bin Mubarak", or "Mubarak" after "bin") follows "Saeed".
 */
function givenNameOf(text: MatchText, candidate: Candidate): ReturnType<typeof givenNameBefore> {
  const direct = givenNameBefore(text, candidate.start);
  if (direct || candidate.start < 3 || classAt(text, candidate.start - 1) !== CharClass.Space) return direct;
  let particleStart = candidate.start - 1;
  while (particleStart > 0 && classAt(text, particleStart - 1) === CharClass.Word) particleStart--;
  return isParticle(text, particleStart, candidate.start - 1) ? givenNameBefore(text, particleStart) : undefined;
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
  const nameStart = surnameStart(text, candidate);
  const given = nameStart < 0 ? undefined : givenNameOf(text, candidate);
  if (!given || isKnownEnd(given.end)) return NONE;
  const people = readings.filter((reading) => isPersonName(kb, reading));
  const word = wordAt(text, nameStart, candidate.end);
  const givenWord = wordAt(text, given.start, given.end);
  const others = people.filter((reading) => {
    const words = labelWords(kb, reading.entity);
    // A mononym or a given name used alone ("Zoë") is no surname.
    if (words.length < 2 || words[0] === word) return false;
    return !couldBeGivenNameOf(kb, reading.entity, givenWord);
  });
  return others.length > 0 && inRunningText(text, given.start, candidate.end) ? others : NONE;
}
