import { describe, expect, it } from 'vitest';
import { testKb, type TestEntity } from '../kb/test-kb';
import { buildStatementIndex } from '../quotes';
import { recognizeWithChecks } from '../reading/article-checks';
import { recognize } from '../recognizer/recognize';
import { equivalentOffices } from './offices';
import { hasOfficePhrase, resolveRoleDescriptions } from './resolve';
import { person } from './test-people';

const country = (id: string, label: string, adjective: string): TestEntity => ({ id, label, aliases: [label], adjectives: [adjective] });

const kb = testKb([
  country('kazakhstan', 'Kazakhstan', 'Kazakh'),
  country('russia', 'Russia', 'Russian'),
  country('turkey', 'Turkey', 'Turkish'),
  country('ukraine', 'Ukraine', 'Ukrainian'),
  country('armenia', 'Armenia', 'Armenian'),
  country('azerbaijan', 'Azerbaijan', 'Azerbaijani'),
  { id: 'ministry-of-foreign-affairs-kazakhstan', type: 'organization', label: 'Ministry of Foreign Affairs of Kazakhstan', aliases: [] },
  person('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', [
    { title: 'President of Kazakhstan', of: 'kazakhstan', start: '2019-03-20' },
    { title: 'Prime Minister of Kazakhstan', of: 'kazakhstan', start: '1999-10-01', end: '2002-01-28' },
  ]),
  person('nursultan-nazarbayev', 'Nursultan Nazarbayev', [{ title: 'President of Kazakhstan', of: 'kazakhstan', start: '1990-04-24', end: '2019-03-20' }]),
  person('alihan-smailov', 'Alihan Smailov', [{ title: 'Prime Minister of Kazakhstan', of: 'kazakhstan', start: '2022-01-11', end: '2024-02-06' }]),
  person('vladimir-putin', 'Vladimir Putin', [
    { title: 'President of Russia', of: 'russia', start: '2012-05-07' },
    { title: 'Prime Minister of Russia', of: 'russia', start: '2008-05-08', end: '2012-05-07' },
    { title: 'President of Russia', of: 'russia', start: '2000-05-07', end: '2008-05-07' },
    { title: 'Acting President of Russia', of: 'russia', start: '1999-12-31', end: '2000-05-07' },
    { title: 'Prime Minister of Russia', of: 'russia', start: '1999-08-16', end: '2000-05-07' },
  ]),
  person('dmitry-medvedev', 'Dmitry Medvedev', [
    { title: 'President of Russia', of: 'russia', start: '2008-05-07', end: '2012-05-07' },
    { title: 'Prime Minister of Russia', of: 'russia', start: '2012-05-08', end: '2020-01-16' },
  ]),
  person('mikhail-mishustin', 'Mikhail Mishustin', [{ title: 'Prime Minister of Russia', of: 'russia', start: '2020-01-16' }]),
  person('alexey-overchuk', 'Alexey Overchuk', [{ title: 'Deputy Prime Minister of Russia', of: 'russia', start: '2020-01-21' }]),
  // Two spellings of one office: matched through the office keys.
  person('sergey-lavrov', 'Sergey Lavrov', [{ title: 'Foreign Minister of Russia', of: 'russia', start: '2004-03-09' }]),
  person('mukhtar-tleuberdi', 'Mukhtar Tleuberdi', [
    { title: 'Minister of Foreign Affairs of Kazakhstan', of: 'ministry-of-foreign-affairs-kazakhstan', start: '2019-09-18', end: '2023-04' },
  ]),
  person('mevlut-cavusoglu', 'Mevlüt Çavuşoğlu', [{ title: 'Minister of Foreign Affairs of Turkey', of: 'turkey', start: '2015-11-24', end: '2023-06-04' }]),
  person('hakan-fidan', 'Hakan Fidan', [{ title: 'Minister of Foreign Affairs of Turkey', of: 'turkey', start: '2023-06-04' }]),
  person('dmytro-kuleba', 'Dmytro Kuleba', [{ title: 'Minister of Foreign Affairs of Ukraine', of: 'ukraine', start: '2020-03-04', end: '2024-09-05' }]),
  person('nikol-pashinyan', 'Nikol Pashinyan', [{ title: 'Prime Minister of Armenia', of: 'armenia', start: '2018-05-08' }]),
  person('vahagn-khachaturyan', 'Vahagn Khachaturyan', [{ title: 'President of Armenia', of: 'armenia', start: '2022-03-13' }]),
  person('ilham-aliyev', 'Ilham Aliyev', [{ title: 'President of Azerbaijan', of: 'azerbaijan', start: '2003-10-31' }]),
  person('ali-asadov', 'Ali Asadov', [{ title: 'Prime Minister of Azerbaijan', of: 'azerbaijan', start: '2019-10-08' }]),
]);

function resolved(text: string, day: string): [string, string][] {
  return resolveRoleDescriptions(kb, text, recognize(kb, text), day)
    .filter((mention) => mention.counterpartOf !== undefined)
    .map((mention) => {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      return [mention.text, mention.entityId];
    });
}

describe('"his Russian counterpart": the same office in the other country, at the article’s date', () => {
  it('matches offices through their keys, whatever the titles call them', () => {
    expect(equivalentOffices('minister of foreign affairs')).toEqual(expect.arrayContaining(['foreign minister', 'foreign secretary']));
    expect(equivalentOffices('foreign minister')).toEqual(expect.arrayContaining(['minister of foreign affairs']));
    expect(equivalentOffices('deputy prime minister')).toBeNull();
    expect(equivalentOffices('minister')).toBeNull();
    const text = 'Mukhtar Tleuberdi met his Russian counterpart in Moscow.';
    expect(resolved(text, '2022-06-17')).toEqual([['Russian counterpart', 'sergey-lavrov']]);
    expect(resolved('Sergey Lavrov phoned his Kazakh counterpart.', '2022-06-17')).toEqual([['Kazakh counterpart', 'mukhtar-tleuberdi']]);
  });

  it('picks the holder on the article’s date', () => {
    const text = 'Nursultan Nazarbayev received his Russian counterpart in Astana.';
    expect(resolved(text, '2010-06-01')).toEqual([['Russian counterpart', 'dmitry-medvedev']]);
    expect(resolved(text, '2015-06-01')).toEqual([['Russian counterpart', 'vladimir-putin']]);
    expect(resolved('Kassym-Jomart Tokayev received his Russian counterpart.', '2022-06-17')).toEqual([['Russian counterpart', 'vladimir-putin']]);
    const turkish = 'Sergey Lavrov met his Turkish counterpart in Antalya.';
    expect(resolved(turkish, '2022-03-10')).toEqual([['Turkish counterpart', 'mevlut-cavusoglu']]);
    expect(resolved(turkish, '2024-03-01')).toEqual([['Turkish counterpart', 'hakan-fidan']]);
    // Heads of government where neither leads the country: prime minister to prime minister.
    expect(resolved('Mikhail Mishustin met her Kazakh counterpart.', '2022-06-17')).toEqual([['Kazakh counterpart', 'alihan-smailov']]);
  });

  it('takes the person from a possessive name, a description resolved before, or an apposition', () => {
    expect(resolved('Sergey Lavrov arrived. Lavrov’s Turkish counterpart spoke first.', '2024-03-01')).toEqual([['Turkish counterpart', 'hakan-fidan']]);
    // A possessive name decides, however near another person is.
    expect(resolved('Hakan Fidan spoke after Tokayev. Kassym-Jomart Tokayev’s Russian counterpart replied.', '2022-06-17')).toEqual([['Russian counterpart', 'vladimir-putin']]);
    expect(resolved('The Kazakh president called his Russian counterpart.', '2022-06-17')).toEqual([['Russian counterpart', 'vladimir-putin']]);
    // "Hakan Fidan, his Turkish counterpart": the name beside it is the counterpart, not whose.
    expect(resolved('Sergey Lavrov met Hakan Fidan, his Turkish counterpart, in Ankara.', '2024-03-01')).toEqual([['Turkish counterpart', 'hakan-fidan']]);
    expect(resolved('Kassym-Jomart Tokayev sat next to his Russian counterpart, Vladimir Putin.', '2022-06-17')).toEqual([['Russian counterpart', 'vladimir-putin']]);
  });

  it('leaves alone what it cannot tell', () => {
    // No office on the day.
    expect(resolved('Nursultan Nazarbayev met his Russian counterpart.', '2022-06-17')).toEqual([]);
    // Acting president and prime minister at once: two offices, two different counterparts.
    expect(resolved('Vladimir Putin met his Kazakh counterpart.', '2000-02-01')).toEqual([]);
    // Deputy prime ministers are several at once.
    expect(resolved('Alexey Overchuk met his Kazakh counterpart.', '2022-06-17')).toEqual([]);
    // Armenia's president does not lead it: "counterpart" of a leading president may be its prime minister.
    expect(resolved('Kassym-Jomart Tokayev met his Armenian counterpart.', '2022-06-17')).toEqual([]);
    expect(resolved('Nikol Pashinyan met his Azerbaijani counterpart.', '2022-06-17')).toEqual([]);
    // Plural, "their", a country's possessive, no person before it, the same country.
    expect(resolved('Kassym-Jomart Tokayev met their Russian counterparts.', '2022-06-17')).toEqual([]);
    expect(resolved('Kassym-Jomart Tokayev met their Russian counterpart.', '2022-06-17')).toEqual([]);
    expect(resolved('Kassym-Jomart Tokayev spoke of Kazakhstan’s counterpart.', '2022-06-17')).toEqual([]);
    expect(resolved('He met his Russian counterpart.', '2022-06-17')).toEqual([]);
    expect(resolved('Kassym-Jomart Tokayev met his Kazakh counterpart.', '2022-06-17')).toEqual([]);
    // A name beside it that is not the holder on the day.
    expect(resolved('Kassym-Jomart Tokayev met his Russian counterpart Dmitry Medvedev.', '2022-06-17')).toEqual([]);
    // The person is two sentences or a paragraph away.
    expect(resolved('Kassym-Jomart Tokayev spoke. Markets fell. Later his Russian counterpart replied.', '2022-06-17')).toEqual([]);
    expect(resolved('Kassym-Jomart Tokayev spoke.\nHis Russian counterpart replied.', '2022-06-17')).toEqual([]);
    // The sentence speaks of another year than the article's.
    expect(resolved('In 2021, Sergey Lavrov met his Ukrainian counterpart.', '2022-06-17')).toEqual([]);
    expect(resolved('In June 2022, Sergey Lavrov met his Turkish counterpart.', '2022-06-17')).toEqual([['Turkish counterpart', 'mevlut-cavusoglu']]);
  });

  it('counts "counterpart" as an office word for the eval’s gold descriptions', () => {
    expect(hasOfficePhrase(kb, 'Russian counterpart')).toBe(true);
    expect(hasOfficePhrase(kb, 'Russian-controlled pipeline')).toBe(false);
  });
});

describe('counterparts on the page (what the content script receives)', () => {
  const statements = buildStatementIndex([]);

  it('marks "Russian counterpart" for the counterpart, with the office that made it so, and sends the record', () => {
    const text = 'Kassym-Jomart Tokayev discussed global politics with his Russian counterpart at the forum.';
    const recognition = recognizeWithChecks(kb, statements, text, 0, '2022-06-17');
    expect(recognition.roleMentions).toMatchObject([{ entityId: 'vladimir-putin', description: 'Russian counterpart', tense: 'current', role: { title: 'President of Russia' } }]);
    const [mark] = recognition.roleMentions!;
    expect(text.slice(mark!.start, mark!.end)).toBe('Russian counterpart');
    expect(recognition.records['vladimir-putin']).toMatchObject({ label: 'Vladimir Putin' });
    // Another date, another counterpart.
    expect(recognizeWithChecks(kb, statements, text, 0, '2010-06-01').roleMentions).toEqual([]);
    expect(recognizeWithChecks(kb, statements, text.replace('Kassym-Jomart Tokayev', 'Nursultan Nazarbayev'), 0, '2010-06-01').roleMentions).toMatchObject([
      { entityId: 'dmitry-medvedev', description: 'Russian counterpart' },
    ]);
  });

  it('leaves the mark to the name when the counterpart is named beside it, and resolves text sent later against earlier text', () => {
    const named = 'Kassym-Jomart Tokayev sat next to his Russian counterpart, Vladimir Putin.';
    expect(recognizeWithChecks(kb, statements, named, 0, '2022-06-17').roleMentions).toEqual([]);
    const first = 'Kassym-Jomart Tokayev arrived in St. Petersburg.';
    const later = `${first} He greeted his Russian counterpart warmly.`;
    const recognition = recognizeWithChecks(kb, statements, later, first.length, '2022-06-17');
    expect(recognition.roleMentions).toMatchObject([{ entityId: 'vladimir-putin', description: 'Russian counterpart' }]);
    expect(later.slice(first.length).slice(recognition.roleMentions![0]!.start, recognition.roleMentions![0]!.end)).toBe('Russian counterpart');
  });
});
