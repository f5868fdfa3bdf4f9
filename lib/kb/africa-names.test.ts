import { describe, expect, it } from 'vitest';
import { linkOf, links } from '../../scripts/bundled-kb-probe';

// Names of the bundled KB's Africa files (kb/world/africa-organizations.json,
// kb/places/africa-places.json, kb/people/africa-people.json) that several parties share or that
// are also first names, surnames or ordinary words.

describe('names shared by two people', () => {
  it('reads a bare "Saddam" as Saddam Haftar in a Libyan story and as Saddam Hussein in an Iraqi one', () => {
    expect(
      linkOf('Saddam Haftar, deputy commander of the Libyan National Army, met Yevkurov. Saddam then flew to Benghazi.', 'Saddam'),
    ).toBe('saddam-haftar');
    expect(linkOf('In Baghdad, Iraqi officials recalled how Saddam ruled Iraq for decades.', 'Saddam')).toBe('saddam-hussein');
  });

  it('does not take the Syrian prime minister "Mohammed al-Bashir" for Omar al-Bashir', () => {
    const found = links('In Damascus, Ahmed al-Sharaa appointed Mohammed al-Bashir caretaker prime minister of Syria.');
    expect(found.some((link) => link.endsWith('=omar-al-bashir'))).toBe(false);
    expect(linkOf('Sudan’s former president Omar al-Bashir was ousted in 2019.', 'Omar al-Bashir')).toBe('omar-al-bashir');
  });
});

describe('country and place names that are also first names or words', () => {
  it('links "Chad" the country beside Sudan or Libya, not the first name alone', () => {
    expect(linkOf('Arms reached the RSF in Darfur through Chad and eastern Libya.', 'Chad')).toBe('chad');
    expect(links('Chad said the results were strong.')).toEqual([]);
  });

  it('needs a Mozambican cue for "Palma" and "Pemba"', () => {
    expect(links('Palma said the team would travel on Sunday.')).toEqual([]);
    expect(linkOf('Insurgents attacked Palma in Mozambique’s Cabo Delgado province.', 'Palma')).toBe('palma-mozambique');
  });
});

describe('bodies whose short names are shared across countries', () => {
  it('reads a bare "House of Representatives" by the country of the story', () => {
    expect(linkOf('In Tobruk, Libya’s House of Representatives met Aguila Saleh.', 'House of Representatives')).toBe(
      'house-of-representatives-libya',
    );
    expect(linkOf('In Washington, the House of Representatives passed the bill.', 'House of Representatives')).toBe(
      'united-states-house-of-representatives',
    );
  });

  it('keeps "Suez Canal" inside "Suez Canal Economic Zone" as part of the zone', () => {
    expect(links('Russia is building an industrial zone in the Suez Canal Economic Zone.')).toContain(
      'Suez Canal Economic Zone=suez-canal-economic-zone',
    );
    expect(links('Russia is building an industrial zone in the Suez Canal Economic Zone.')).not.toContain(
      'Suez Canal=suez-canal',
    );
  });
});
