import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isReadingPaused, readingSettings, setPausedEverywhere, setSitePaused, siteOf } from './settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('reading settings', () => {
  it('start with reading on everywhere', async () => {
    expect(await readingSettings.getValue()).toEqual({ pausedEverywhere: false, pausedSites: [] });
  });

  it('remember a paused site in storage.local, and forget it when resumed', async () => {
    await setSitePaused('example.com', true);
    await setSitePaused('news.test', true);
    expect((await fakeBrowser.storage.local.get('readingSettings')).readingSettings).toEqual({
      pausedEverywhere: false,
      pausedSites: ['example.com', 'news.test'],
    });
    await setSitePaused('example.com', false);
    expect((await readingSettings.getValue()).pausedSites).toEqual(['news.test']);
  });

  it('pause everywhere without losing the per-site choices', async () => {
    await setSitePaused('example.com', true);
    await setPausedEverywhere(true);
    const settings = await readingSettings.getValue();
    expect(isReadingPaused(settings, 'other.test')).toBe(true);
    await setPausedEverywhere(false);
    const after = await readingSettings.getValue();
    expect(isReadingPaused(after, 'other.test')).toBe(false);
    expect(isReadingPaused(after, 'example.com')).toBe(true);
  });

  it('tell watchers about changes', async () => {
    const seen: boolean[] = [];
    const unwatch = readingSettings.watch((value) => seen.push(value.pausedEverywhere));
    await setPausedEverywhere(true);
    await setPausedEverywhere(false);
    unwatch();
    expect(seen).toEqual([true, false]);
  });
});

describe('siteOf', () => {
  it('names web pages by host, and nothing else', () => {
    expect(siteOf('https://WWW.Example.com/a?b#c')).toBe('www.example.com');
    expect(siteOf('http://127.0.0.1:8080/x.html')).toBe('127.0.0.1');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});
