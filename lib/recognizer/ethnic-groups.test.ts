import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'albania', label: 'Albania', kind: 'country', adjectives: ['Albanian'] },
  { id: 'russia', label: 'Russia', kind: 'country', adjectives: ['Russian'] },
]);
const found = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.entityId}:${mention.text}`);

describe('a demonym after "ethnic"', () => {
  it('names a people, not its country', () => {
    expect(found('Police arrested two ethnic Albanian men in the north.')).toEqual([]);
    expect(found('Ethnic Russians make up a fifth of the city; many are ethnically Russian.')).toEqual([]);
  });

  it('leaves the adjective and the country name elsewhere alone', () => {
    expect(found('The Albanian government protested to Russia about ethnic Albanians.')).toEqual(['albania:Albanian', 'russia:Russia']);
    expect(found('A Russian court jailed an ethnic activist.')).toEqual(['russia:Russian']);
  });
});
