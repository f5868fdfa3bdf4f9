import { describe, expect, it } from 'vitest';
import { testEntity, testKb } from './test-kb';
import { recognize } from '../recognizer/recognize';
import { bodyNamesOf, countrylessNamesOf, lowerCaseHeadsOf, lowerCaseTailsOf, yearlessNamesOf } from './name-variants';

describe('yearless names of dated votes', () => {
  it('drops the year, swaps parliamentary and legislative, and names the country', () => {
    const names = yearlessNamesOf(testEntity({ id: 'kz-2023', type: 'event', label: '2023 Kazakh legislative election' }), 'Kazakhstan');
    expect(names).toEqual(
      expect.arrayContaining(['Kazakh legislative election', 'Kazakh parliamentary elections', "Kazakhstan's parliamentary election", 'legislative election in Kazakhstan']),
    );
    expect(yearlessNamesOf(testEntity({ id: 'g', type: 'event', label: '2024 Georgian parliamentary election' }), 'Georgia (country)')).toEqual([
      'Georgian parliamentary election',
      'Georgian parliamentary elections',
      'Georgian legislative election',
      'Georgian legislative elections',
      'Georgian election',
      'Georgian elections',
    ]);
    // Without the kind of vote, as the news says it of a country's own.
    expect(yearlessNamesOf(testEntity({ id: 'de-2025', type: 'event', label: '2025 German federal election' }), 'Germany')).toEqual(
      expect.arrayContaining(['German federal election', 'German election', 'German elections']),
    );
    expect(yearlessNamesOf(testEntity({ id: 'kz-2022', type: 'event', label: '2022 Kazakh constitutional referendum' }), 'Kazakhstan')).not.toContain('Kazakh election');
  });

  it('leaves other events and undated names alone', () => {
    expect(yearlessNamesOf(testEntity({ id: 'w', type: 'event', label: 'Wagner Group rebellion' }), 'Russia')).toEqual([]);
    expect(yearlessNamesOf(testEntity({ id: 'p', type: 'person', label: '2024 presidential election' }), 'Russia')).toEqual([]);
  });

  it('compiles them as weak names that the article’s date can support', () => {
    const kb = testKb([
      { id: 'russia', label: 'Russia' },
      { id: 'ru-2018', type: 'event', label: '2018 Russian presidential election', place: 'russia', start: '2018-03-18' },
      { id: 'ru-2024', type: 'event', label: '2024 Russian presidential election', place: 'russia', start: '2024-03-15', end: '2024-03-17' },
    ]);
    const text = 'Before Russia’s presidential election, the Russian presidential election was all anyone discussed.';
    const found = (day?: string): string[] => recognize(kb, text, day ? { day } : {}).map((mention) => `${mention.text}=${mention.entityId}`);
    expect(found()).toEqual(['Russia=russia']);
    expect(found('2024-02-10')).toEqual(['Russia=russia', 'presidential election=ru-2024', 'Russian presidential election=ru-2024']);
    expect(found('2018-01-10')).toEqual(['Russia=russia', 'presidential election=ru-2018', 'Russian presidential election=ru-2018']);
  });
});

describe('battles and sieges with a lower-case head', () => {
  it('matches "battle of Bakhmut" but not a battle of anything in lower case', () => {
    const battle = testEntity({ id: 'battle-of-bakhmut', type: 'event', label: 'Battle of Bakhmut', aliases: ['Siege of Bakhmut (2022)'] });
    expect(lowerCaseHeadsOf(battle)).toEqual(['battle of Bakhmut', 'siege of Bakhmut']);
    const kb = testKb([{ id: 'bakhmut', label: 'Bakhmut' }, { ...battle, aliases: [] }]);
    const found = recognize(kb, 'After the battle of Bakhmut, a battle of attrition; Bakhmut fell.').map((mention) => `${mention.text}=${mention.entityId}`);
    expect(found).toEqual(['battle of Bakhmut=battle-of-bakhmut', 'Bakhmut=bakhmut']);
  });
});

describe('plants, ports and bases with lower-case generic words', () => {
  it('lower-cases the generic tail, keeps the proper name, and skips names already listed', () => {
    const plant = testEntity({ id: 'bnpp', label: 'Bushehr Nuclear Power Plant', aliases: ['Bushehr plant', 'Engels Air Base (Saratov)', 'Nuclear Power Plant'] });
    expect(lowerCaseTailsOf(plant)).toEqual(['Bushehr nuclear power plant', 'Engels air base']);
    expect(lowerCaseTailsOf({ ...plant, aliases: ['Bushehr nuclear power plant'] })).toEqual([]);
    expect(lowerCaseTailsOf({ ...plant, type: 'person' })).toEqual([]);
  });

  it('finds the plant, not its city, in lower-case prose', () => {
    const kb = testKb([{ id: 'bushehr', label: 'Bushehr' }, testEntity({ id: 'bnpp', label: 'Bushehr Nuclear Power Plant' })]);
    const found = recognize(kb, 'Rosatom runs the Bushehr nuclear power plant near Bushehr.').map((mention) => mention.entityId);
    expect(found).toEqual(['bnpp', 'bushehr']);
  });
});

describe('bodies without their country', () => {
  const russia = { label: 'Russia', adjectives: ['Russian'] };
  const kazakhstan = { label: 'Kazakhstan', adjectives: ['Kazakh', 'Kazakhstani'] };

  it('drop " of <country>" from names of two words or more, and from parties’ of three', () => {
    const court = testEntity({ id: 'sc-ru', type: 'organization', label: 'Supreme Court of Russia', country: 'russia', aliases: ['Supreme Court of the Russia'] });
    expect(bodyNamesOf(court, russia)).toEqual(['Supreme Court']);
    expect(bodyNamesOf(testEntity({ id: 'b', type: 'organization', label: 'Bank of Russia', country: 'russia' }), russia)).toEqual([]);
    expect(bodyNamesOf(testEntity({ id: 'p', type: 'organization', label: 'Democratic Party of Russia', country: 'russia' }), russia)).toEqual([]);
    expect(bodyNamesOf(testEntity({ id: 'ldpr', type: 'organization', label: 'Liberal Democratic Party of Russia', country: 'russia' }), russia)).toEqual(['Liberal Democratic Party']);
    expect(bodyNamesOf(court, undefined)).toEqual([]);
  });

  it('drop the country’s adjective or possessive before a name', () => {
    const ministry = testEntity({ id: 'me-kz', type: 'organization', label: 'Ministry of Energy of Kazakhstan', country: 'kazakhstan', aliases: ['Kazakh Energy Ministry', "Kazakhstan's Energy Ministry"] });
    expect(bodyNamesOf(ministry, kazakhstan)).toEqual(['Ministry of Energy', 'Energy Ministry']);
    expect(bodyNamesOf(testEntity({ id: 'rr', type: 'organization', label: 'Russian Railways', country: 'russia' }), russia)).toEqual([]);
    expect(bodyNamesOf(testEntity({ id: 'cp', type: 'organization', label: 'Russian Communist Party', country: 'russia' }), russia)).toEqual([]);
    // Only its own country's adjective: "Russian" is no part of the Kazakh name.
    expect(bodyNamesOf(testEntity({ id: 'x', type: 'organization', label: 'Russian Drama Theatre', country: 'kazakhstan' }), kazakhstan)).toEqual([]);
  });

  it('name the body only where its country is plain: named right before it, or the article’s home', () => {
    const kb = testKb([
      { id: 'ukraine', label: 'Ukraine', kind: 'country' },
      { id: 'russia', label: 'Russia', kind: 'country' },
      testEntity({ id: 'noc-ua', type: 'organization', label: 'National Olympic Committee of Ukraine', country: 'ukraine' }),
      testEntity({ id: 'mfa-ru', type: 'organization', label: 'Ministry of Foreign Affairs of Russia', country: 'russia' }),
      testEntity({ id: 'mfa-ua', type: 'organization', label: 'Ministry of Foreign Affairs of Ukraine', country: 'ukraine' }),
    ]);
    const ids = (text: string): string[] => recognize(kb, text).map((mention) => mention.entityId).filter((id) => id !== 'ukraine' && id !== 'russia');
    expect(ids('Ukraine’s National Olympic Committee objected.')).toEqual(['noc-ua']);
    expect(ids('The National Olympic Committee objected.')).toEqual([]);
    expect(ids('Russia said so. In Russia, and across Russia, the Ministry of Foreign Affairs agreed.')).toEqual(['mfa-ru']);
    expect(ids('Russia and Ukraine met. The Ministry of Foreign Affairs agreed.')).toEqual([]);
  });
});

describe('dated votes without their country', () => {
  it('keep the year and drop the country', () => {
    const vote = testEntity({ id: 'by-2020', type: 'event', label: '2020 Belarusian presidential election', place: 'belarus' });
    expect(countrylessNamesOf(vote)).toEqual(['2020 presidential election', '2020 presidential elections', '2020 election', '2020 elections']);
    expect(countrylessNamesOf(testEntity({ id: 'r', type: 'event', label: '2020 Russian constitutional referendum' }))).toEqual([]);
  });

  it('name the home country’s vote', () => {
    const kb = testKb([
      { id: 'belarus', label: 'Belarus', kind: 'country' },
      { id: 'united-states', label: 'United States', kind: 'country' },
      testEntity({ id: 'by-2020', type: 'event', label: '2020 Belarusian presidential election', place: 'belarus' }),
      testEntity({ id: 'us-2020', type: 'event', label: '2020 United States presidential election', place: 'united-states' }),
    ]);
    const ids = (text: string): string[] => recognize(kb, text).map((mention) => mention.entityId).filter((id) => id.includes('2020'));
    expect(ids('Belarus jailed them. In Belarus, protests after the disputed 2020 election shook Belarus.')).toEqual(['by-2020']);
    expect(ids('The 2020 presidential election was disputed.')).toEqual([]);
  });
});
