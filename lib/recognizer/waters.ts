import type { Kb } from '../kb/load';
import type { MatchText } from '../text/normalize';
import { wordBefore } from './locative';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/** Places that English names with "the": "the Dnipro", "the Black Sea", "the Kerch Strait". */
const WATERS = new Set(['river', 'sea', 'lake', 'gulf', 'strait', 'bay', 'reservoir', 'canal']);

/**
 * "Its teams in Dnipro and Zaporizhzhia": a river goes by its bare weak name ("Dnipro") only after
 * "the"; without it, the name is the city's. Dropped only where something else shares the name;
 * a strong name ("Dnieper") is left alone.
 */
export function withoutWatersWithoutThe(kb: Kb, text: MatchText, candidate: Candidate, options: Reading[]): Reading[] {
  if (options.length < 2) return options;
  const isBareWater = (option: Reading): boolean => !option.strongName && WATERS.has(kb.entities[option.entity]?.kind ?? '');
  if (!options.some(isBareWater) || wordBefore(text, candidate.start).word === 'the') return options;
  return options.filter((option) => !isBareWater(option));
}
