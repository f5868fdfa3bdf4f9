import { describe, expect, it } from 'vitest';
import { ids, linkOf } from '../../scripts/bundled-kb-probe';

// Names of the bundled KB's trade- and energy-route files (kb/world/corridors-organizations.json,
// kb/places/corridors-places.json): ports, pipelines and refineries whose names hold a city, river or
// mountain range, and towns that two countries share.

describe('ports, refineries and crude grades named after places', () => {
  it('reads the port, not the city, in "Port of Baku"', () => {
    expect(linkOf('Cargo moves from the Port of Baku at Alat to Georgia.', 'Port of Baku')).toBe('port-of-baku');
    expect(ids('Cargo moves from the Port of Baku at Alat to Georgia.')).not.toContain('baku');
    expect(linkOf('Talks were held in Baku on Tuesday.', 'Baku')).toBe('baku');
  });

  it('reads "Urals crude" as the blend and "the Urals" as the mountains', () => {
    expect(ids('Primorsk ships Urals crude to India.')).toContain('urals-oil');
    expect(ids('Primorsk ships Urals crude to India.')).not.toContain('ural-mountains');
  });

  it('keeps the river out of "Danube refinery" and the sea out of "Adriatic pipeline"', () => {
    const text = 'MOL runs the Danube refinery and can import through the Adriatic pipeline.';
    expect(ids(text)).toEqual(expect.arrayContaining(['danube-refinery', 'janaf']));
    expect(ids(text)).not.toContain('danube');
    expect(ids(text)).not.toContain('adriatic-sea');
  });
});

describe('Astara, a border town on both sides of the Azerbaijan–Iran border', () => {
  it('follows the country the story is about', () => {
    expect(linkOf('Iran is building the Rasht line to reach Astara in Gilan.', 'Astara')).toBe('astara-iran');
    expect(linkOf('Azerbaijani trucks queued in Astara, south of Lankaran.', 'Astara')).toBe('astara-azerbaijan');
  });
});
