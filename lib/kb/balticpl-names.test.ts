import { describe, expect, it } from 'vitest';
import { linkOf, links } from '../../scripts/bundled-kb-probe';

// Names of the bundled KB's Polish and Baltic domestic-politics files (kb/people/balticpl-people.json,
// kb/world/balticpl-*.json) that are shared with other countries or are ordinary words.

describe('party names shared across countries', () => {
  it('reads "Social Democrats" as Lithuania’s party in a Lithuanian story, even near "German"', () => {
    expect(
      linkOf(
        'In Vilnius, the Social Democrats kept their coalition in the Seimas; a German brigade is based near Rukla.',
        'Social Democrats',
      ),
    ).toBe('social-democratic-party-of-lithuania');
    expect(linkOf('In Berlin, the Social Democrats of Lars Klingbeil joined Merz in the Bundestag.', 'Social Democrats')).toBe(
      'social-democratic-party-of-germany',
    );
  });

  it('reads a bare "Confederation" and "Third Way" as Polish alliances only in a Polish story', () => {
    expect(linkOf('In Warsaw, voters of Sławomir Mentzen and the Confederation backed Nawrocki.', 'Confederation')).toBe(
      'confederation-liberty-and-independence',
    );
    expect(linkOf('The Third Way of the PSL and Poland 2050 lost seats in the Sejm.', 'Third Way')).toBe('third-way-poland');
    expect(links('Tony Blair championed the Third Way. The Swiss Confederation voted.')).not.toContain(
      'Third Way=third-way-poland',
    );
  });
});

describe('an abbreviation shared by a central bank and a banned party', () => {
  it('reads "NBP" as the National Bank of Poland in a Polish story and as Limonov’s party in a Russian one', () => {
    expect(linkOf('WARSAW - Glapiński’s NBP held rates as the zloty firmed.', 'NBP')).toBe('national-bank-of-poland');
    expect(linkOf('Eduard Limonov founded the NBP in Moscow in 1993.', 'NBP')).toBe('national-bolshevik-party');
  });
});

describe('Polish courts and a town that is also an animal', () => {
  it('reads a bare "Constitutional Tribunal" as Poland’s', () => {
    expect(linkOf('WARSAW - The Constitutional Tribunal ruled the law void, Tusk’s government said.', 'Constitutional Tribunal')).toBe(
      'constitutional-tribunal-poland',
    );
  });

  it('leaves "Elk" alone outside Poland and links "Ełk"', () => {
    expect(links('Elk were seen grazing in the forest.')).toEqual([]);
    expect(linkOf('The LitPol Link runs from Alytus to Ełk.', 'Ełk')).toBe('elk-poland');
  });
});
