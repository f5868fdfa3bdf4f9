import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'luxembourg', label: 'Luxembourg', kind: 'country' },
  { id: 'luxembourg-city', label: 'Luxembourg City', kind: 'city', country: 'luxembourg' },
  { id: 'mexico', label: 'Mexico', kind: 'country' },
  { id: 'panama-city-florida', label: 'Panama City', kind: 'city' },
  { id: 'panama', label: 'Panama', kind: 'country' },
]);
const pairs = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('a country’s name in a dateline', () => {
  it('is its capital when the capital bears the name', () => {
    expect(pairs('LUXEMBOURG, April 10 (Reuters) - The court in Luxembourg ruled.')).toEqual([
      'LUXEMBOURG=luxembourg-city',
      'Luxembourg=luxembourg',
    ]);
    expect(pairs('Earlier story.\n\nLUXEMBOURG (Reuters) - The court ruled.')).toEqual(['LUXEMBOURG=luxembourg-city']);
  });

  it('stays the country outside a dateline, or with no capital of its name', () => {
    expect(pairs('LUXEMBOURG WINS, said the headline.')).toEqual(['LUXEMBOURG=luxembourg']);
    expect(pairs('The talks, in LUXEMBOURG, went on.')).toEqual(['LUXEMBOURG=luxembourg']);
    expect(pairs('Luxembourg, the smallest member, objected.')).toEqual(['Luxembourg=luxembourg']);
    expect(pairs('MEXICO, May 2 (Reuters) - Talks began.')).toEqual(['MEXICO=mexico']);
    // A city of that name elsewhere is no capital of this country.
    expect(pairs('PANAMA, May 2 (Reuters) - Talks began.')).toEqual(['PANAMA=panama']);
  });
});
