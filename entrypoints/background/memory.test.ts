import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { setRecordingMemory } from '@/utils/memory-settings';
import { memoryStore, rememberReading } from './memory-store';

vi.mock('./reading', () => ({
  readingKb: async () => {
    throw new Error('no KB in this test');
  },
}));

const { memoryHandlers } = await import('./memory');

type Sender = Browser.runtime.MessageSender;
const tab = (incognito = false): Sender => ({ tab: { id: 7, incognito } as Browser.tabs.Tab, url: 'https://news.test/story' });
const extensionPage = (): Sender => ({ url: fakeBrowser.runtime.getURL('/library.html') });
const page = (path: string, session = path) => ({ url: `https://news.test/${path}?utm_source=feed`, title: `Story ${path}`, published: '2022-06-25', session });
const mentions = (...ids: string[]) => ids.map((entityId) => ({ entityId }));

beforeEach(async () => {
  fakeBrowser.reset();
  await (await memoryStore()).clear();
});

describe('recording from recognize', () => {
  it('remembers the page with its entities under its normalised URL', async () => {
    await rememberReading(page('a'), mentions('tokayev', 'tokayev', 'putin'), tab());
    const stored = await (await memoryStore()).get('https://news.test/a');
    expect(stored?.entities).toEqual([
      { id: 'tokayev', count: 2 },
      { id: 'putin', count: 1 },
    ]);
  });

  it('records nothing while the switch is off, from a private window, or without a page', async () => {
    await setRecordingMemory(false);
    await rememberReading(page('off'), mentions('tokayev'), tab());
    await setRecordingMemory(true);
    await rememberReading(page('private'), mentions('tokayev'), tab(true));
    await rememberReading(undefined, mentions('tokayev'), tab());
    await rememberReading({ url: 'javascript:void 0', title: '', published: null, session: 'x' }, mentions('tokayev'), tab());
    expect(await (await memoryStore()).count()).toBe(0);
    await rememberReading(page('on'), mentions('tokayev'), tab());
    expect(await (await memoryStore()).count()).toBe(1);
  });
});

describe('memory messages', () => {
  it('give a page’s card the latest few articles, and the library all of them', async () => {
    for (let n = 0; n < 8; n++) await rememberReading(page(`p${n}`), mentions('tokayev'), tab());
    const card = await memoryHandlers.memoryForEntity({ entityId: 'tokayev', limit: 100 }, tab());
    expect(card.articleCount).toBe(8);
    expect(card.articles).toHaveLength(5);
    const library = await memoryHandlers.memoryForEntity({ entityId: 'tokayev', limit: 100 }, extensionPage());
    expect(library.articles).toHaveLength(8);
    expect(library.highlightCount).toBe(0);
  });

  it('clear and describe the memory only for Backstory’s own pages', async () => {
    await rememberReading(page('a'), mentions('tokayev', 'putin'), tab());
    await rememberReading(page('b'), mentions('tokayev'), tab());
    await expect(async () => memoryHandlers.memoryClear({}, tab())).rejects.toThrow(/Only Backstory/);
    await expect(async () => memoryHandlers.memoryOverview({}, tab())).rejects.toThrow(/Only Backstory/);
    const overview = await memoryHandlers.memoryOverview({}, extensionPage());
    expect(overview).toMatchObject({ recording: true, articleCount: 2 });
    // Without the KB, ids stand in for names (label null), most read about first.
    expect(overview.entities).toEqual([
      { id: 'tokayev', label: null, articles: 2 },
      { id: 'putin', label: null, articles: 1 },
    ]);
    expect(await memoryHandlers.memoryClear({}, extensionPage())).toEqual({ cleared: 2 });
    expect((await memoryHandlers.memoryOverview({}, extensionPage())).articleCount).toBe(0);
  });
});
