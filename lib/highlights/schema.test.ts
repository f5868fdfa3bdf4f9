import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDB } from 'idb';
import { HighlightStore } from './db';
import { checkHighlight } from './record';
import { SCHEMA_VERSION, STORE } from './schema';

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
    raw.close();
  });
});
