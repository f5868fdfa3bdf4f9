/**
 * A made-up pack of any size, for timing the pack compiler (scripts/pack-timing.ts and the
 * end-to-end test): people with full names and roles, organisations and places, with aliases,
 * adjectives and cues in the proportions of the bundled KB. The names are invented syllable
 * strings, so they collide with nothing real.
 */
import type { Entity } from '../kb/schema';

const SYLLABLES = ['ka', 'ru', 'zen', 'tol', 'mar', 'bek', 'sai', 'lo', 'vin', 'dar', 'ush', 'ten', 'gor', 'ami', 'yel', 'pax'];

/** A distinct capitalised word for each number. */
function word(n: number, length = 3): string {
  let text = '';
  for (let k = 0; k < length; k++) {
    text += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return text[0]!.toUpperCase() + text.slice(1);
}

export function syntheticPack(size: number): { name: string; version: string; entities: Entity[] } {
  const entities: Entity[] = [];
  for (let k = 0; k < size; k++) {
    const id = `synthetic-${k}`;
    const source = `https://en.wikipedia.org/wiki/Synthetic_${k}`;
    const base = { id, wikipedia: `Synthetic_${k}`, source, description: `An invented entity, number ${k}, for timing the compiler.` };
    if (k % 3 === 0) {
      const given = word(k * 7 + 1, 2);
      const family = word(k + 4096);
      entities.push({
        ...base,
        type: 'person',
        label: `${given} ${family}`,
        aliases: [`${given} ${family}`, `${given[0]}. ${family}`],
        roles: [{ title: `Director of ${word(k + 9000)} Works`, start: '2015-03-01', ...(k % 2 ? { end: '2021' } : {}) }],
      });
    } else if (k % 3 === 1) {
      const name = word(k + 20000);
      entities.push({
        ...base,
        type: 'organization',
        label: `${name} Holding`,
        kind: 'company',
        aliases: [`${name} Holding`, `${name} Group`, { text: name, weak: true }],
        context: [`${name} shares`],
        founded: '1999',
      });
    } else {
      const name = word(k + 40000);
      entities.push({
        ...base,
        type: 'place',
        label: `${name} Region`,
        kind: 'region',
        aliases: [`${name} Region`, `${name} Oblast`, name],
        adjectives: [`${name}ian`],
      });
    }
  }
  return { name: `Synthetic pack of ${size}`, version: '1', entities };
}
