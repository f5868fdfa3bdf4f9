import type { Kb } from '../kb/load';
import type { MatchText } from '../text/normalize';
import { endsSentenceAt } from './context';
import type { Reading } from './readings';
import type { Candidate } from './scan';

/** The number of the sentence each candidate stands in, counted from 0. */
export function sentenceNumbers(text: MatchText, candidates: readonly Candidate[]): number[] {
  const sentenceOf: number[] = [];
  let sentence = 0;
  let at = 0;
  for (const candidate of candidates) {
    for (; at < candidate.start; at++) if (endsSentenceAt(text, at)) sentence++;
    sentenceOf.push(sentence);
  }
  return sentenceOf;
}

/**
 * For each candidate, the one country its sentence names (by name), or undefined when
 * it names none or several: "In neighbouring Austria, Kickl's Freedom Party won the 2024 election"
 * is about Austria's vote whatever country the article is about. A sentence that names no country
 * speaks of the one whose cities or regions it names ("Moscow had lifted the ban when the Supreme
 * Court ruled").
 */
export function sentenceCountries(kb: Kb, sentenceOf: readonly number[], readings: readonly Reading[][]): (string | undefined)[] {
  const countries = new Map<number, Set<string>>();
  const countriesOfPlaces = new Map<number, Set<string>>();
  const add = (to: Map<number, Set<string>>, sentence: number, country: string) => to.set(sentence, (to.get(sentence) ?? new Set<string>()).add(country));
  readings.forEach((options, k) => {
    // Named, not described: "Ukrainian forces" in a sentence about Russia's ministry say nothing of whose it is.
    const record = options.length === 1 && options[0]!.strongName ? kb.entities[options[0]!.entity] : undefined;
    if (record?.type !== 'place') return;
    if (record.kind === 'country') add(countries, sentenceOf[k]!, record.id);
    else if (record.country !== undefined) add(countriesOfPlaces, sentenceOf[k]!, record.country);
  });
  return sentenceOf.map((index) => {
    const named = countries.get(index) ?? countriesOfPlaces.get(index);
    return named?.size === 1 ? [...named][0] : undefined;
  });
}
