import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDB } from 'idb';
import { HighlightStore } from './db';
import { checkHighlight } from './record';
import { MEMORY_STORE, SCHEMA_VERSION, STORE } from './schema';
import { MemoryStore } from '../memory/db';
import { countMentions } from '../memory/record';

interface FrozenDatabase {
  version: number;
  stores: { name: string; keyPath: string; indexes: { name: string; keyPath: string; multiEntry?: boolean }[] }[];
  records: Record<string, unknown>[];
}

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const frozen = readdirSync(FIXTURES)
  .filter((name) => /^schema-v\d+\.json$/.test(name))
  .map((name) => ({ name, data: JSON.parse(readFileSync(resolve(FIXTURES, name), 'utf8')) as FrozenDatabase }));

/** Recreates a database exactly as an older version of Backstory left it. */
async function createFrozen(factory: IDBFactory, name: string, fixture: FrozenDatabase): Promise<void> {
  globalThis.indexedDB = factory;
  const db = await openDB(name, fixture.version, {
    upgrade(database) {
      for (const store of fixture.stores) {
        const created = database.createObjectStore(store.name, { keyPath: store.keyPath });
        for (const index of store.indexes) created.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry ?? false });
      }
    },
  });
  for (const record of fixture.records) await db.add(STORE, record);
  db.close();
}

describe('highlights schema', () => {
  it('has a frozen example of every older version', () => {
    for (let version = 1; version < SCHEMA_VERSION; version++) expect(existsSync(resolve(FIXTURES, `schema-v${version}.json`))).toBe(true);
    expect(frozen.length).toBeGreaterThanOrEqual(SCHEMA_VERSION - 1);
  });

  it.each(frozen)('upgrades $name keeping every record, valid under the current schema', async ({ data }) => {
    const factory = new IDBFactory();
    await createFrozen(factory, 'frozen', data);
    const store = await HighlightStore.open(factory, 'frozen');
    const upgraded = await store.all();
    expect(upgraded).toHaveLength(data.records.length);
    for (const original of data.records) {
      const record = upgraded.find((candidate) => candidate.id === original.id)!;
      expect(record, `record ${String(original.id)}`).toBeDefined();
      expect(() => checkHighlight(record)).not.toThrow();
      for (const field of ['url', 'title', 'text', 'note', 'colour', 'selectors', 'createdAt'] as const) expect(record[field]).toEqual(original[field]);
      // What a later version added is kept as it was once a frozen version has it.
      for (const field of ['entityIds', 'published', 'author', 'updatedAt'] as const) if (field in original) expect(record[field]).toEqual(original[field]);
      // Tags may be cleaned, never lost: every old tag is still there, ignoring case, "#" and spacing.
      const key = (tag: string) => tag.trim().replace(/^#+/, '').replace(/\s+/g, ' ').toLowerCase();
      expect(new Set(record.tags.map(key))).toEqual(new Set(((original.tags as string[]) ?? []).map(key)));
    }
    store.close();
  });

  it('serves the current indexes after an upgrade from every frozen version', async () => {
    for (const { data } of frozen) {
      const factory = new IDBFactory();
      await createFrozen(factory, 'frozen', data);
      const store = await HighlightStore.open(factory, 'frozen');
      const tagged = data.records.find((record) => (record.tags as string[]).length > 0)!;
      const tag = (await store.get(tagged.id as string))!.tags[0]!;
      expect((await store.byTag(tag)).map((record) => record.id)).toContain(tagged.id);
      expect((await store.forUrl(tagged.url as string)).map((record) => record.id)).toContain(tagged.id);
      expect(await store.byEntity('anything')).toEqual([]);
      store.close();
      const raw = await openDB('frozen');
      expect(raw.version).toBe(SCHEMA_VERSION);
      expect([...raw.transaction(STORE).store.indexNames].sort()).toEqual(['createdAt', 'entityIds', 'tags', 'updatedAt', 'url']);
      raw.close();
    }
  });

  it('creates a fresh database at the current version with the same indexes as an upgraded one', async () => {
    const factory = new IDBFactory();
    (await HighlightStore.open(factory, 'fresh')).close();
    globalThis.indexedDB = factory;
    const raw = await openDB('fresh');
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect([...raw.transaction(STORE).store.indexNames].sort()).toEqual(['createdAt', 'entityIds', 'tags', 'updatedAt', 'url']);
    expect(raw.transaction(MEMORY_STORE).store.keyPath).toBe('url');
    expect([...raw.transaction(MEMORY_STORE).store.indexNames].sort()).toEqual(['entityIds', 'lastRead']);
    raw.close();
  });

  it.each(frozen)('adds an empty reading memory to $name that works beside the upgraded highlights', async ({ data }) => {
    const factory = new IDBFactory();
    await createFrozen(factory, 'frozen', data);
    const memory = await MemoryStore.open(factory, 'frozen');
    expect(await memory.count()).toBe(0);
    const visit = { url: data.records[0]!.url as string, title: 'An article', published: null, session: 'one' };
    await memory.record(visit, countMentions([{ entityId: 'kassym-jomart-tokayev' }]), 1000);
    await memory.record({ ...visit, session: 'two' }, countMentions([{ entityId: 'kassym-jomart-tokayev' }]), 2000);
    expect((await memory.forEntity('kassym-jomart-tokayev')).map((article) => [article.url, article.visits])).toEqual([[visit.url, 2]]);
    memory.close();
    // The highlights opened after the memory (the upgrade ran once) are all still there.
    const highlights = await HighlightStore.open(factory, 'frozen');
    expect(await highlights.count()).toBe(data.records.length);
    highlights.close();
    globalThis.indexedDB = factory;
    const raw = await openDB('frozen');
    expect([...raw.objectStoreNames].sort()).toEqual([MEMORY_STORE, STORE].sort());
    expect([...raw.transaction(MEMORY_STORE).store.indexNames].sort()).toEqual(['entityIds', 'lastRead']);
    raw.close();
  });
});
