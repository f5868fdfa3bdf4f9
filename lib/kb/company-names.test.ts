import { describe, expect, it } from 'vitest';
import { linked, links } from '../../scripts/bundled-kb-probe';

// Company, university and metonym names of the bundled KB (kb/world/companies.json,
// kb/world/institutions.json) that are also everyday words or other people's names.

describe('company names that are also ordinary words or other names', () => {
  it('leaves the fruit, the river, the philosopher, the painter and the physicist alone', () => {
    expect(links('She ate an apple and walked along the Amazon river bank.')).toEqual(['Amazon river=amazon-river']);
    for (const text of [
      'Apple farmers say the harvest was poor this year.',
      'Thales of Miletus was a philosopher who predicted an eclipse.',
      'Leonardo da Vinci painted the Mona Lisa.',
      'Nikola Tesla was born in 1856.',
      'J. Paul Getty founded the Getty Museum.',
      'The Red Cross volunteers handed out blankets after the flood.',
      'Harrison Ford starred in the film, and a statue of Nike stood in the square.',
      'The Oracle of Delphi spoke, and they had to ford the river.',
    ]) {
      expect(linked(text), text).toEqual([]);
    }
  });

  it('links them where the article is about the industry', () => {
    expect(links('Rheinmetall, Leonardo and Thales won the air defence contract.')).toEqual([
      'Rheinmetall=rheinmetall',
      'Leonardo=leonardo-spa',
      'Thales=thales-group',
    ]);
    expect(links('Apple and Amazon shares fell after Tim Cook warned on iPhone sales.')).toEqual([
      'Apple=apple-inc',
      'Amazon=amazon-company',
      'Tim Cook=tim-cook',
    ]);
  });

  it('tells the two MITs apart by the words around them', () => {
    expect(links('Researchers at MIT in Cambridge, Massachusetts, published the study.')[0]).toBe('MIT=massachusetts-institute-of-technology');
    expect(links('MIT, Turkey’s intelligence agency, arranged the swap in Ankara.')[0]).toBe('MIT=national-intelligence-organization-turkey');
  });

  it('reads the Red Cross as the ICRC where prisoners of war are exchanged', () => {
    expect(links('The prisoners of war were exchanged with the help of the Red Cross.')).toEqual(['Red Cross=international-committee-of-the-red-cross']);
  });
});
