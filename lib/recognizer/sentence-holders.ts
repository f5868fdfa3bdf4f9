import type { Kb } from '../kb/load';
import type { Reading } from './readings';

/**
 * For each candidate, the bodies that the people its sentence names have held office in:
 * "Chief of the General Staff Valery Gerasimov" is Russia's General Staff in any article, and
 * "Antti Lindtman of the Social Democratic Party" is Finland's party. `named`: people the text
 * names outright somewhere, so that a later bare surname ("Gerasimov said") counts too.
 */
export function bodiesHeldInSentences(kb: Kb, sentenceOf: readonly number[], readings: readonly Reading[][], named: ReadonlySet<number>): (ReadonlySet<number> | undefined)[] {
  const held = new Map<number, Set<number>>();
  readings.forEach((options, k) => {
    if (options.length !== 1 || !named.has(options[0]!.entity)) return;
    const record = kb.entities[options[0]!.entity];
    if (record?.type !== 'person') return;
    for (const role of record.roles ?? []) {
      const body = role.of === undefined ? undefined : kb.indexById.get(role.of);
      if (body === undefined) continue;
      const bodies = held.get(sentenceOf[k]!) ?? new Set<number>();
      held.set(sentenceOf[k]!, bodies.add(body));
    }
  });
  return sentenceOf.map((sentence) => held.get(sentence));
}
