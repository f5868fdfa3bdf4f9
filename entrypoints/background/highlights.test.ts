import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { toAnnotationJson } from '@/lib/highlights/webAnnotation';
import type { Highlight } from '@/lib/highlights/record';
import { SEARCH_PAGE_SIZE } from '@/lib/highlights/protocol';
import { draft } from '@/lib/highlights/testing';

// Labels come from the KB; without one, searches still work with ids.
vi.mock('./reading', () => ({ readingKb: async () => Promise.reject(new Error('no KB in this test')) }));

type HighlightsModule = typeof import('./highlights');
let background: HighlightsModule;
let library: Browser.runtime.MessageSender;
const tab = { tab: { id: 3 }, url: 'https://example-news.test/story' } as Browser.runtime.MessageSender;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
  indexedDB.deleteDatabase('backstory-highlights');
  // A fresh background each time: the in-memory index starts empty, as after a worker restart.
  vi.resetModules();
  background = await import('./highlights');
  library = { url: fakeBrowser.runtime.getURL('/library.html') } as Browser.runtime.MessageSender;
});

const search = async (query: string) =>
  (await background.highlightHandlers.highlightSearch({ query, filters: {} }, library)).results.map((record) => record.text);

describe('library search in the background', () => {
  it('sees every save, edit, delete and undo made after its first search', async () => {
    const { highlightHandlers: handlers } = background;
    const first = await handlers.highlightSave({ draft: draft({ text: 'Tokayev spoke at the forum' }) }, tab);
    expect(await search('tokayev')).toEqual(['Tokayev spoke at the forum']);

    const second = await handlers.highlightSave({ draft: draft({ text: 'Putin answered from the stage' }) }, tab);
    expect(await search('putin')).toEqual(['Putin answered from the stage']);

    await handlers.highlightUpdate({ id: first.id, patch: { note: 'émigré reporters asked about Putin' } }, tab);
    expect(await search('emigre')).toEqual(['Tokayev spoke at the forum']);
    expect((await search('putin')).sort()).toEqual(['Putin answered from the stage', 'Tokayev spoke at the forum']);

    const { deleted } = await handlers.highlightDelete({ id: second.id }, tab);
    expect(await search('putin')).toEqual(['Tokayev spoke at the forum']);
    const facets = await handlers.highlightSearch({ query: '', filters: {} }, library);
    expect(facets.total).toBe(1);
    expect(facets.facets.colours).toEqual([{ value: 'yellow', count: 1 }]);

    await handlers.highlightUndo({ highlight: deleted! }, tab);
    expect(await search('stage')).toEqual(['Putin answered from the stage']);
  });

  it('sees imported records, and an import that changes nothing leaves results as they were', async () => {
    const { highlightHandlers: handlers } = background;
    await handlers.highlightSave({ draft: draft({ text: 'Sanctions were the forum’s theme' }) }, tab);
    expect(await search('sanctions')).toHaveLength(1);

    const imported: Highlight[] = [
      { ...draft({ text: 'Sanctions on grain shipments', colour: 'blue' }), id: 'imported-1', createdAt: 10, updatedAt: 10 },
      { ...draft({ text: 'Security treaty obligations' }), id: 'imported-2', createdAt: 20, updatedAt: 20 },
    ];
    const text = toAnnotationJson(imported);
    expect(await handlers.highlightImport({ text }, library)).toMatchObject({ added: 2 });
    expect(await search('sanctions')).toEqual(['Sanctions were the forum’s theme', 'Sanctions on grain shipments']);
    expect(await search('treaty')).toEqual(['Security treaty obligations']);

    expect(await handlers.highlightImport({ text }, library)).toMatchObject({ added: 0, updated: 0 });
    expect((await handlers.highlightSearch({ query: '', filters: {} }, library)).total).toBe(3);

    // A later edit of an imported record replaces it; an older copy does not.
    const edited = { ...imported[0]!, note: 'wheat and barley', updatedAt: 30 };
    const stale = { ...imported[1]!, note: 'an older thought', updatedAt: 5 };
    expect(await handlers.highlightImport({ text: toAnnotationJson([edited, stale]) }, library)).toMatchObject({ updated: 1, unchanged: 1 });
    expect(await search('barley')).toEqual(['Sanctions on grain shipments']);
    expect(await search('older')).toEqual([]);
    expect((await handlers.highlightSearch({ query: '', filters: {} }, library)).total).toBe(3);
  });

  it('answers the newest first without a query, as the store lists them', async () => {
    const { highlightHandlers: handlers } = background;
    for (const text of ['one', 'two', 'three']) await handlers.highlightSave({ draft: draft({ text: `passage ${text}` }) }, tab);
    vi.resetModules();
    const fresh = await import('./highlights');
    const fromStore = (await (await fresh.highlightStore()).all()).map((record) => record.text);
    const listed = (await fresh.highlightHandlers.highlightSearch({ query: '', filters: {} }, library)).results.map((record) => record.text);
    expect(listed).toEqual(fromStore);
    expect(new Set(listed)).toEqual(new Set(['passage one', 'passage two', 'passage three']));
  });

  it('sends the best page of a large result and counts every match', async () => {
    const { highlightHandlers: handlers } = background;
    const records: Highlight[] = Array.from({ length: SEARCH_PAGE_SIZE + 50 }, (_, n) => ({
      ...draft({ text: n % 2 ? `Grain corridor note ${n}` : `Sanctions note ${n}` }),
      id: `bulk-${n}`,
      createdAt: n,
      updatedAt: n,
    }));
    await handlers.highlightImport({ text: toAnnotationJson(records) }, library);

    const all = await handlers.highlightSearch({ query: '', filters: {} }, library);
    expect(all.results).toHaveLength(SEARCH_PAGE_SIZE);
    expect(all.matched).toBe(records.length);
    expect(all.total).toBe(records.length);

    // A page is the head of the whole ranking, not a ranking of some first records.
    const grain = await handlers.highlightSearch({ query: 'grain', filters: {}, limit: 10 }, library);
    const everyGrain = await handlers.highlightSearch({ query: 'grain', filters: {}, limit: 1000 }, library);
    expect(grain.matched).toBe(records.length / 2);
    expect(everyGrain.results).toHaveLength(records.length / 2);
    expect(grain.results).toEqual(everyGrain.results.slice(0, 10));

    const more = await handlers.highlightSearch({ query: '', filters: {}, limit: SEARCH_PAGE_SIZE * 2 }, library);
    expect(more.results.map((record) => record.id)).toEqual([...records].reverse().map((record) => record.id));
  });
});
