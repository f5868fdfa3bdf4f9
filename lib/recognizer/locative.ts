import type { Kb } from '../kb/load';
import { CharClass } from '../text/chars';
import { classAt, type MatchText } from '../text/normalize';
import type { Candidate } from './scan';
import type { Reading } from './readings';

/** Prepositions that put a building or site, not the body housed there, after "the" ("gathered near the Kremlin"). */
const LOCATIVES = new Set(['in', 'inside', 'within', 'near', 'beside', 'opposite']);
/** Words for people or their power before "in the": "many in the Kremlin" are its leadership. */
const MEMBERS = new Set([
  'many', 'some', 'few', 'those', 'others', 'one', 'anyone', 'someone', 'everyone', 'nobody', 'people', 'officials', 'insiders',
  'hardliners', 'hawks', 'doves', 'figures', 'elites', 'sources', 'allies', 'voices', 'factions', 'circles', 'power', 'mood',
  'thinking', 'leadership', 'ones',
]);

/** The word that ends right before `end` (one space between), in matching form, or ''. */
export function wordBefore(text: MatchText, end: number): { word: string; start: number } {
  let k = end - 1;
  if (k < 1 || classAt(text, k) !== CharClass.Space) return { word: '', start: end };
  const wordEnd = k;
  k--;
  while (k >= 0 && classAt(text, k) === CharClass.Word) k--;
  if (wordEnd - (k + 1) > 14) return { word: '', start: end };
  return { word: String.fromCharCode(...text.codes.subarray(k + 1, wordEnd)), start: k + 1 };
}

/**
 * "Signed in the Kremlin": where a name stands both for a place and for the body seated there, "in
 * the" before it means the place, unless people come before that ("many in the Kremlin" are the
 * leadership) or it owns something after ("a step in the Kremlin's drive"). Elsewhere ("the
 * Kremlin said") the readings are left as they are.
 */
export function placeReadingsAfterLocative(kb: Kb, text: MatchText, candidate: Candidate, options: readonly Reading[]): Reading[] | undefined {
  if (options.length < 2 || !options.some((option) => kb.entities[option.entity]?.type !== 'place')) return undefined;
  const places = options.filter((option) => option.name && kb.entities[option.entity]?.type === 'place');
  if (places.length !== 1) return undefined;
  // "A step in the Kremlin's drive": a possessive owns something; a building owns no drive.
  if (String.fromCharCode(...text.codes.subarray(candidate.end, candidate.end + 2)) === "'s") return undefined;
  const article = wordBefore(text, candidate.start);
  if (article.word !== 'the') return undefined;
  const preposition = wordBefore(text, article.start);
  if (!LOCATIVES.has(preposition.word) || MEMBERS.has(wordBefore(text, preposition.start).word)) return undefined;
  return places;
}
