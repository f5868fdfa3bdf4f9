import { describe, expect, it } from 'vitest';
import { linkOf, links } from '../../scripts/bundled-kb-probe';

// Names of the bundled KB's South Asia and Turkey files (kb/people/southasia-people.json,
// kb/world/southasia-*.json) that other entities share or that are also common abbreviations.

describe('bodies and parties whose short names other things share', () => {
  it('reads a bare "Interior Ministry" in a Turkish story as Turkey’s, even with the Kremlin quoted', () => {
    expect(
      linkOf(
        'ISTANBUL — Turkey detained the mayor; the Interior Ministry suspended him. Turkey’s opposition protested across Turkey, and the Kremlin said it would not comment.',
        'Interior Ministry',
      ),
    ).toBe('ministry-of-interior-turkey');
  });

  it('tells the Bangladesh Nationalist Party from BNP Paribas', () => {
    expect(linkOf('In Dhaka, the BNP of Tarique Rahman led the count in Bangladesh.', 'BNP')).toBe(
      'bangladesh-nationalist-party',
    );
    expect(linkOf('The French bank BNP cut its forecast in Paris.', 'BNP')).toBe('bnp-paribas');
  });

  it('leaves abbreviations alone without a cue', () => {
    expect(links('The NPP was shut down for refuelling. The RSS feed broke. The APP store crashed.')).toEqual([]);
  });

  it('links them in a story about the country', () => {
    expect(linkOf('In Colombo, the NPP of President Dissanayake won a two-thirds majority in Sri Lanka.', 'NPP')).toBe(
      'national-peoples-power',
    );
  });
});

describe('a province named like its capital', () => {
  it('reads "Mersin province" as the province and bare "Mersin" as the city', () => {
    expect(linkOf('Rosatom is building the plant in Mersin province.', 'Mersin province')).toBe('mersin-province');
    expect(linkOf('The ship docked at the port of Mersin in Turkey.', 'Mersin')).toBe('mersin');
  });
});
