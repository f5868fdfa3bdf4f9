import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileKb } from '@/lib/kb/compile';
import { getEntity, loadKb } from '@/lib/kb/load';
import { testEntity } from '@/lib/kb/test-kb';
import { decodeWordList, encodeWordList, wordKeys } from '@/lib/packs/word-list';
import { recognize } from '@/lib/recognizer/recognize';

const BUNDLED_TEXT = JSON.stringify(
  compileKb(
    [
      { id: 'kazakhstan', label: 'Kazakhstan', aliases: ['Republic of Kazakhstan'] },
      { id: 'almaty', label: 'Almaty', aliases: ['Alma-Ata'], country: 'kazakhstan' },
    ].map(testEntity),
  ),
);

const build = vi.hoisted(() => ({ id: 'build-1' }));

vi.mock('./bundled-kb', () => ({
  bundledKbFingerprint: async () => build.id,
  bundledKb: async () => loadKb(JSON.parse(BUNDLED_TEXT)),
}));

// The build's word list, as the file the background reads; `missing` stands for a damaged install.
const WORDS_FILE = encodeWordList(wordKeys(['hunt', 'rice', 'said', 'young']));
const wordList = vi.hoisted(() => ({ missing: false, reads: 0 }));
vi.mock('./everyday-words', () => ({
  loadEverydayWords: async () => {
    wordList.reads++;
    if (wordList.missing) throw new Error('HTTP 404');
    return decodeWordList(WORDS_FILE);
  },
}));

const kaspi = testEntity({ id: 'kaspi-kz', type: 'organization', label: 'Kaspi.kz', aliases: ['Kaspi Bank'], country: 'kazakhstan' });
const medeu = testEntity({ id: 'medeu', label: 'Medeu', aliases: ['Medeo'], related: ['almaty'] });
const packText = (name: string, entities: unknown[]) => JSON.stringify({ name, version: '1', entities });

type PacksModule = typeof import('./packs');
let packs: PacksModule;
let sender: { url: string };

/** A fresh background: module state (warm KB, cached list) starts empty, storage stays. */
async function restartBackground(): Promise<PacksModule> {
  vi.resetModules();
  packs = await import('./packs');
  packs.setUpPacks();
  return packs;
}

async function marked(text: string): Promise<string[]> {
  const kb = await packs.kbWithPacks();
  return recognize(kb, text, { adjectives: false }).map((mention) => `${mention.text}=${mention.entityId}`);
}

const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

beforeEach(async () => {
  fakeBrowser.reset();
  build.id = 'build-1';
  wordList.missing = false;
  wordList.reads = 0;
  sender = { url: fakeBrowser.runtime.getURL('/library.html') };
  await restartBackground();
});

describe('KB packs in the background', () => {
  it('imports a pack into storage.local, lists it and recognises its entities with the pack named', async () => {
    const { pack, replaced } = await packs.packHandlers.packImport({ fileName: 'beat.json', text: packText('Almaty beat', [kaspi, medeu]) }, sender);
    expect(replaced).toBe(false);
    expect(pack).toMatchObject({ name: 'Almaty beat', version: '1', fileName: 'beat.json', enabled: true, total: 2, report: { entities: 2, idCollisions: [] } });
    expect(await marked('Kaspi Bank opened a branch near Medeo in Almaty.')).toEqual(['Kaspi Bank=kaspi-kz', 'Medeo=medeu', 'Almaty=almaty']);
    expect(getEntity(await packs.kbWithPacks(), 'medeu')).toMatchObject({ pack: 'Almaty beat' });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual(expect.arrayContaining(['kbPacks', `kbPack:${pack.id}`]));
  });

  it('refuses a broken pack with the entry and field named, and changes nothing', async () => {
    await packs.packHandlers.packImport({ fileName: 'beat.json', text: packText('Almaty beat', [kaspi]) }, sender);
    const before = await snapshot();
    const broken = packText('Broken', [medeu, { ...kaspi, id: 'kaspi-2', founded: 'nineteen' }]);
    await expect(packs.packHandlers.packImport({ fileName: 'broken.json', text: broken }, sender)).rejects.toThrow(
      'broken.json, entity "kaspi-2", field founded: must be YYYY, YYYY-MM or YYYY-MM-DD',
    );
    await expect(packs.packHandlers.packImport({ fileName: 'notes.txt', text: 'Medeu, Kaspi' }, sender)).rejects.toThrow(/is not a JSON file/);
    expect(await snapshot()).toBe(before);
    expect((await packs.packHandlers.packList({}, sender)).packs.map((pack) => pack.name)).toEqual(['Almaty beat']);
    expect(await marked('Medeo')).toEqual([]);
  });

  it('stops and resumes recognising a pack when it is disabled and enabled, and forgets it when removed', async () => {
    const { pack } = await packs.packHandlers.packImport({ fileName: 'beat.json', text: packText('Almaty beat', [medeu]) }, sender);
    const disabled = await packs.packHandlers.packSetEnabled({ id: pack.id, enabled: false }, sender);
    expect(disabled.packs[0]).toMatchObject({ enabled: false, report: { entities: 1 } });
    expect(await marked('Medeo in Almaty')).toEqual(['Almaty=almaty']);
    await packs.packHandlers.packSetEnabled({ id: pack.id, enabled: true }, sender);
    expect(await marked('Medeo in Almaty')).toEqual(['Medeo=medeu', 'Almaty=almaty']);
    expect((await packs.packHandlers.packRemove({ id: pack.id }, sender)).packs).toEqual([]);
    expect(await marked('Medeo in Almaty')).toEqual(['Almaty=almaty']);
    expect(await fakeBrowser.storage.local.get(`kbPack:${pack.id}`)).toEqual({});
  });

  it('reports id collisions at import and in the list, keeping the bundled entity', async () => {
    const impostor = testEntity({ id: 'almaty', label: 'Almaty (pack)', aliases: ['Verny'] });
    const { pack } = await packs.packHandlers.packImport({ fileName: 'beat.json', text: packText('Almaty beat', [impostor, medeu]) }, sender);
    expect(pack.report).toMatchObject({ entities: 1, idCollisions: [{ id: 'almaty', owner: { source: 'bundled' } }] });
    expect((await packs.packHandlers.packList({}, sender)).packs[0]!.report.idCollisions).toHaveLength(1);
    expect(getEntity(await packs.kbWithPacks(), 'almaty')).toMatchObject({ label: 'Almaty' });
    expect(await marked('Verny')).toEqual([]);
  });

  it('replaces a pack imported again under the same name, in its place', async () => {
    const first = await packs.packHandlers.packImport({ fileName: 'a.json', text: packText('Almaty beat', [medeu]) }, sender);
    await packs.packHandlers.packImport({ fileName: 'b.json', text: packText('Other', [kaspi]) }, sender);
    const again = await packs.packHandlers.packImport({ fileName: 'a2.json', text: packText('almaty BEAT', [medeu, { ...kaspi, id: 'kaspi-gold', label: 'Kaspi Gold', aliases: [] }]) }, sender);
    expect(again).toMatchObject({ replaced: true, pack: { id: first.pack.id, total: 2, fileName: 'a2.json' } });
    expect((await packs.packHandlers.packList({}, sender)).packs.map((pack) => pack.name)).toEqual(['almaty BEAT', 'Other']);
  });

  it('compiles once per change, and a restarted background loads the stored result instead of compiling', async () => {
    await packs.packHandlers.packImport({ fileName: 'beat.json', text: packText('Almaty beat', [medeu]) }, sender);
    expect((await packs.packHandlers.packList({}, sender)).build).toMatchObject({ kind: 'compiled', entities: 3 });
    const warm = await packs.kbWithPacks();
    expect(await packs.kbWithPacks()).toBe(warm);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('kbPacksMerged')).toHaveProperty('kbPacksMerged'));

    await restartBackground();
    expect(await marked('Medeo')).toEqual(['Medeo=medeu']);
    expect((await packs.packHandlers.packList({}, sender)).build).toMatchObject({ kind: 'cached', entities: 3 });

    // A new build of the extension (another bundled KB) never reuses a merge made with the old one.
    build.id = 'build-2';
    await restartBackground();
    expect(await marked('Medeo')).toEqual(['Medeo=medeu']);
    expect((await packs.packHandlers.packList({}, sender)).build).toMatchObject({ kind: 'compiled', entities: 3 });
  });

  it('holds back a pack person’s surname that is an everyday word, reading the word list only to compile', async () => {
    const people = [
      testEntity({ id: 'jeremy-hunt', type: 'person', label: 'Jeremy Hunt' }),
      testEntity({ id: 'kaja-kallas', type: 'person', label: 'Kaja Kallas' }),
    ];
    const text = 'Jeremy Hunt and Kaja Kallas met. Hunt said so. Kallas agreed.';
    expect(wordList.reads).toBe(0);
    await packs.packHandlers.packImport({ fileName: 'people.json', text: packText('People', people) }, sender);
    expect(await marked(text)).toEqual(['Jeremy Hunt=jeremy-hunt', 'Kaja Kallas=kaja-kallas', 'Kallas=kaja-kallas']);
    expect(wordList.reads).toBe(1);
    expect((await packs.packHandlers.packList({}, sender)).build).toMatchObject({ kind: 'compiled', wordsMs: expect.any(Number) });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('kbPacksMerged')).toHaveProperty('kbPacksMerged'));
    // A restarted background loads the stored merge: no word list needed, the same result.
    await restartBackground();
    expect(await marked(text)).toEqual(['Jeremy Hunt=jeremy-hunt', 'Kaja Kallas=kaja-kallas', 'Kallas=kaja-kallas']);
    expect(wordList.reads).toBe(1);
  });

  it('still recognises a pack when the word list cannot be read, and stores nothing, so the next start tries again', async () => {
    wordList.missing = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hunt = testEntity({ id: 'jeremy-hunt', type: 'person', label: 'Jeremy Hunt' });
    await packs.packHandlers.packImport({ fileName: 'people.json', text: packText('People', [hunt]) }, sender);
    expect(await marked('Jeremy Hunt spoke. Hunt said so.')).toEqual(['Jeremy Hunt=jeremy-hunt', 'Hunt=jeremy-hunt']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/word list could not be read/), expect.any(Error));
    expect(await fakeBrowser.storage.local.get('kbPacksMerged')).toEqual({});
    wordList.missing = false;
    await restartBackground();
    expect(await marked('Jeremy Hunt spoke. Hunt said so.')).toEqual(['Jeremy Hunt=jeremy-hunt']);
    warn.mockRestore();
  });

  it('answers only the extension’s own pages', async () => {
    await expect(packs.packHandlers.packList({}, { url: 'https://news.example/article' })).rejects.toThrow(/own pages/);
  });
});
