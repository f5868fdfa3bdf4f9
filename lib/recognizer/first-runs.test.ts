import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { firstRunsOf, hasFirstRun, runHashSeed, runHashStep } from './first-runs';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'acme', type: 'organization', label: 'Acme', aliases: ['Acme Corp'] },
  { id: 'footm', type: 'organization', label: 'Zeta™' },
  { id: 'hague', label: 'The Hague' },
  { id: 'us', label: 'United States', aliases: ['U.S.', 'Russo-'] },
  { id: 'g7', type: 'organization', label: 'G7' },
  { id: 'moscow', label: 'Moscow', aliases: ['Москва'] },
]);

const hashOf = (run: string): number => [...run].reduce((hash, char) => runHashStep(hash, char.charCodeAt(0)), runHashSeed());
const found = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}→${mention.entityId}`);

describe('first runs of the KB keys', () => {
  it('hold the run of ASCII letters and digits that opens every key', () => {
    const runs = firstRunsOf(kb);
    // Whole one-word keys, first words, runs cut by punctuation ("u" of "u.s.") and by a hyphen.
    for (const run of ['acme', 'zetatm', 'the', 'united', 'u', 'russo', 'g7', 'moscow']) expect(hasFirstRun(runs, hashOf(run))).toBe(true);
    // A run that is only a prefix of a key's run opens none ("acm"), nor does an ordinary word.
    for (const run of ['acm', 'said', 'hague', 'corp']) expect(hasFirstRun(runs, hashOf(run))).toBe(false);
  });

  it('let through every word a name starts with, so that nothing is missed', () => {
    expect(found('Acme and Acme Corp met in The Hague.')).toEqual(['Acme→acme', 'Acme Corp→acme', 'The Hague→hague']);
    expect(found('The U.S. and the G7 on Russo-Ukrainian talks in Москва.')).toEqual(['U.S.→us', 'G7→g7', 'Russo→us', 'Москва→moscow']);
  });

  it('walk a word whose letters include one that is not a letter of a word ("™" folds to "tm")', () => {
    // The text's run is "acmetm", which opens no key, but "™" is a symbol: "Acme" ends before it.
    expect(found('Acme™ shares rose.')).toEqual(['Acme→acme']);
    expect(found('Zeta™ shares rose.')).toEqual(['Zeta™→footm']);
  });
});
