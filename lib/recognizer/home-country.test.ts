import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'kazakhstan', label: 'Kazakhstan', kind: 'country', adjectives: ['Kazakh'] },
  { id: 'russia', label: 'Russia', kind: 'country', adjectives: ['Russian'] },
  { id: 'supreme-court-of-kazakhstan', type: 'organization', label: 'Supreme Court of Kazakhstan', country: 'kazakhstan', aliases: [{ text: 'Supreme Court', weak: true }] },
  { id: 'supreme-court-of-russia', type: 'organization', label: 'Supreme Court of Russia', country: 'russia', aliases: [{ text: 'Supreme Court', weak: true }] },
  { id: 'fc-zenit', type: 'organization', label: 'FC Zenit Saint Petersburg', country: 'russia', aliases: [{ text: 'Zenit', weak: true }] },
]);
const courts = (text: string): string[] => recognize(kb, text, { adjectives: false }).map((mention) => mention.entityId).filter((id) => id !== 'kazakhstan' && id !== 'russia');

describe('bodies that several countries have, by their bare name', () => {
  it('are the home country’s in an article plainly about one country', () => {
    expect(courts('Kazakhstan voted. Kazakh officials and Kazakhstan’s press agreed. The Supreme Court ruled.')).toEqual(['supreme-court-of-kazakhstan']);
    expect(courts('Russia voted. Russian officials and Russia’s press agreed. The Supreme Court ruled.')).toEqual(['supreme-court-of-russia']);
  });

  it('are left out when no country leads, and a name only one body has stays weak', () => {
    expect(courts('Kazakhstan and Russia voted; Kazakh and Russian officials agreed. The Supreme Court ruled.')).toEqual([]);
    expect(courts('Russia voted. Russian officials and Russia’s press agreed. A Zenit rocket flew.')).toEqual([]);
  });
});
