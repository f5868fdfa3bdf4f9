/**
 * The one definition of Backstory's database (highlights, and since v3 the reading memory; the
 * module keeps its historical name): its version, and the migration that brings each older
 * version up to date. A migration never loses a record: it only adds what later versions
 * know about (fields with their neutral value, indexes). Every released version has a frozen
 * example in `fixtures/` that the schema test upgrades.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Highlight } from './record';
import { normaliseTags } from './record';
import type { RememberedArticle } from '../memory/record';

export const DB_NAME = 'backstory-highlights';
export const STORE = 'highlights';
export const MEMORY_STORE = 'memory';
export const SCHEMA_VERSION = 3;

export interface HighlightDb extends DBSchema {
  highlights: {
    key: string;
    value: Highlight;
    indexes: {
      url: string;
      createdAt: number;
      updatedAt: number;
      tags: string;
      entityIds: string;
    };
  };
  /** Keyed by the article's normalised URL: a revisit finds its record, never adds a second. */
  memory: {
    key: string;
    value: RememberedArticle;
    indexes: {
      entityIds: string;
      lastRead: number;
    };
  };
}

/** Migrations see the database as it was, not as the current types describe it. */
type AnyDb = IDBPDatabase<unknown>;
type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: AnyDb, transaction: UpgradeTransaction) => Promise<void>;

const MIGRATIONS: Record<number, Migration> = {
  /** v1: one store keyed by UUID; the popup needs a page's highlights, the library the newest first. */
  1: async (db) => {
    const store = db.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex('url', 'url');
    store.createIndex('createdAt', 'createdAt');
  },
  /**
   * v2: entity links and page metadata arrived with the recognizer, and the library filters by tag
   * and entity and sorts by last edit. Records from v1 get empty entity lists, unknown
   * publication date and author, and tags cleaned the way v2 cleans them.
   */
  2: async (_db, transaction) => {
    const store = transaction.objectStore(STORE);
    store.createIndex('updatedAt', 'updatedAt');
    store.createIndex('tags', 'tags', { multiEntry: true });
    store.createIndex('entityIds', 'entityIds', { multiEntry: true });
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Record<string, unknown>;
      await cursor.update({
        ...old,
        entityIds: Array.isArray(old.entityIds) ? old.entityIds : [],
        published: typeof old.published === 'string' ? old.published : null,
        author: typeof old.author === 'string' ? old.author : null,
        tags: Array.isArray(old.tags) ? normaliseTags(old.tags.filter((t): t is string => typeof t === 'string')) : [],
        updatedAt: typeof old.updatedAt === 'number' ? old.updatedAt : old.createdAt,
      });
    }
  },
  /**
   * v3: reading memory — which entities appeared in which articles the reader opened, no page
   * text. Keyed by URL (so lookups by URL are by key), found by entity, trimmed oldest-read first.
   * Nothing older changes: the store starts empty.
   */
  3: async (db) => {
    const store = db.createObjectStore(MEMORY_STORE, { keyPath: 'url' });
    store.createIndex('entityIds', 'entityIds', { multiEntry: true });
    store.createIndex('lastRead', 'lastRead');
  },
};

/** Runs every migration after `oldVersion`, in order, inside the upgrade transaction. */
export async function migrate(db: AnyDb, oldVersion: number, newVersion: number, transaction: UpgradeTransaction): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const migration = MIGRATIONS[version];
    if (!migration) throw new Error(`No migration to highlights schema version ${version}.`);
    await migration(db, transaction);
  }
}
