import { describe, expect, it } from 'vitest';
import type { Role } from '../kb/schema';
import { testKb, type TestEntity } from '../kb/test-kb';
import { recognize } from '../recognizer/recognize';
import { resolveRoleDescriptions } from './resolve';
import { resolvedOn } from './test-people';

const person = (id: string, label: string, roles: Role[]): TestEntity => ({ id, type: 'person', label, aliases: [], roles });
const pm = (start: string, end?: string): Role => ({ title: 'Prime Minister of the United Kingdom', of: 'united-kingdom', start, ...(end ? { end } : {}) });

const kb = testKb([
  { id: 'kazakhstan', label: 'Kazakhstan', aliases: ['Kazakhstan'], adjectives: ['Kazakh'] },
  { id: 'united-kingdom', label: 'United Kingdom', aliases: ['United Kingdom', 'Britain'], adjectives: ['British'] },
  { id: 'russia', label: 'Russia', aliases: ['Russia'], adjectives: ['Russian'] },
  { id: 'germany', label: 'Germany', aliases: ['Germany'], adjectives: ['German'] },
  { id: 'nato', type: 'organization', label: 'NATO', aliases: [{ text: 'NATO', case: 'exact' }] },
  { id: 'rt-tv-network', type: 'organization', label: 'RT (TV network)', aliases: [{ text: 'RT', case: 'exact' }] },
  { id: 'ministry-of-foreign-affairs-russia', type: 'organization', label: 'Ministry of Foreign Affairs of Russia', aliases: ['Russian Foreign Ministry'] },
  person('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', [
    { title: 'President of Kazakhstan', of: 'kazakhstan', start: '2019-03-20' },
    { title: 'Minister of Foreign Affairs of Kazakhstan', of: 'kazakhstan', start: '1994-10-13', end: '1999-10-12' },
  ]),
  person('nursultan-nazarbayev', 'Nursultan Nazarbayev', [{ title: 'President of Kazakhstan', of: 'kazakhstan', start: '1990-04-24', end: '2019-03-20' }]),
  person('david-cameron', 'David Cameron', [pm('2010-05-11', '2016-07-13')]),
  person('theresa-may', 'Theresa May', [pm('2016-07-13', '2019-07-24')]),
  person('boris-johnson', 'Boris Johnson', [pm('2019-07-24', '2022-09-06')]),
  person('liz-truss', 'Liz Truss', [pm('2022-09-06', '2022-10-25')]),
  person('rishi-sunak', 'Rishi Sunak', [pm('2022-10-25', '2024-07-05')]),
  person('keir-starmer', 'Keir Starmer', [pm('2024-07-05')]),
  person('jens-stoltenberg', 'Jens Stoltenberg', [{ title: 'Secretary General of NATO', of: 'nato', start: '2014-10-01', end: '2024-10-01' }]),
  person('mark-rutte', 'Mark Rutte', [{ title: 'Secretary General of NATO', of: 'nato', start: '2024-10-01' }]),
  person('margarita-simonyan', 'Margarita Simonyan', [{ title: 'Editor-in-chief of RT', of: 'rt-tv-network', start: '2005' }]),
  person('sergey-lavrov', 'Sergey Lavrov', [{ title: 'Minister of Foreign Affairs of Russia', of: 'ministry-of-foreign-affairs-russia', start: '2004-03-09' }]),
  person('frank-walter-steinmeier', 'Frank-Walter Steinmeier', [{ title: 'President of Germany', of: 'germany', start: '2017-03-19' }]),
  person('olaf-scholz', 'Olaf Scholz', [{ title: 'Chancellor of Germany', of: 'germany', start: '2021-12-08', end: '2025-05-06' }]),
  { id: 'european-union', type: 'organization', label: 'European Union', aliases: ['European Union', 'EU'] },
  person('josep-borrell', 'Josep Borrell', [
    { title: 'High Representative of the Union for Foreign Affairs and Security Policy', of: 'european-union', start: '2019-12-01', end: '2024-11-30' },
  ]),
  person('kaja-kallas', 'Kaja Kallas', [{ title: 'High Representative of the Union for Foreign Affairs and Security Policy', of: 'european-union', start: '2024-12-01' }]),
  person('alexey-overchuk', 'Alexey Overchuk', [{ title: 'Deputy Prime Minister of Russia', of: 'russia', start: '2020-01-21' }]),
]);

function resolved(text: string, day: string): [string, string][] {
  return resolveRoleDescriptions(kb, text, recognize(kb, text), day).map((mention) => {
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    return [mention.text, mention.entityId];
  });
}

describe('role descriptions resolved at the article date', () => {
  it('picks the holder on the day, by adjective, possessive or "of"', () => {
    expect(resolved('The Kazakh president spoke.', '2018-05-01')).toEqual([['Kazakh president', 'nursultan-nazarbayev']]);
    expect(resolved('The Kazakh president spoke.', '2022-06-17')).toEqual([['Kazakh president', 'kassym-jomart-tokayev']]);
    expect(resolved('Kazakhstan’s president and the president of Kazakhstan', '2022-06-17')).toEqual([
      ['Kazakhstan’s president', 'kassym-jomart-tokayev'],
      ['president of Kazakhstan', 'kassym-jomart-tokayev'],
    ]);
    expect(resolved("Britain's prime minister arrived.", '2022-06-17')).toEqual([["Britain's prime minister", 'boris-johnson']]);
    expect(resolved("Britain's prime minister arrived.", '2022-10-01')).toEqual([["Britain's prime minister", 'liz-truss']]);
    expect(resolved('The British Prime Minister arrived.', '2025-03-01')).toEqual([['British Prime Minister', 'keir-starmer']]);
  });

  it('resolves organisations’ offices and everyday names of offices', () => {
    expect(resolved('the NATO secretary-general met the RT editor-in-chief', '2022-06-17')).toEqual([
      ['NATO secretary-general', 'jens-stoltenberg'],
      ['RT editor-in-chief', 'margarita-simonyan'],
    ]);
    expect(resolved('the secretary general of NATO', '2025-01-10')).toEqual([['secretary general of NATO', 'mark-rutte']]);
    expect(resolved('the secretary general of NATO said', '2025-01-10')).toEqual([['secretary general of NATO', 'mark-rutte']]);
    expect(resolved('the head of the NATO mission in Kosovo', '2025-01-10')).toEqual([]);
    expect(resolved('the Russian foreign minister', '2022-06-17')).toEqual([['Russian foreign minister', 'sergey-lavrov']]);
    expect(resolved('the German leader and the Kazakh leader', '2022-06-17')).toEqual([
      ['German leader', 'olaf-scholz'],
      ['Kazakh leader', 'kassym-jomart-tokayev'],
    ]);
    expect(resolved('the Kazakh head of state', '2022-06-17')).toEqual([['Kazakh head of state', 'kassym-jomart-tokayev']]);
    expect(resolved("The EU's foreign policy chief said", '2024-05-14')).toEqual([["EU's foreign policy chief", 'josep-borrell']]);
    expect(resolved("The EU's foreign policy chief said", '2025-01-27')).toEqual([["EU's foreign policy chief", 'kaja-kallas']]);
    expect(resolved("Russia's foreign policy chief said", '2025-01-27')).toEqual([]);
  });

  it('handles "former", "then-" and "first"', () => {
    expect(resolved('the former Kazakh president', '2022-06-17')).toEqual([['former Kazakh president', 'nursultan-nazarbayev']]);
    expect(resolved('the former Kazakh president', '2018-01-01')).toEqual([]);
    expect(resolved('In 2018, the then-British prime minister resigned.', '2024-01-01')).toEqual([['then-British prime minister', 'theresa-may']]);
    expect(resolved('In 2016, the then British prime minister resigned.', '2024-01-01')).toEqual([]);
    expect(resolved('Kazakhstan’s first president', '2022-06-17')).toEqual([['Kazakhstan’s first president', 'nursultan-nazarbayev']]);
  });

  it('leaves alone what it cannot tell', () => {
    expect(resolved('the president said', '2022-06-17')).toEqual([]);
    expect(resolved('the former British prime minister', '2025-01-01')).toEqual([]);
    expect(resolved('the then-British prime minister', '2025-01-01')).toEqual([]);
    expect(resolved('the Kazakh deputy foreign minister', '2022-06-17')).toEqual([]);
    expect(resolved('the Kazakh foreign minister', '2022-06-17')).toEqual([]);
    // Governments have several deputy prime ministers at once; the KB may know only one of them.
    expect(resolved('the Russian deputy prime minister said', '2022-12-09')).toEqual([]);
    expect(resolved('Russian Deputy Prime Minister Alexey Overchuk said', '2022-12-09')).toEqual([['Russian Deputy Prime Minister', 'alexey-overchuk']]);
    // The name beside it says who is meant; a description that contradicts it is not resolved.
    expect(resolved('Kazakh President Nursultan Nazarbayev', '2022-06-17')).toEqual([]);
  });

  it('uses the name beside a description to choose among former holders', () => {
    const text = 'Kassym-Jomart Tokayev, the former foreign minister of Kazakhstan, said';
    const [mention] = resolveRoleDescriptions(kb, text, recognize(kb, text), '2022-06-17');
    expect(mention).toMatchObject({ text: 'former foreign minister of Kazakhstan', entityId: 'kassym-jomart-tokayev', tense: 'former', namedBeside: 'kassym-jomart-tokayev' });
    expect(mention!.role.title).toBe('Minister of Foreign Affairs of Kazakhstan');
  });

  it('leaves a description beside a name the KB lacks to that person', () => {
    expect(resolved('Yerlan Karin, the former foreign minister of Kazakhstan, said', '2022-06-17')).toEqual([]);
    expect(resolved('On Tuesday, the former foreign minister of Kazakhstan said', '2022-06-17')).toEqual([
      ['former foreign minister of Kazakhstan', 'kassym-jomart-tokayev'],
    ]);
    expect(resolved('In Russia, the former foreign minister of Kazakhstan said', '2022-06-17')).toEqual([
      ['former foreign minister of Kazakhstan', 'kassym-jomart-tokayev'],
    ]);
  });
});

describe('offices within a body, and a government named by its seat', () => {
  const bodies = testKb([
    { id: 'russia', label: 'Russia', aliases: ['Russia'], adjectives: ['Russian'] },
    { id: 'government-of-russia', type: 'organization', label: 'Government of Russia', kind: 'government', country: 'russia', aliases: ['Kremlin'] },
    { id: 'presidential-administration-of-russia', type: 'organization', label: 'Presidential Administration of Russia', aliases: ['Presidential Administration of Russia'] },
    { id: 'state-duma', type: 'organization', label: 'State Duma', aliases: ['State Duma'] },
    { id: 'federal-security-service', type: 'organization', label: 'Federal Security Service', aliases: ['Federal Security Service', { text: 'FSB', case: 'exact' }] },
    person('dmitry-peskov', 'Dmitry Peskov', [{ title: 'Press Secretary of the President of Russia', of: 'presidential-administration-of-russia', start: '2012-05-22' }]),
    person('vyacheslav-volodin', 'Vyacheslav Volodin', [{ title: 'Chairman of the State Duma of Russia', of: 'state-duma', start: '2016-10-05' }]),
    person('alexander-bortnikov', 'Alexander Bortnikov', [{ title: 'Director of the Federal Security Service of Russia', of: 'federal-security-service', start: '2008-05-12' }]),
  ]);
  const found = (text: string): [string, string][] =>
    resolveRoleDescriptions(bodies, text, recognize(bodies, text), '2025-06-01').map((mention) => [mention.text, mention.entityId]);

  it('reads "the Kremlin spokesman" as the president’s press secretary', () => {
    expect(found('The Kremlin spokesman said talks would go on.')).toEqual([['Kremlin spokesman', 'dmitry-peskov']]);
  });

  it('finds the chairman of a legislature as its speaker, and never a country’s "speaker"', () => {
    expect(found('The State Duma speaker said so.')).toEqual([['State Duma speaker', 'vyacheslav-volodin']]);
    expect(found('A Russian speaker said so, and so did the Russian spokesman.')).toEqual([]);
  });

  it('finds a body’s head through its title and through a possessive', () => {
    expect(found('The FSB chief said so.')).toEqual([['FSB chief', 'alexander-bortnikov']]);
    expect(found('The head of Russia’s Federal Security Service said so.')).toEqual([['head of Russia’s Federal Security Service', 'alexander-bortnikov']]);
  });
});

describe('a country’s top military officer', () => {
  const army = testKb([
    { id: 'ukraine', label: 'Ukraine', aliases: ['Ukraine'], adjectives: ['Ukrainian'] },
    { id: 'russia', label: 'Russia', aliases: ['Russia'], adjectives: ['Russian'] },
    { id: 'armed-forces-of-ukraine', type: 'organization', label: 'Armed Forces of Ukraine', aliases: ['Armed Forces of Ukraine'] },
    person('valerii-zaluzhnyi', 'Valerii Zaluzhnyi', [{ title: 'Commander-in-Chief of the Armed Forces of Ukraine', of: 'armed-forces-of-ukraine', start: '2021-07-27', end: '2024-02-08' }]),
    person('oleksandr-syrskyi', 'Oleksandr Syrskyi', [{ title: 'Commander-in-Chief of the Armed Forces of Ukraine', of: 'armed-forces-of-ukraine', start: '2024-02-08' }]),
    person('andrii-hnatov', 'Andrii Hnatov', [{ title: 'Chief of the General Staff of the Armed Forces of Ukraine', of: 'armed-forces-of-ukraine', start: '2025-02-16' }]),
    person('valery-gerasimov', 'Valery Gerasimov', [{ title: 'Chief of the General Staff of Russia', of: 'russia', start: '2012-11-09' }]),
  ]);
  const found = (text: string, day: string): [string, string][] =>
    resolveRoleDescriptions(army, text, recognize(army, text), day).map((mention) => [mention.text, mention.entityId]);

  it('is the commander-in-chief where there is one, else the chief of the general staff', () => {
    expect(found('Ukraine’s top general spoke.', '2025-06-01')).toEqual([['Ukraine’s top general', 'oleksandr-syrskyi']]);
    expect(found('Ukraine’s top commander spoke.', '2023-05-01')).toEqual([['Ukraine’s top commander', 'valerii-zaluzhnyi']]);
    expect(found('The Russian army chief spoke.', '2025-06-01')).toEqual([['Russian army chief', 'valery-gerasimov']]);
  });
});

describe('a title naming its country with "of" twice', () => {
  const palestine = testKb([
    { id: 'state-of-palestine', label: 'State of Palestine', aliases: ['State of Palestine', 'Palestine'], adjectives: ['Palestinian'] },
    person('mahmoud-abbas', 'Mahmoud Abbas', [{ title: 'President of the State of Palestine', of: 'state-of-palestine', start: '2005-01-15' }]),
  ]);

  it('is the office before the longest tail naming it ("President", not "President of the State")', () => {
    expect(resolvedOn(palestine)('The Palestinian president spoke.', '2025-10-13')).toEqual([['Palestinian president', 'mahmoud-abbas']]);
  });
});

describe('an office beside a name', () => {
  it('is resolved when that person held the office at the date, whatever country it is', () => {
    expect(resolved('Chancellor Olaf Scholz spoke.', '2024-02-12')).toEqual([['Chancellor', 'olaf-scholz']]);
    expect(resolved('Chancellor Olaf Scholz spoke.', '2025-06-01')).toEqual([]);
    // Lower case, as news writes an office before a name, and after it behind a comma.
    expect(resolved('the chancellor Olaf Scholz spoke.', '2024-02-12')).toEqual([['chancellor', 'olaf-scholz']]);
    expect(resolved('Olaf Scholz, the chancellor, spoke.', '2024-02-12')).toEqual([['chancellor', 'olaf-scholz']]);
    expect(resolved('Olaf Scholz, the chancellor, spoke.', '2025-06-01')).toEqual([]);
  });
});

describe('an office after "its"', () => {
  it('belongs to the one country or body named before it that has such an office', () => {
    expect(resolved('Kazakhstan will double its oil exports next year, its president said.', '2022-06-17')).toEqual([['president', 'kassym-jomart-tokayev']]);
    // Britain has no president, so "its" can only be Kazakhstan.
    expect(resolved('Britain and Kazakhstan signed the deal, its president said.', '2022-06-17')).toEqual([['president', 'kassym-jomart-tokayev']]);
    // Both have one: the grammar would have to tell, and it is not read.
    expect(resolved('Germany and Kazakhstan signed the deal, its president said.', '2022-06-17')).toEqual([]);
    expect(resolved('NATO says its head will attend.', '2025-03-01')).toEqual([['head', 'mark-rutte']]);
  });

  it('looks back one sentence only when "Its" opens a sentence', () => {
    expect(resolved('NATO met on Monday. Its secretary general spoke.', '2025-03-01')).toEqual([['secretary general', 'mark-rutte']]);
    expect(resolved('NATO met on Monday. Ministers talked. Its secretary general spoke.', '2025-03-01')).toEqual([]);
    expect(resolved('NATO met on Monday. Ministers said its secretary general spoke.', '2025-03-01')).toEqual([]);
  });

  it('is not the body part of "over its head"', () => {
    expect(resolved('NATO says the deal was made over its head.', '2025-03-01')).toEqual([]);
    expect(resolved('NATO turned the plan on its head.', '2025-03-01')).toEqual([]);
  });
});

describe('"the" and a bare office', () => {
  it('is the one person named earlier who held that office at the date', () => {
    expect(resolved('Kassym-Jomart Tokayev spoke in Astana. Later the president said more.', '2022-06-17')).toEqual([['president', 'kassym-jomart-tokayev']]);
    // Nazarbayev is named, but was no longer president.
    expect(resolved('Nursultan Nazarbayev spoke in Astana. Later the president said more.', '2022-06-17')).toEqual([]);
  });

  it('leaves alone two holders, a holder named only after it, a class and any modifier', () => {
    expect(resolved('Kassym-Jomart Tokayev met Frank-Walter Steinmeier. The president said more.', '2022-06-17')).toEqual([]);
    expect(resolved('The president said Kassym-Jomart Tokayev would come.', '2022-06-17')).toEqual([]);
    expect(resolved('Kassym-Jomart Tokayev spoke. The leader said more.', '2022-06-17')).toEqual([]);
    // "The new president" may be the one just elected, not the holder on the day.
    expect(resolved('Kassym-Jomart Tokayev spoke. The new president said more.', '2022-06-17')).toEqual([]);
  });
});
