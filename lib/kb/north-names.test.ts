import { describe, expect, it } from 'vitest';
import { linkOf, links } from '../../scripts/bundled-kb-probe';

// Names of the bundled KB's Nordic, Baltic and Arctic files (kb/world/north-*.json,
// kb/places/north-places.json) that several parties share or that are also words or surnames.

describe('party names shared across the Nordic and Baltic states', () => {
  it('reads a bare "Centre Party" as the party of the country the article is about', () => {
    expect(linkOf('In Tallinn, the Centre Party of Mihhail Kõlvart lost the vote in the Riigikogu.', 'Centre Party')).toBe(
      'estonian-centre-party',
    );
    expect(linkOf('In Helsinki, the Centre Party backed Finland’s NATO bid.', 'Centre Party')).toBe('centre-party-finland');
    expect(linkOf('In Oslo, the Centre Party left Jonas Gahr Støre’s government.', 'Centre Party')).toBe('centre-party-norway');
  });

  it('tells Britain’s Labour Party from Norway’s', () => {
    expect(linkOf('Britain’s Labour Party won the election in London.', 'Labour Party')).toBe('labour-party-uk');
    expect(linkOf('In Oslo, the Labour Party of Jonas Gahr Støre won the Storting vote.', 'Labour Party')).toBe(
      'labour-party-norway',
    );
  });

  it('links "Harmony" to the Latvian party only in a Latvian story', () => {
    expect(links('The choir sang in perfect harmony. Harmony returned to the village after the feud.')).toEqual([]);
    expect(linkOf('In Riga, Harmony lost its seats in the Saeima as Russian speakers stayed home.', 'Harmony')).toBe(
      'social-democratic-party-harmony',
    );
  });
});

describe('border towns whose names are also names of people', () => {
  it('leaves "Salla" and "Gusev" alone without a cue', () => {
    expect(links('Gusev said the results were strong. Salla is her name.')).toEqual([]);
  });

  it('links them in a story about the border', () => {
    expect(linkOf('Trucks queued at the Salla crossing in Finnish Lapland.', 'Salla')).toBe('salla');
    expect(linkOf('Troops moved from Kaliningrad Oblast to Gusev, near the Lithuanian border.', 'Gusev')).toBe('gusev');
    expect(links('Cargo was shipped to Baltiysk instead of crossing the Neman at Sovetsk.')).toEqual([
      'Baltiysk=baltiysk',
      'Neman=neman',
      'Sovetsk=sovetsk-kaliningrad-oblast',
    ]);
  });
});
