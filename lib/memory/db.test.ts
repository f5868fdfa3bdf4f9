import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightStore } from '../highlights/db';
import { draft } from '../highlights/testing';
import { MemoryStore } from './db';
import { checkVisit, countMentions, MEMORY_LIMITS, type ReadingVisit } from './record';

let stores: { close(): void }[] = [];
afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
});

async function open(factory = new IDBFactory(), limit?: number): Promise<MemoryStore> {
  const store = await MemoryStore.open(factory, 'test', limit);
  stores.push(store);
  return store;
}

const visit = (path: string, session = 'session-1', title = `Story ${path}`): ReadingVisit => ({
  url: `https://news.test/${path}`,
  title,
  published: '2022-06-25',
  session,
});
const names = (...ids: string[]) => countMentions(ids.map((entityId) => ({ entityId })));

describe('MemoryStore', () => {
  it('remembers an article with its entities and counts, found by entity and by URL', async () => {
    const store = await open();
    const saved = await store.record(visit('a'), names('tokayev', 'putin', 'tokayev', 'kazakhstan', 'tokayev'), 1000);
    expect(saved).toMatchObject({ url: 'https://news.test/a', title: 'Story a', published: '2022-06-25', firstRead: 1000, lastRead: 1000, visits: 1 });
    expect(saved!.entities).toEqual([
      { id: 'tokayev', count: 3 },
      { id: 'kazakhstan', count: 1 },
      { id: 'putin', count: 1 },
    ]);
    expect(await store.get('https://news.test/a')).toEqual(saved);
    expect((await store.forEntity('putin')).map((article) => article.url)).toEqual(['https://news.test/a']);
    expect(await store.forEntity('zelenskyy')).toEqual([]);
  });

  it('keeps no page text: a record holds only URL, title, day, times, session ids and entity counts', async () => {
    const store = await open();
    const saved = (await store.record(visit('a'), names('tokayev'), 1000))!;
    expect(Object.keys(saved).sort()).toEqual(['entities', 'entityIds', 'firstRead', 'lastRead', 'published', 'sessions', 'title', 'url', 'visits']);
  });

  it('updates on a revisit instead of adding a second record, replacing the counts', async () => {
    const store = await open();
    await store.record(visit('a', 'first-visit'), names('tokayev', 'tokayev', 'putin'), 1000);
    const revisited = await store.record(visit('a', 'second-visit', 'Story a (updated)'), names('tokayev', 'zatulin'), 5000);
    expect(await store.count()).toBe(1);
    expect(revisited).toMatchObject({ firstRead: 1000, lastRead: 5000, visits: 2, title: 'Story a (updated)' });
    expect(revisited!.entities).toEqual([
      { id: 'tokayev', count: 1 },
      { id: 'zatulin', count: 1 },
    ]);
    expect(await store.forEntity('putin')).toEqual([]);
  });

  it('adds up text that arrives later in the same reading session', async () => {
    const store = await open();
    await store.record(visit('a', 'tab-1'), names('tokayev', 'putin'), 1000);
    const more = await store.record(visit('a', 'tab-1'), names('tokayev', 'nato'), 1200);
    expect(more).toMatchObject({ visits: 1, lastRead: 1200 });
    expect(more!.entities).toEqual([
      { id: 'tokayev', count: 2 },
      { id: 'nato', count: 1 },
      { id: 'putin', count: 1 },
    ]);
  });

  it('normalises the URL like highlights do, so tracking links and fragments reach the same record', async () => {
    const store = await open();
    await store.record(checkVisit({ ...visit('a', 'one'), url: 'https://news.test/a?utm_source=newsletter#comments' }), names('tokayev'), 1000);
    await store.record(checkVisit({ ...visit('a', 'two'), url: 'https://news.test/a?fbclid=xyz' }), names('tokayev'), 2000);
    expect((await store.all()).map((article) => [article.url, article.visits])).toEqual([['https://news.test/a', 2]]);
  });

  it('remembers nothing for an article that names no entity, and leaves an existing record alone', async () => {
    const store = await open();
    expect(await store.record(visit('empty'), [], 1000)).toBeNull();
    expect(await store.count()).toBe(0);
    await store.record(visit('a', 'one'), names('tokayev'), 1000);
    expect(await store.record(visit('a', 'two'), [], 2000)).toBeNull();
    expect(await store.get('https://news.test/a')).toMatchObject({ lastRead: 1000, visits: 1 });
  });

  it('keeps the newest articles by last reading once the cap is reached', async () => {
    const store = await open(new IDBFactory(), 3);
    for (const [n, path] of ['a', 'b', 'c'].entries()) await store.record(visit(path), names('tokayev'), 1000 + n);
    await store.record(visit('a', 'again'), names('tokayev'), 2000); // a revisit makes "a" recent again
    await store.record(visit('d'), names('tokayev'), 3000);
    expect((await store.all()).map((article) => article.url.slice(-1))).toEqual(['d', 'a', 'c']);
    expect(await store.count()).toBe(3);
  });

  it('caps the entities of one article to the most named', async () => {
    const store = await open();
    const many = Array.from({ length: MEMORY_LIMITS.entitiesPerArticle + 50 }, (_, n) => `entity-${String(n).padStart(4, '0')}`);
    const saved = await store.record(visit('long'), names(...many, 'entity-0340', 'entity-0340'), 1000);
    expect(saved!.entities).toHaveLength(MEMORY_LIMITS.entitiesPerArticle);
    // The one named most comes first, though it sorts last by name; those cut are the last by name.
    expect(saved!.entities[0]).toEqual({ id: 'entity-0340', count: 3 });
    expect(saved!.entityIds).not.toContain('entity-0349');
  });

  it('finds the latest articles naming an entity, and how many, whether it is named rarely or almost everywhere', async () => {
    const store = await open();
    for (let n = 0; n < 120; n++) await store.record(visit(`p${n}`), names('russia', ...(n % 10 === 0 ? ['tokayev'] : [])), 1000 + ((n * 37) % 120));
    const everywhere = await store.latestForEntity('russia', 5);
    const rare = await store.latestForEntity('tokayev', 5);
    for (const [found, id] of [[everywhere, 'russia'], [rare, 'tokayev']] as const) {
      const expected = (await store.forEntity(id)).slice(0, 5);
      expect(found.articles.map((article) => article.url)).toEqual(expected.map((article) => article.url));
      expect(found.total).toBe((await store.forEntity(id)).length);
    }
    expect(everywhere.total).toBe(120);
    expect(rare.total).toBe(12);
  });

  it('loses no article when many tabs report at once', async () => {
    const store = await open();
    await Promise.all(Array.from({ length: 30 }, (_, n) => store.record(visit(`p${n % 10}`, `tab-${n}`), names('tokayev', `e${n}`), 1000 + n)));
    expect(await store.count()).toBe(10);
    expect((await store.forEntity('tokayev')).length).toBe(10);
  });

  it('clears every article and nothing else: highlights in the same database stay', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const highlights = await HighlightStore.open(factory, 'test');
    stores.push(highlights);
    await highlights.save(draft({ entityIds: ['tokayev'] }));
    for (const path of ['a', 'b']) await store.record(visit(path), names('tokayev'), 1000);
    expect(await store.clear()).toBe(2);
    expect(await store.count()).toBe(0);
    expect(await store.forEntity('tokayev')).toEqual([]);
    expect(await highlights.byEntity('tokayev')).toHaveLength(1);
  });
});

describe('checkVisit', () => {
  it('refuses what a page could not have sent: non-web URLs, malformed days, no session', () => {
    expect(() => checkVisit({ ...visit('a'), url: 'javascript:alert(1)' })).toThrow(/url/);
    expect(() => checkVisit({ ...visit('a'), published: 'June 25' })).toThrow(/published/);
    expect(() => checkVisit({ ...visit('a'), session: '' })).toThrow(/session/);
    expect(() => checkVisit({ url: 'https://news.test/a' })).toThrow();
  });

  it('trims a long title and collapses its whitespace', () => {
    const checked = checkVisit({ ...visit('a'), title: `  Tensions\n  flare ${'x'.repeat(2000)}` });
    expect(checked.title.startsWith('Tensions flare x')).toBe(true);
    expect(checked.title.length).toBe(MEMORY_LIMITS.title);
  });
});
