import { describe, expect, it } from 'vitest';
import { linkOf } from '../../scripts/bundled-kb-probe';

// Names of the bundled KB's periphery files (kb/world/periphery-*.json) that a country of
// kb/places/countries.json shares.

describe('"the Vatican"', () => {
  it('is the Holy See when it acts, as news uses it', () => {
    expect(linkOf('Zelensky thanked the Vatican for its help in the exchange.', 'Vatican')).toBe('holy-see');
    expect(linkOf('The Vatican has helped to bring back several dozen children.', 'Vatican')).toBe('holy-see');
  });

  it('is the city-state where the text is about the place', () => {
    expect(linkOf('Pilgrims gathered in the Vatican on Sunday.', 'Vatican')).toBe('vatican-city');
    expect(linkOf('Vatican City is the smallest state in the world.', 'Vatican City')).toBe('vatican-city');
  });
});
