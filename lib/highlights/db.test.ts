import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightStore, StorageFullError } from './db';
import { draft } from './testing';

let store: HighlightStore;
const open = async () => (store = await HighlightStore.open(new IDBFactory()));
afterEach(() => store?.close());

describe('HighlightStore', () => {
  it('saves a draft with a UUID and times, and finds it by page, tag and entity', async () => {
    await open();
    const saved = await store.save(draft({ tags: ['Russia'], entityIds: ['kassym-jomart-tokayev'], note: 'why it matters' }), 1000);
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(saved).toMatchObject({ createdAt: 1000, updatedAt: 1000, note: 'why it matters' });
    expect(await store.forUrl('https://example-news.test/story')).toEqual([saved]);
    expect(await store.byTag('Russia')).toEqual([saved]);
    expect(await store.byEntity('kassym-jomart-tokayev')).toEqual([saved]);
    expect(await store.forUrl('https://example-news.test/other')).toEqual([]);
  });

  it('refuses a malformed draft and writes nothing', async () => {
    await open();
    await expect(store.save({ ...draft(), colour: 'chartreuse' })).rejects.toThrow(/colour/);
    await expect(store.save({ ...draft(), url: 'javascript:alert(1)' })).rejects.toThrow(/url/);
    expect(await store.count()).toBe(0);
  });

  it('updates note, colour and tags, keeping the rest and moving updatedAt forward', async () => {
    await open();
    const saved = await store.save(draft(), 1000);
    const updated = await store.update(saved.id, { note: 'later thought', tags: ['#energy', 'Energy', ' policy '] }, 1000);
    expect(updated).toMatchObject({ note: 'later thought', tags: ['energy', 'policy'], colour: 'yellow', text: saved.text, createdAt: 1000 });
    expect(updated.updatedAt).toBeGreaterThan(saved.updatedAt);
    await expect(store.update('missing', { note: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('deletes returning the record, and restoring it undoes the delete exactly', async () => {
    await open();
    const saved = await store.save(draft({ note: 'keep me' }));
    const deleted = await store.remove(saved.id);
    expect(deleted).toEqual(saved);
    expect(await store.get(saved.id)).toBeUndefined();
    expect(await store.remove(saved.id)).toBeNull();
    await store.restore(deleted);
    expect(await store.get(saved.id)).toEqual(saved);
  });

  it('loses nothing when many saves and edits of one record run at once (two tabs)', async () => {
    await open();
    const target = await store.save(draft());
    const saves = Array.from({ length: 40 }, (_, i) => store.save(draft({ note: `tab ${i % 2}` })));
    const edits = [store.update(target.id, { note: 'from tab A' }), store.update(target.id, { colour: 'blue' }), store.update(target.id, { tags: ['from-tab-b'] })];
    await Promise.all([...saves, ...edits]);
    expect(await store.count()).toBe(41);
    expect(await store.get(target.id)).toMatchObject({ note: 'from tab A', colour: 'blue', tags: ['from-tab-b'] });
  });

  it('reports a full disk as StorageFullError with a message for the reader', async () => {
    await open();
    const { IDBObjectStore: Store } = globalThis;
    vi.spyOn(Store.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const attempt = store.save(draft());
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(/storage is full/);
  });

  it('imports new records, replaces only newer ones, and adds nothing the second time', async () => {
    await open();
    const existing = await store.save(draft({ note: 'old' }), 1000);
    const newer = { ...existing, note: 'edited elsewhere', updatedAt: 5000 };
    const fresh = { ...(await store.save(draft(), 2000)) };
    await store.remove(fresh.id);
    expect(await store.importRecords([newer, fresh])).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(await store.importRecords([newer, fresh])).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await store.count()).toBe(2);
    expect((await store.get(existing.id))!.note).toBe('edited elsewhere');
  });

  it('imports all or nothing: one invalid record stops the whole import', async () => {
    await open();
    const good = { ...draft(), id: 'a', createdAt: 1, updatedAt: 1 };
    const bad = { ...draft(), id: 'b', createdAt: 1, updatedAt: 1, colour: 'mauve' };
    await expect(store.importRecords([good, bad as never])).rejects.toThrow(/colour/);
    expect(await store.count()).toBe(0);
  });
});
