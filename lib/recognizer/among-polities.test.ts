import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'montenegro', label: 'Montenegro', kind: 'country' },
  { id: 'portugal', label: 'Portugal', kind: 'country' },
  { id: 'luis-montenegro', type: 'person', label: 'Luís Montenegro', context: ['Portugal'] },
]);
const opening = 'Portugal’s prime minister Luís Montenegro spoke. ';
const pairs = (text: string): string[] => recognize(kb, opening + text).slice(2).map((mention) => `${mention.text}=${mention.entityId}`);

describe('a name both a person’s and a country’s, before “and the other …”', () => {
  it('is the country when the words after it make it one of a class of polities', () => {
    expect(pairs('Lisbon backed talks for Montenegro and the other Western Balkan candidates.')).toEqual(['Montenegro=montenegro']);
    expect(pairs('He praised Montenegro and other post-Soviet states.')).toEqual(['Montenegro=montenegro']);
    expect(pairs('Montenegro and the other EU members agreed.')).toEqual(['Montenegro=montenegro']);
  });

  it('stays the person otherwise', () => {
    expect(pairs('Montenegro told reporters he was pleased.')).toEqual(['Montenegro=luis-montenegro']);
    // "Members" names polities only after a capitalised qualifier.
    expect(pairs('Montenegro and the other members of the cabinet agreed.')).toEqual(['Montenegro=luis-montenegro']);
    expect(pairs('Montenegro and the other leaders agreed.')).toEqual(['Montenegro=luis-montenegro']);
  });
});
