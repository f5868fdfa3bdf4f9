import { describe, expect, it } from 'vitest';
import { getEntity } from '../kb/load';
import { testEntity, testKb, type TestEntity } from '../kb/test-kb';
import { buildMatcherTables } from '../kb/trie-builder';
import { recognize } from '../recognizer/recognize';
import { entriesOfTables, mergePacks, type PackInput } from './merge';
import { decodeWordList, encodeWordList, wordKeys } from './word-list';

const kazakhstan: TestEntity = { id: 'kazakhstan', label: 'Kazakhstan', aliases: ['Republic of Kazakhstan'], adjectives: ['Kazakh'] };
const almaty: TestEntity = { id: 'almaty', label: 'Almaty', aliases: ['Alma-Ata'], country: 'kazakhstan', kind: 'city' };
const tokayev: TestEntity = {
  id: 'kassym-jomart-tokayev',
  type: 'person',
  label: 'Kassym-Jomart Tokayev',
  aliases: [],
  roles: [{ title: 'President of Kazakhstan', of: 'kazakhstan', start: '2019-03-20' }],
};
const bundled = testKb([kazakhstan, almaty, tokayev]);

const pack = (id: string, entities: TestEntity[], enabled = true): PackInput => ({ id, name: `Pack ${id}`, enabled, entities: entities.map(testEntity) });

const region: TestEntity = { id: 'almaty-region', label: 'Almaty Region', aliases: ['Almaty Oblast'], country: 'kazakhstan', kind: 'region' };
const kaspi: TestEntity = { id: 'kaspi-kz', type: 'organization', label: 'Kaspi.kz', aliases: ['Kaspi'], country: 'kazakhstan' };

const ids = (kb: Parameters<typeof recognize>[0], text: string) => recognize(kb, text, { adjectives: false }).map((mention) => `${mention.text}=${mention.entityId}`);

describe('reading a built trie back', () => {
  it('gives back every entry, so rebuilding yields the same tables', () => {
    const entries = entriesOfTables(bundled.tables);
    expect(entries.map((entry) => entry.key)).toEqual(expect.arrayContaining(['kazakhstan', 'republic of kazakhstan', 'kazakh', 'alma ata', 'tokayev']));
    expect(buildMatcherTables(entries)).toEqual(bundled.tables);
  });
});

describe('merging packs', () => {
  it('recognises pack entities alongside the bundled ones, and marks their records with the pack', () => {
    const { kb, reports } = mergePacks(bundled, [pack('a', [region, kaspi])]);
    expect(ids(kb, 'Kaspi opened offices in Almaty Oblast and Almaty, said Tokayev’s aide Kassym-Jomart Tokayev.')).toEqual([
      'Kaspi=kaspi-kz',
      'Almaty Oblast=almaty-region',
      'Almaty=almaty',
      'Tokayev=kassym-jomart-tokayev',
      'Kassym-Jomart Tokayev=kassym-jomart-tokayev',
    ]);
    expect(getEntity(kb, 'kaspi-kz')).toMatchObject({ label: 'Kaspi.kz', pack: 'Pack a' });
    expect(getEntity(kb, 'kaspi-kz')).not.toHaveProperty('aliases');
    expect(getEntity(kb, 'almaty')).not.toHaveProperty('pack');
    // References across sources become links, as within the bundled KB.
    expect(kb.links[kb.indexById.get('kazakhstan')!]).toContain(kb.indexById.get('kaspi-kz'));
    expect(reports).toEqual([{ packId: 'a', entities: 2, idCollisions: [], takenNames: [] }]);
  });

  it('returns the bundled KB untouched when no pack is enabled', () => {
    const { kb, reports } = mergePacks(bundled, [pack('a', [kaspi], false)]);
    expect(kb).toBe(bundled);
    expect(ids(kb, 'Kaspi in Almaty')).toEqual(['Almaty=almaty']);
    expect(reports[0]).toMatchObject({ packId: 'a', entities: 1 });
  });

  it('keeps the bundled entity on an id collision and leaves the pack’s out, reporting it', () => {
    const impostor = { ...almaty, label: 'Almaty (pack)', aliases: ['Verny'], description: 'A different description of Almaty.' };
    const { kb, reports } = mergePacks(bundled, [pack('a', [impostor, kaspi])]);
    expect(getEntity(kb, 'almaty')).toMatchObject({ label: 'Almaty' });
    expect(kb.entities.filter((record) => record.id === 'almaty')).toHaveLength(1);
    // The ignored entity's names go with it.
    expect(ids(kb, 'Verny, as Almaty was called, and Kaspi')).toEqual(['Almaty=almaty', 'Kaspi=kaspi-kz']);
    expect(reports[0]).toMatchObject({ entities: 1, idCollisions: [{ id: 'almaty', owner: { source: 'bundled' } }] });
  });

  it('leaves a name the bundled KB uses with the bundled entity, and the rest of the pack entity’s names work', () => {
    const rival: TestEntity = { id: 'alma-ata-club', type: 'organization', label: 'FC Alma-Ata', aliases: ['Alma-Ata', 'Almaty FC'] };
    const { kb, reports } = mergePacks(bundled, [pack('a', [rival])]);
    expect(ids(kb, 'In Alma-Ata, Almaty FC lost.')).toEqual(['Alma-Ata=almaty', 'Almaty FC=alma-ata-club']);
    expect(reports[0]!.takenNames).toEqual([
      { entityId: 'alma-ata-club', name: 'Alma-Ata', ownerId: 'almaty', ownerLabel: 'Almaty', owner: { source: 'bundled' } },
    ]);
  });

  it('lets the longer name win across sources (leftmost-longest, as always)', () => {
    const { kb } = mergePacks(bundled, [pack('a', [region])]);
    expect(ids(kb, 'Almaty Region borders Almaty.')).toEqual(['Almaty Region=almaty-region', 'Almaty=almaty']);
  });

  it('gives the earlier pack precedence over a later one, for ids and names', () => {
    const first = pack('first', [kaspi]);
    const second = pack('second', [{ ...kaspi, label: 'Kaspi Bank' }, { id: 'kaspi-sea-club', type: 'organization', label: 'Kaspi Sea Club', aliases: ['Kaspi'] }]);
    const { kb, reports } = mergePacks(bundled, [first, second]);
    expect(ids(kb, 'Kaspi grew.')).toEqual(['Kaspi=kaspi-kz']);
    expect(getEntity(kb, 'kaspi-kz')).toMatchObject({ label: 'Kaspi.kz', pack: 'Pack first' });
    expect(reports[1]).toMatchObject({
      entities: 1,
      idCollisions: [{ id: 'kaspi-kz', owner: { source: 'pack', pack: 'Pack first' } }],
      takenNames: [{ entityId: 'kaspi-sea-club', name: 'Kaspi', ownerId: 'kaspi-kz', owner: { source: 'pack', pack: 'Pack first' } }],
    });
    // Swapping the order swaps the winner: precedence is the list's order, nothing else.
    const swapped = mergePacks(bundled, [second, first]);
    expect(getEntity(swapped.kb, 'kaspi-kz')).toMatchObject({ label: 'Kaspi Bank', pack: 'Pack second' });
  });

  it('judges a disabled pack as if it were enabled, without letting it take anything', () => {
    const disabled = pack('off', [kaspi], false);
    const later = pack('on', [{ ...kaspi, label: 'Kaspi later' }]);
    const { kb, reports } = mergePacks(bundled, [disabled, later]);
    expect(getEntity(kb, 'kaspi-kz')).toMatchObject({ label: 'Kaspi later' });
    expect(reports.map((report) => report.idCollisions.length)).toEqual([0, 0]);
  });

  it('keeps a name shared within one pack shared, decided by context as in the bundled KB', () => {
    const river: TestEntity = { id: 'ili-river', label: 'Ili River', aliases: [{ text: 'Ili', weak: false }], context: ['river'] };
    const district: TestEntity = { id: 'ili-district', label: 'Ili District', aliases: ['Ili'], context: ['district'] };
    const { kb, reports } = mergePacks(bundled, [pack('a', [river, district])]);
    expect(ids(kb, 'The river Ili floods.')).toEqual(['Ili=ili-river']);
    expect(ids(kb, 'The district of Ili votes.')).toEqual(['Ili=ili-district']);
    expect(reports[0]!.takenNames).toEqual([]);
  });
});

describe('pack surnames that are everyday words', () => {
  // Real people a newsroom's pack might add; the word list goes through the shipped file's format.
  const hunt: TestEntity = { id: 'jeremy-hunt', type: 'person', label: 'Jeremy Hunt', aliases: [] };
  const kallas: TestEntity = { id: 'kaja-kallas', type: 'person', label: 'Kaja Kallas', aliases: [] };
  const words = decodeWordList(encodeWordList(wordKeys(['hunt', 'rice', 'young', 'said'])));
  const isCommonWord = (word: string): boolean => words.has(word);
  const text = 'Jeremy Hunt and Kaja Kallas met. Hunt said so. Kallas agreed.';

  it('holds back a bare surname that is an everyday word, as the build does for the bundled KB', () => {
    const { kb } = mergePacks(bundled, [pack('a', [hunt, kallas])], { isCommonWord });
    expect(ids(kb, text)).toEqual(['Jeremy Hunt=jeremy-hunt', 'Kaja Kallas=kaja-kallas', 'Kallas=kaja-kallas']);
    // Still a name where nothing else could be meant.
    expect(ids(kb, 'Jeremy Hunt spoke; the budget, said Hunt, was fine.')).toEqual(['Jeremy Hunt=jeremy-hunt', 'Hunt=jeremy-hunt']);
  });

  it('lets it fire on the word without the list', () => {
    const { kb } = mergePacks(bundled, [pack('a', [hunt, kallas])]);
    expect(ids(kb, text)).toEqual(['Jeremy Hunt=jeremy-hunt', 'Kaja Kallas=kaja-kallas', 'Hunt=jeremy-hunt', 'Kallas=kaja-kallas']);
  });
});
