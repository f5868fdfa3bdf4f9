import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { equivalentOffices } from './offices';
import { hasOfficePhrase } from './resolve';
import { person, resolvedOn } from './test-people';


const kb = testKb([
  { id: 'russia', label: 'Russia', aliases: ['Russia'], adjectives: ['Russian'] },
  { id: 'ukraine', label: 'Ukraine', aliases: ['Ukraine'], adjectives: ['Ukrainian'] },
  { id: 'ministry-of-energy-russia', type: 'organization', label: 'Ministry of Energy of Russia', aliases: ['Russian Energy Ministry'], country: 'russia' },
  person('alexander-novak', 'Alexander Novak', [{ title: 'Minister of Energy of Russia', of: 'russia', start: '2012-05-21', end: '2020-11-10' }]),
  person('nikolai-shulginov', 'Nikolai Shulginov', [{ title: 'Minister of Energy of Russia', of: 'ministry-of-energy-russia', start: '2020-11', end: '2024-05' }]),
  person('sergey-tsivilev', 'Sergey Tsivilev', [{ title: 'Minister of Energy of Russia', of: 'ministry-of-energy-russia', start: '2024-05' }]),
  person('herman-halushchenko', 'Herman Halushchenko', [
    { title: 'Minister of Justice of Ukraine', of: 'ukraine', start: '2025-07', end: '2025-11-19' },
    { title: 'Minister of Energy of Ukraine', of: 'ukraine', start: '2021-04-29', end: '2025-07' },
  ]),
  person('denys-maliuska', 'Denys Maliuska', [{ title: 'Minister of Justice of Ukraine', of: 'ukraine', start: '2019-08-29', end: '2024-09' }]),
  person('konstantin-chuychenko', 'Konstantin Chuychenko', [{ title: 'Minister of Justice of Russia', of: 'russia', start: '2020-01' }]),
  person('maxim-reshetnikov', 'Maxim Reshetnikov', [{ title: 'Minister of Economic Development of Russia', of: 'russia', start: '2020-01-21' }]),
  person('alexander-kurenkov', 'Alexander Kurenkov', [{ title: 'Minister of Emergency Situations of Russia', of: 'russia', start: '2022-05-25' }]),
  { id: 'kazakhstan', label: 'Kazakhstan', aliases: ['Kazakhstan'], adjectives: ['Kazakh'] },
  { id: 'european-union', type: 'organization', label: 'European Union', aliases: ['European Union', 'EU'] },
  person('bagdat-musin', 'Bagdat Musin', [{ title: 'Minister of Digital Development, Innovation and Aerospace Industry of Kazakhstan', of: 'kazakhstan', start: '2020-07', end: '2024-04' }]),
  person('zhaslan-madiyev', 'Zhaslan Madiyev', [{ title: 'Minister of Digital Development, Innovation and Aerospace Industry of Kazakhstan', of: 'kazakhstan', start: '2024' }]),
  person('denis-manturov', 'Denis Manturov', [{ title: 'Minister of Industry and Trade of Russia', of: 'russia', start: '2012-05-21', end: '2024-05-14' }]),
  person('david-osullivan', "David O'Sullivan", [{ title: 'Sanctions Envoy of the European Union', of: 'european-union', start: '2023-01' }]),
  person('oleg-matytsin', 'Oleg Matytsin', [{ title: 'Minister of Sport of Russia', of: 'russia', start: '2020-01-21', end: '2024-05-14' }]),
  person('mikhail-degtyarev', 'Mikhail Degtyarev', [{ title: 'Minister of Sport of Russia', of: 'russia', start: '2024-05' }]),
  person('matvii-bidnyi', 'Matvii Bidnyi', [{ title: 'Minister of Youth and Sports of Ukraine', of: 'ukraine', start: '2023-11' }]),
]);

const resolved = resolvedOn(kb);

describe('everyday names of ministers ("energy minister" for "Minister of Energy")', () => {
  it('are office phrases that match the titles', () => {
    for (const phrase of ['the Russian energy minister', "Ukraine's justice minister", 'the economy minister', 'the emergencies minister']) {
      expect(hasOfficePhrase(kb, phrase)).toBe(true);
    }
    expect(equivalentOffices('minister of energy')).toEqual(expect.arrayContaining(['energy minister']));
    expect(equivalentOffices('minister of emergency situations')).toEqual(expect.arrayContaining(['emergencies minister']));
  });

  it('resolve to the holder on the article’s date, through the country or the ministry', () => {
    expect(resolved('The Russian energy minister said output would fall.', '2019-06-01')).toEqual([['Russian energy minister', 'alexander-novak']]);
    expect(resolved('The Russian energy minister said output would fall.', '2022-06-01')).toEqual([['Russian energy minister', 'nikolai-shulginov']]);
    expect(resolved("Russia's energy minister said output would fall.", '2025-03-01')).toEqual([["Russia's energy minister", 'sergey-tsivilev']]);
    expect(resolved("Ukraine's energy minister warned of blackouts.", '2023-01-10')).toEqual([["Ukraine's energy minister", 'herman-halushchenko']]);
    expect(resolved("Ukraine's justice minister resigned.", '2025-11-12')).toEqual([["Ukraine's justice minister", 'herman-halushchenko']]);
    expect(resolved("Ukraine's justice minister resigned.", '2021-02-01')).toEqual([["Ukraine's justice minister", 'denys-maliuska']]);
    expect(resolved('The Russian justice minister and the Russian economy minister met.', '2023-05-01')).toEqual([
      ['Russian justice minister', 'konstantin-chuychenko'],
      ['Russian economy minister', 'maxim-reshetnikov'],
    ]);
    expect(resolved('The Russian emergencies minister flew to the site.', '2023-05-01')).toEqual([['Russian emergencies minister', 'alexander-kurenkov']]);
  });

  it('leave alone a day with no known holder, or no country', () => {
    expect(resolved('The Russian emergencies minister flew to the site.', '2021-05-01')).toEqual([]);
    expect(resolved("Ukraine's justice minister resigned.", '2025-01-10')).toEqual([]);
    expect(resolved('The energy minister said output would fall.', '2025-03-01')).toEqual([]);
  });
});

describe('everyday names of the digital and trade ministers and the EU sanctions envoy', () => {
  it('resolve "digital minister" to the holder of the long Kazakh title on the day', () => {
    expect(resolved("Kazakhstan's digital development minister visited Baikonur.", '2025-11-28')).toEqual([["Kazakhstan's digital development minister", 'zhaslan-madiyev']]);
    expect(resolved('The Kazakh digital minister visited Baikonur.', '2022-11-28')).toEqual([['Kazakh digital minister', 'bagdat-musin']]);
  });

  it('resolve "trade minister" to a Minister of Industry and Trade, and only while in office', () => {
    expect(resolved('The Russian trade minister met exporters.', '2023-10-12')).toEqual([['Russian trade minister', 'denis-manturov']]);
    expect(resolved('The Russian trade minister met exporters.', '2025-01-10')).toEqual([]);
  });

  it('resolve the EU sanctions envoy from January 2023, not before', () => {
    expect(resolved("The European Union's sanctions envoy arrived in Astana.", '2023-10-12')).toEqual([["European Union's sanctions envoy", 'david-osullivan']]);
    expect(resolved("The European Union's sanctions envoy arrived in Astana.", '2022-06-01')).toEqual([]);
  });
});

describe('everyday names of the sports ministers', () => {
  it('resolve "sports minister" to a Minister of Sport or of Youth and Sports on the day', () => {
    expect(resolved("Russia's sports minister called the ruling political.", '2025-12-04')).toEqual([["Russia's sports minister", 'mikhail-degtyarev']]);
    expect(resolved('The Russian sports minister called the ruling political.', '2023-03-01')).toEqual([['Russian sports minister', 'oleg-matytsin']]);
    expect(resolved("Ukraine's sports minister welcomed the ruling.", '2025-12-04')).toEqual([["Ukraine's sports minister", 'matvii-bidnyi']]);
    expect(resolved("Ukraine's sports minister welcomed the ruling.", '2022-06-01')).toEqual([]);
  });
});
