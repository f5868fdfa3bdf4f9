import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'government-of-russia', type: 'organization', label: 'Government of Russia', aliases: ['Kremlin'] },
  { id: 'moscow-kremlin', label: 'Moscow Kremlin', aliases: [{ text: 'Kremlin', weak: true }] },
]);
const ids = (text: string): string[] => recognize(kb, text).map((mention) => mention.entityId);

describe('a seat named after "in the"', () => {
  it('is the place when a body seated there shares its name', () => {
    expect(ids('The treaty was signed in the Kremlin on Friday.')).toEqual(['moscow-kremlin']);
    expect(ids('Guards stood inside the Kremlin.')).toEqual(['moscow-kremlin']);
    expect(ids('Officers gathered at a hall near the Kremlin.')).toEqual(['moscow-kremlin']);
  });

  it('is the body everywhere else', () => {
    expect(ids('The Kremlin said so. Pressure on the Kremlin grew; a man in Kremlin colours.')).toEqual(['government-of-russia', 'government-of-russia', 'government-of-russia']);
    expect(ids('His words enraged many in the Kremlin, and hardliners in the Kremlin objected.')).toEqual(['government-of-russia', 'government-of-russia']);
    expect(ids('The law is the latest step in the Kremlin’s drive to raise the birth rate.')).toEqual(['government-of-russia']);
  });
});
