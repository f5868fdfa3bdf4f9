import type { Kb } from '../kb/load';
import type { MatchText } from '../text/normalize';
import { endsSentenceAt } from './context';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/**
 * For each candidate, the one country its sentence names (by name), or undefined when
 * it names none or several: "In neighbouring Austria, Kickl's Freedom Party won the 2024 election"
 * is about Austria's vote whatever country the article is about.
 */
export function sentenceCountries(kb: Kb, text: MatchText, candidates: readonly Candidate[], readings: readonly Reading[][]): (string | undefined)[] {
  const sentenceOf: number[] = [];
  let sentence = 0;
  let at = 0;
  for (const candidate of candidates) {
    for (; at < candidate.start; at++) if (endsSentenceAt(text, at)) sentence++;
    sentenceOf.push(sentence);
  }
  const countries = new Map<number, Set<string>>();
  readings.forEach((options, k) => {
    // Named, not described: "Ukrainian forces" in a sentence about Russia's ministry say nothing of whose it is.
    const record = options.length === 1 && options[0]!.strongName ? kb.entities[options[0]!.entity] : undefined;
    if (record?.type !== 'place' || record.kind !== 'country') return;
    const named = countries.get(sentenceOf[k]!) ?? new Set<string>();
    countries.set(sentenceOf[k]!, named.add(record.id));
  });
  return sentenceOf.map((index) => {
    const named = countries.get(index);
    return named?.size === 1 ? [...named][0] : undefined;
  });
}
