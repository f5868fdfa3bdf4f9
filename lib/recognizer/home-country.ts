import type { Kb } from '../kb/load';
import type { Reading } from './readings';

/** The country must be named this often, and at least twice as often as any other. */
const MIN_MENTIONS = 3;
const LEAD_FACTOR = 2;

/**
 * The country an article is about, when it clearly has one: the country named most often (by its
 * own name, or its cities, regions and bodies), well ahead of the next. Its bodies then go by their
 * bare names in it ("the Supreme Court", "the Foreign Ministry"), as a reader of that article takes them.
 */
export function homeCountryOf(kb: Kb, readings: readonly Reading[][]): number | undefined {
  const counts = new Map<number, number>();
  for (const options of readings) {
    if (options.length !== 1) continue;
    const only = options[0]!;
    const record = kb.entities[only.entity];
    // Adjectives do not count: "Russian mercenaries" are news in an article about another country.
    if (!record || !only.strongName) continue;
    // A country's own name, and what is in it: its cities and regions, its bodies ("MOSCOW", "the State Duma").
    const country = record.type === 'place' && record.kind === 'country' ? only.entity : record.country !== undefined && record.type !== 'person' ? kb.indexById.get(record.country) : undefined;
    if (country === undefined) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_MENTIONS || first[1] < LEAD_FACTOR * (second?.[1] ?? 0)) return undefined;
  return first[0];
}
