import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize } from './recognize';

const kb = testKb([
  { id: 'berdyansk', label: 'Berdyansk', kind: 'city', aliases: ['Berdyansk'] },
  { id: 'nikopol', label: 'Nikopol', kind: 'city', aliases: ['Nikopol'] },
  { id: 'minsk', label: 'Minsk', kind: 'city', aliases: ['Minsk'] },
  { id: 'moscow', label: 'Moscow', kind: 'city', aliases: ['Moscow'] },
  { id: 'odesa', label: 'Odesa', kind: 'city', aliases: ['Odesa'] },
  { id: 'russia', label: 'Russia', kind: 'country', aliases: ['Russia'] },
]);
const ids = (text: string): string[] => recognize(kb, text).map((mention) => `${mention.text}=${mention.entityId}`);

describe('a ship named after a city', () => {
  it('is no mention of the city after a kind of ship', () => {
    expect(ids('A missile hit the landing ship Minsk in the dock.')).toEqual([]);
    expect(ids('The gunboats Berdyansk and Nikopol sailed from Odesa.')).toEqual(['Odesa=odesa']);
    expect(ids('The frigates Minsk, Berdyansk and Nikopol left Odesa.')).toEqual(['Odesa=odesa']);
    // Seized oligarchs' boats and grain-corridor traffic are named the same way.
    expect(ids('The superyacht Minsk and the ferry Berdyansk were held in Odesa.')).toEqual(['Odesa=odesa']);
    expect(ids('The ferries Berdyansk and Nikopol were held in Odesa.')).toEqual(['Odesa=odesa']);
    // In apposition: the ship's name set off by commas after its kind.
    expect(ids('France held back the first warship, the Minsk, in its yard.')).toEqual([]);
    expect(ids('Delivery of the second helicopter carrier ship, the Berdyansk.')).toEqual([]);
  });

  it('leaves the city where the words only come near a ship', () => {
    expect(ids('The ship sailed from Odesa to Berdyansk.')).toEqual(['Odesa=odesa', 'Berdyansk=berdyansk']);
    expect(ids('The tankers Moscow relies on were stopped.')).toEqual(['Moscow=moscow']);
    expect(ids('Ships of Minsk, Berdyansk and Nikopol.')).toEqual(['Minsk=minsk', 'Berdyansk=berdyansk', 'Nikopol=nikopol']);
    expect(ids('The tankers, Minsk said, were Russian.')).toEqual(['Minsk=minsk']);
    expect(ids('Drones hit a tanker, the Odesa governor said.')).toEqual(['Odesa=odesa']);
    expect(ids('Drones hit a tanker, the Odesa-based operator said.')).toEqual(['Odesa=odesa']);
  });

  it('leaves a country’s name alone', () => {
    expect(ids('The tanker Russia chartered ran aground.')).toEqual(['Russia=russia']);
  });
});
