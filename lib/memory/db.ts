/**
 * The reading memory's side of Backstory's database (the `memory` store of
 * `lib/highlights/schema.ts`). The factory is an argument: the background passes the extension's
 * `indexedDB`, tests pass fake-indexeddb. Each write is one transaction that reads the article's
 * record, merges and trims, so two tabs reporting at once cannot lose each other's counts.
 */
import type { IDBPDatabase } from 'idb';
import { openHighlightDb } from '../highlights/db';
import { DB_NAME, MEMORY_STORE, type HighlightDb } from '../highlights/schema';
import { MEMORY_LIMITS, mergeVisit, type EntityCount, type ReadingVisit, type RememberedArticle } from './record';

export class MemoryStore {
  /** False once the connection closed (a newer version opened, or the browser closed it). */
  open = true;

  private constructor(
    private readonly db: IDBPDatabase<HighlightDb>,
    private readonly limit: number,
  ) {
    db.addEventListener('versionchange', () => {
      db.close();
      this.open = false;
    });
    db.addEventListener('close', () => {
      this.open = false;
    });
  }

  /** `limit`: how many articles to keep (the newest read); tests pass a small one. */
  static async open(factory: IDBFactory, name = DB_NAME, limit: number = MEMORY_LIMITS.articles): Promise<MemoryStore> {
    return new MemoryStore(await openHighlightDb(factory, name), limit);
  }

  close(): void {
    this.db.close();
    this.open = false;
  }

  /**
   * Remembers that `visit` named these entities, then forgets the articles read longest ago beyond
   * the limit. Returns the stored record, or null when nothing was named (an existing record is
   * then left as it was).
   */
  async record(visit: ReadingVisit, counts: readonly EntityCount[], now = Date.now()): Promise<RememberedArticle | null> {
    const transaction = this.db.transaction(MEMORY_STORE, 'readwrite');
    const existing = await transaction.store.get(visit.url);
    const merged = mergeVisit(existing, visit, counts, now);
    if (merged) {
      await transaction.store.put(merged);
      let excess = (await transaction.store.count()) - this.limit;
      for (let cursor = await transaction.store.index('lastRead').openCursor(); cursor && excess > 0; cursor = await cursor.continue()) {
        await cursor.delete();
        excess--;
      }
    }
    await transaction.done;
    return merged;
  }

  get(url: string): Promise<RememberedArticle | undefined> {
    return this.db.get(MEMORY_STORE, url);
  }

  /** The articles that named the entity, last read first. */
  async forEntity(entityId: string): Promise<RememberedArticle[]> {
    const articles = await this.db.getAllFromIndex(MEMORY_STORE, 'entityIds', entityId);
    return articles.sort((a, b) => b.lastRead - a.lastRead);
  }

  /**
   * The `limit` articles last read that named the entity, and how many did. An entity named almost
   * everywhere ("Russia") is found walking back from the latest reading, so a card never loads
   * hundreds of records to show five.
   */
  async latestForEntity(entityId: string, limit: number): Promise<{ total: number; articles: RememberedArticle[] }> {
    const transaction = this.db.transaction(MEMORY_STORE);
    const total = await transaction.store.index('entityIds').count(entityId);
    let articles: RememberedArticle[] = [];
    if (total <= limit * 20) {
      articles = (await transaction.store.index('entityIds').getAll(entityId)).sort((a, b) => b.lastRead - a.lastRead).slice(0, limit);
    } else {
      for (let cursor = await transaction.store.index('lastRead').openCursor(null, 'prev'); cursor && articles.length < limit; cursor = await cursor.continue()) {
        if (cursor.value.entityIds.includes(entityId)) articles.push(cursor.value);
      }
    }
    await transaction.done;
    return { total, articles };
  }

  /** Last read first. */
  async all(): Promise<RememberedArticle[]> {
    return (await this.db.getAllFromIndex(MEMORY_STORE, 'lastRead')).reverse();
  }

  count(): Promise<number> {
    return this.db.count(MEMORY_STORE);
  }

  /** Forgets every article; returns how many there were. Highlights are another store and stay. */
  async clear(): Promise<number> {
    const transaction = this.db.transaction(MEMORY_STORE, 'readwrite');
    const count = await transaction.store.count();
    await transaction.store.clear();
    await transaction.done;
    return count;
  }
}
