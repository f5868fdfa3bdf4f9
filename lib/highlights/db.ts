/**
 * Access to the highlights database through idb. The factory is an argument: the background passes
 * the extension's `indexedDB`, tests pass fake-indexeddb.
 *
 * Every write is one IndexedDB transaction, and read-modify-write happens inside it: IndexedDB
 * runs overlapping read-write transactions on a store one after another, so two tabs saving or
 * editing at once cannot overwrite each other's changes.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, SCHEMA_VERSION, STORE, migrate, type HighlightDb } from './schema';
import { checkDraft, checkHighlight, checkPatch, type Highlight, type HighlightPatch } from './record';

/** The browser refused to store more: the reader must hear about it, never lose a note silently. */
export class StorageFullError extends Error {
  constructor() {
    super('Your browser refused to store more highlights because its storage is full. Free some disk space or delete old highlights, then try again.');
    this.name = 'StorageFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' || (name === 'UnknownError' && /quota|space/i.test(String((error as Error).message)));
}

async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}

export async function openHighlightDb(factory: IDBFactory, name = DB_NAME): Promise<IDBPDatabase<HighlightDb>> {
  const request = factory.open(name, SCHEMA_VERSION);
  let migrationError: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const transaction = wrap(request.transaction!) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    migrate(wrap(request.result) as IDBPDatabase<unknown>, event.oldVersion, event.newVersion ?? SCHEMA_VERSION, transaction).catch((error: unknown) => {
      migrationError = error;
      // Aborting the upgrade leaves the database exactly as it was: no half-migrated records.
      try {
        request.transaction?.abort();
      } catch {
        // Already finished or aborted.
      }
    });
  });
  try {
    return await (wrap(request) as unknown as Promise<IDBPDatabase<HighlightDb>>);
  } catch (error) {
    throw migrationError ?? error;
  }
}

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
}

export class HighlightStore {
  /** False once the connection closed (a newer version opened, or the browser closed it). */
  open = true;

  private constructor(private readonly db: IDBPDatabase<HighlightDb>) {
    // Let a newer version of the extension upgrade the database instead of waiting on us.
    db.addEventListener('versionchange', () => {
      db.close();
      this.open = false;
    });
    db.addEventListener('close', () => {
      this.open = false;
    });
  }

  static async open(factory: IDBFactory, name = DB_NAME): Promise<HighlightStore> {
    return new HighlightStore(await openHighlightDb(factory, name));
  }

  close(): void {
    this.db.close();
    this.open = false;
  }

  async save(draft: unknown, now = Date.now(), id: string = crypto.randomUUID()): Promise<Highlight> {
    const highlight = checkHighlight({ ...checkDraft(draft), id, createdAt: now, updatedAt: now });
    return guarded(async () => {
      await this.db.add(STORE, highlight);
      return highlight;
    });
  }

  get(id: string): Promise<Highlight | undefined> {
    return this.db.get(STORE, id);
  }

  async update(id: string, patch: unknown, now = Date.now()): Promise<Highlight> {
    const changes: HighlightPatch = checkPatch(patch);
    return guarded(async () => {
      const transaction = this.db.transaction(STORE, 'readwrite');
      const existing = await transaction.store.get(id);
      if (!existing) throw new Error('This highlight no longer exists: it was deleted, perhaps in another window.');
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const updated: Highlight = { ...existing, ...defined, updatedAt: Math.max(now, existing.updatedAt + 1) };
      await transaction.store.put(updated);
      await transaction.done;
      return updated;
    });
  }

  /** Deletes and returns the record, so the caller can offer to undo. */
  async remove(id: string): Promise<Highlight | null> {
    return guarded(async () => {
      const transaction = this.db.transaction(STORE, 'readwrite');
      const existing = await transaction.store.get(id);
      if (existing) await transaction.store.delete(id);
      await transaction.done;
      return existing ?? null;
    });
  }

  /** Puts a record back exactly as it was (undo of a delete or an edit). */
  async restore(record: unknown): Promise<Highlight> {
    const highlight = checkHighlight(record);
    return guarded(async () => {
      await this.db.put(STORE, highlight);
      return highlight;
    });
  }

  forUrl(url: string): Promise<Highlight[]> {
    return this.db.getAllFromIndex(STORE, 'url', url);
  }

  /** Newest first. */
  async all(): Promise<Highlight[]> {
    return (await this.db.getAllFromIndex(STORE, 'createdAt')).reverse();
  }

  byTag(tag: string): Promise<Highlight[]> {
    return this.db.getAllFromIndex(STORE, 'tags', tag);
  }

  byEntity(entityId: string): Promise<Highlight[]> {
    return this.db.getAllFromIndex(STORE, 'entityIds', entityId);
  }

  count(): Promise<number> {
    return this.db.count(STORE);
  }

  /**
   * Adds records that are new, replaces those that were edited later than the stored copy, and
   * leaves everything else alone, all in one transaction: an import lands whole or not at all,
   * and importing the same file twice changes nothing the second time.
   */
  async importRecords(records: readonly Highlight[]): Promise<ImportOutcome> {
    const checked = records.map((record) => checkHighlight(record));
    return guarded(async () => {
      const transaction = this.db.transaction(STORE, 'readwrite');
      const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0 };
      for (const record of checked) {
        const existing = await transaction.store.get(record.id);
        if (!existing) {
          await transaction.store.add(record);
          outcome.added++;
        } else if (record.updatedAt > existing.updatedAt) {
          await transaction.store.put(record);
          outcome.updated++;
        } else {
          outcome.unchanged++;
        }
      }
      await transaction.done;
      return outcome;
    });
  }
}
