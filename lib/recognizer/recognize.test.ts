import { describe, expect, it } from 'vitest';
import { testKb } from '../kb/test-kb';
import { recognize, type Mention } from './recognize';

const kb = testKb([
  { id: 'iran', label: 'Iran', adjectives: ['Iranian'] },
  { id: 'rt', type: 'organization', label: 'RT (TV network)', aliases: [{ text: 'RT', case: 'exact' }, 'Russia Today'] },
  { id: 'moscow', label: 'Moscow', aliases: ['Москва'] },
  { id: 'zoe', type: 'person', label: 'Zoë Kravitz', aliases: ['Zoë'] },
  { id: 'izmir', label: 'İzmir' },
  {
    id: 'kassym-jomart-tokayev',
    type: 'person',
    label: 'Kassym-Jomart Tokayev',
    aliases: ['Tokayev', 'Tokaev', 'Toqaev', 'Kasim-Zhomart Tokaev', 'Токаев'],
  },
  { id: 'astana', label: 'Astana', aliases: ['Nur-Sultan'] },
  { id: 'korolev', label: 'Korolyov', aliases: ['Королёв'] },
  { id: 'russia', label: 'Russia', aliases: ['Russian Federation'], adjectives: ['Russian', 'Russo-'] },
  { id: 'ukraine', label: 'Ukraine', adjectives: ['Ukrainian'] },
  { id: 'kazakhstan', label: 'Kazakhstan', adjectives: ['Kazakh'] },
  { id: 'kazakh-foreign-ministry', type: 'organization', label: 'Kazakh Foreign Ministry' },
  { id: 'csto', type: 'organization', label: 'Collective Security Treaty Organization', aliases: [{ text: 'CSTO', case: 'exact' }] },
  { id: 'cst', type: 'event', label: 'Collective Security Treaty' },
  { id: 'un', type: 'organization', label: 'United Nations', aliases: [{ text: 'UN', case: 'exact' }] },
  { id: 'un-charter', type: 'event', label: 'Charter of the United Nations', aliases: ['UN Charter', 'UN charter'] },
  { id: 'invasion', type: 'event', label: 'Russian invasion of Ukraine', aliases: ['war in Ukraine', 'invasion of Ukraine'] },
  { id: 'chase', type: 'organization', label: 'Chase Bank', aliases: ['Chase'] },
  { id: 'bloc', type: 'organization', label: 'The Bloc', aliases: [{ text: 'bloc québécois', case: 'any' }] },
  { id: 'united-states', label: 'United States', aliases: [{ text: 'US', case: 'exact' }, 'U.S.'] },
  { id: 'philippines', label: 'Philippines' },
]);

const texts = (mentions: Mention[]): string[] => mentions.map((mention) => mention.text);
const ids = (mentions: Mention[]): string[] => mentions.map((mention) => mention.entityId);
const pairs = (mentions: Mention[]): string[] => mentions.map((mention) => `${mention.text}=${mention.entityId}`);

function expectSlices(input: string, mentions: Mention[]): void {
  for (const mention of mentions) expect(input.slice(mention.start, mention.end)).toBe(mention.text);
}

describe('word boundaries', () => {
  it('finds no "Iran" inside "Iranian", which counts only as the listed adjective', () => {
    const mentions = recognize(kb, 'Iranian officials met in Iran.');
    expect(pairs(mentions)).toEqual(['Iranian=iran', 'Iran=iran']);
    expect(mentions.map((mention) => mention.kind)).toEqual(['adjective', 'name']);
    const unlisted = testKb([{ id: 'iran', label: 'Iran' }]);
    expect(texts(recognize(unlisted, 'Iranian officials and Iranians'))).toEqual([]);
  });

  it('finds nothing inside "ART" or "start"', () => {
    expect(recognize(kb, 'ART and start, smart RTs')).toEqual([]);
    expect(texts(recognize(kb, 'on RT, said'))).toEqual(['RT']);
  });

  it('matches Cyrillic names as whole words', () => {
    const input = 'Встреча в Москва-Сити: Москва, не Москвабад. Токаев сказал.';
    expect(pairs(recognize(kb, input))).toEqual(['Москва=moscow', 'Москва=moscow', 'Токаев=kassym-jomart-tokayev']);
  });

  it('keeps accented letters inside the word ("Zoë")', () => {
    expect(texts(recognize(kb, 'Zoë’s film; Zoëy; Zoëa'))).toEqual(['Zoë']);
    // Accents are folded on both sides, so the unaccented spelling is the same name.
    expect(texts(recognize(kb, 'Zoe Kravitz'))).toEqual(['Zoe Kravitz']);
  });

  it('never matches across a blank line', () => {
    expect(texts(recognize(kb, 'Kassym-Jomart\n\nTokayev'))).toEqual(['Tokayev']);
    expect(texts(recognize(kb, 'Collective Security\n\nTreaty Organization'))).toEqual([]);
    expect(texts(recognize(kb, 'Kassym-Jomart\nTokayev'))).toEqual(['Kassym-Jomart\nTokayev']);
  });
});

describe('normalisation inside names', () => {
  it('keeps offsets exact after "İ", whose lower case is longer', () => {
    const input = 'İİİ İZMİR and Izmir, then Tokayev.';
    const mentions = recognize(kb, input);
    expect(texts(mentions)).toEqual(['İZMİR', 'Izmir', 'Tokayev']);
    expectSlices(input, mentions);
  });

  it('reads NBSP as a space', () => {
    expect(texts(recognize(kb, 'President Kassym-Jomart\u00a0Tokayev said'))).toEqual(['Kassym-Jomart\u00a0Tokayev']);
  });

  it('ignores a soft hyphen or zero-width space inside a name', () => {
    expect(texts(recognize(kb, 'Kazakh\u00adstan and Kazakh\u200bstan'))).toEqual(['Kazakh\u00adstan', 'Kazakh\u200bstan']);
  });

  it('treats en and em dashes inside a name as its hyphen, and around names as separators', () => {
    expect(pairs(recognize(kb, 'Nur\u2013Sultan; Russia\u2013Ukraine ties'))).toEqual(['Nur\u2013Sultan=astana', 'Russia=russia', 'Ukraine=ukraine']);
  });

  it('matches ё and е either way', () => {
    expect(texts(recognize(kb, 'Королев и Королёв'))).toEqual(['Королев', 'Королёв']);
  });

  it('matches decomposed accents and keeps the combining mark in the mention', () => {
    expect(texts(recognize(kb, 'Zoe\u0308 said'))).toEqual(['Zoe\u0308']);
  });
});

describe('possessives and transliterations', () => {
  it('reduces possessives to the name', () => {
    const input = 'Tokayev’s view, Tokayev\'s aides, Kazakhstan’s, the Philippines’ claims';
    expect(texts(recognize(kb, input))).toEqual(['Tokayev', 'Tokayev', 'Kazakhstan', 'Philippines']);
  });

  it('maps every listed spelling to the same entity', () => {
    const input = 'Tokaev, Toqaev, Kasim-Zhomart Tokaev, Kassym-Jomart Tokayev and TOKAYEV';
    const mentions = recognize(kb, input);
    expect(texts(mentions)).toEqual(['Tokaev', 'Toqaev', 'Kasim-Zhomart Tokaev', 'Kassym-Jomart Tokayev', 'TOKAYEV']);
    expect(new Set(ids(mentions))).toEqual(new Set(['kassym-jomart-tokayev']));
  });

  it('takes a combining form ("Russo-") only before a hyphen', () => {
    expect(pairs(recognize(kb, 'the Russo-Kazakh alliance'))).toEqual(['Russo=russia', 'Kazakh=kazakhstan']);
    expect(texts(recognize(kb, 'Anthony Russo directed'))).toEqual([]);
  });

  it('splits a KB name that opens with another name’s possessive into the possessor and the rest', () => {
    const withPossessive = testKb([
      { id: 'russia', label: 'Russia' },
      { id: 'bank-of-russia', type: 'organization', label: 'Central Bank of Russia', aliases: ['Russia’s central bank'] },
      { id: 'gagarins-start', label: 'Gagarin’s Start' },
    ]);
    const input = 'Russia’s central bank cut rates. Russia\'s central bank again, from Gagarin’s Start.';
    const mentions = recognize(withPossessive, input);
    const possessiveSplit = ['Russia=russia', 'central bank=bank-of-russia'];
    expect(pairs(mentions)).toEqual([...possessiveSplit, ...possessiveSplit, 'Gagarin’s Start=gagarins-start']);
    expectSlices(input, mentions);
  });

  it('keeps a name whole when its possessive is a weak name of the same entity', () => {
    const offices = testKb([
      { id: 'russia', label: 'Russia', kind: 'country' },
      { id: 'moscow', label: 'Moscow', kind: 'city', country: 'russia' },
      { id: 'prosecutor-general-of-russia', type: 'organization', label: 'Prosecutor General of Russia', country: 'russia', aliases: ['Prosecutor General’s Office'] },
    ]);
    // "Prosecutor General" is the office's own name without its country.
    expect(pairs(recognize(offices, 'MOSCOW — The Prosecutor General’s Office banned the group.'))).toEqual([
      'MOSCOW=moscow',
      'Prosecutor General’s Office=prosecutor-general-of-russia',
    ]);
  });
});

describe('longest match', () => {
  it('lets the longest name win and drops names nested in it', () => {
    expect(pairs(recognize(kb, 'the Collective Security Treaty Organization (CSTO)'))).toEqual(['Collective Security Treaty Organization=csto', 'CSTO=csto']);
    expect(pairs(recognize(kb, 'the Collective Security Treaty of 1992'))).toEqual(['Collective Security Treaty=cst']);
    expect(pairs(recognize(kb, 'the UN Charter and the UN'))).toEqual(['UN Charter=un-charter', 'UN=un']);
    expect(pairs(recognize(kb, 'the Kazakh Foreign Ministry'))).toEqual(['Kazakh Foreign Ministry=kazakh-foreign-ministry']);
  });

  it('falls back to a shorter name when the longer one fails its case rule', () => {
    // "UN charter" is listed, "UN CHARTER" is all caps of it; "un charter" is neither.
    expect(pairs(recognize(kb, 'the UN CHARTER'))).toEqual(['UN CHARTER=un-charter']);
    expect(pairs(recognize(kb, 'an un charter'))).toEqual([]);
  });

  it('keeps mentions sorted and never overlapping', () => {
    const input = 'Kassym-Jomart Tokayev of Kazakhstan spoke on the war in Ukraine with Russian media and RT.';
    const mentions = recognize(kb, input);
    expect(pairs(mentions)).toEqual([
      'Kassym-Jomart Tokayev=kassym-jomart-tokayev',
      'Kazakhstan=kazakhstan',
      'war in Ukraine=invasion',
      'Russian=russia',
      'RT=rt',
    ]);
    for (let k = 1; k < mentions.length; k++) expect(mentions[k]!.start).toBeGreaterThanOrEqual(mentions[k - 1]!.end);
  });
});

describe('case rules', () => {
  it('default: as written or in capitals, never lower-cased', () => {
    expect(texts(recognize(kb, 'Chase said; CHASE; they chase; cHASE'))).toEqual(['Chase', 'CHASE']);
  });

  it('default: a lower-case name may open a sentence with a capital', () => {
    expect(texts(recognize(kb, 'War in Ukraine: the war in Ukraine; war In Ukraine'))).toEqual(['War in Ukraine', 'war in Ukraine', 'Ukraine']);
  });

  it('exact: only as written', () => {
    expect(texts(recognize(kb, 'US, Us, us, U.S.'))).toEqual(['US', 'U.S.']);
  });

  it('any: whatever the case', () => {
    expect(texts(recognize(kb, 'Bloc Québécois, BLOC QUEBECOIS, bloc québécois'))).toHaveLength(3);
  });

  it('can leave adjectives out of the result', () => {
    expect(texts(recognize(kb, 'Russian and Kazakh officials in Russia', { adjectives: false }))).toEqual(['Russia']);
  });
});
