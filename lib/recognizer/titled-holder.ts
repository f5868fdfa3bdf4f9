import type { Kb } from '../kb/load';
import { earliestDay, latestDay } from '../reading/dates';
import type { MatchText } from '../text/normalize';
import { honorificBefore } from './honorifics';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/** Title words that are no office of their own ("Mr", "Dr", "Sir"): they never pick a holder. */
const COURTESIES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'monsieur', 'madame', 'mme', 'herr', 'frau', 'comrade', 'sen', 'rep', 'gov', 'gen', 'col']);

const officeWordsCache = new WeakMap<Kb, Map<number, { words: Set<string>; from: string; to: string }[]>>();

/** Each of a person's roles as the lower-case words of its title and the days it spans. */
function officesOf(kb: Kb, entity: number): { words: Set<string>; from: string; to: string }[] {
  let byEntity = officeWordsCache.get(kb);
  if (!byEntity) officeWordsCache.set(kb, (byEntity = new Map()));
  let offices = byEntity.get(entity);
  if (!offices) {
    offices = (kb.entities[entity]?.roles ?? []).map((role) => ({
      words: new Set(role.title.toLowerCase().split(/[^\p{L}]+/u)),
      from: (role.start && earliestDay(role.start)) || '0000-01-01',
      to: (role.end && latestDay(role.end)) || '9999-12-31',
    }));
    byEntity.set(entity, offices);
  }
  return offices;
}

/**
 * "President Aoun", "Prime Minister Fiala": of the people a name after an office's title may be,
 * the one who held an office of that title on the article's `day` (at any time, when the day is
 * unknown), if exactly one did. The title stands in for the full name a bare surname otherwise needs.
 */
export function titledHolder(kb: Kb, text: MatchText, candidate: Candidate, options: readonly Reading[], day: string | undefined): Reading | undefined {
  // Most names are no person's: the word before is read only for those that may be.
  if (!options.some((option) => option.name && kb.entities[option.entity]?.type === 'person')) return undefined;
  const title = honorificBefore(text, candidate.start);
  if (title === undefined || COURTESIES.has(title)) return undefined;
  const holders = options.filter(
    (option) =>
      option.name &&
      kb.entities[option.entity]?.type === 'person' &&
      officesOf(kb, option.entity).some((office) => office.words.has(title) && (day === undefined || (office.from <= day && day <= office.to))),
  );
  return holders.length === 1 ? holders[0] : undefined;
}
