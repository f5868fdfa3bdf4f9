/**
 * Reading memory in Firefox ESR: two sample articles read → the card of an entity named in both
 * says "In 2 articles you read"; the library's clear button forgets them and the line is gone.
 * The card lives in a closed shadow root, so its text is read from the content script's
 * diagnostics (`pageReading`), asked from an extension page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickButton, firefoxUnavailableReason, launchFirefox, type FirefoxSession, poll, readingOf, waitInPage } from './firefox';
import type { ExtensionApi } from './extension-api';

const skipReason = firefoxUnavailableReason();
if (skipReason) console.warn(`Firefox reading-memory tier skipped: ${skipReason}`);

const FIRST = '000_40a4911dea31cc08.html';
const SECOND = '002_0ba280227a6e1ec8.html';
const TOKAYEV = 'kassym-jomart-tokayev';

interface Overview {
  articleCount: number;
  entities: { id: string; articles: number }[];
}

describe.skipIf(skipReason !== null)('reading memory in Firefox ESR', () => {
  let session: FirefoxSession;
  let extensionPage: Page;

  /** The memory as the library and the popup see it. */
  const overview = (): Promise<Overview> =>
    extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const reply = (await api.runtime.sendMessage({ type: 'memoryOverview', payload: {} })) as { ok: boolean; value: Overview; error?: string };
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    });

  /** Opens a sample and waits until it is annotated and the memory holds `remembered` articles. */
  async function read(sample: string, remembered: number): Promise<Page> {
    const article = await session.openSample(sample);
    await article.bringToFront();
    expect((await poll(() => readingOf(extensionPage, article.url()), (reading) => reading?.state === 'annotated'))?.state).toBe('annotated');
    expect((await poll(overview, (value) => value.articleCount === remembered)).articleCount).toBe(remembered);
    return article;
  }

  /** Hovers the first Tokayev mark; returns the card's text once its memory line has loaded. */
  async function tokayevCard(article: Page): Promise<string> {
    const point = await article.evaluate(() => {
      const ranges = ([...(CSS.highlights.get('backstory-entity') ?? [])] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges.find((candidate) => /^(Kassym-Jomart )?Tokayev$/.test(candidate.toString()));
      if (!range) throw new Error('no Tokayev mark');
      window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 };
    });
    await article.mouse.move(Math.max(1, point.x - 60), Math.max(1, point.y - 50));
    await article.mouse.move(point.x, point.y, { steps: 4 });
    // The memory line arrives a moment after the card (one IndexedDB read in the background).
    const open = await poll(
      () => readingOf(extensionPage, article.url()),
      (reading) => reading?.openCard?.entityId === TOKAYEV && reading.openCard.busy === false,
    );
    expect(open?.openCard).toMatchObject({ entityId: TOKAYEV, busy: false });
    return open!.openCard!.text;
  }

  beforeAll(async () => {
    session = await launchFirefox();
    // The extension page first, so asking it later does not take focus from the article.
    extensionPage = await session.openExtensionPage('library.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says "In 2 articles you read" on the card of an entity named in both articles read', async () => {
    const first = await read(FIRST, 1);
    // Alone, the article being read is no news: no memory line.
    expect(await tokayevCard(first)).not.toMatch(/articles? you read/);
    await first.close();

    const second = await read(SECOND, 2);
    expect(await tokayevCard(second)).toContain('In 2 articles you read');
    await second.close();
    // The library's entity filter sees the same.
    expect((await overview()).entities.find((entity) => entity.id === TOKAYEV)?.articles).toBe(2);
  });

  it('forgets both with the library’s clear button; the card line is gone', async () => {
    // A library opened now shows the memory as it is (the one opened first read it empty); the
    // query tells its tab apart from that one's.
    const library = await session.openExtensionPage('library.html?memory');
    await waitInPage(library, () => /^2 articles remembered on this device/m.test(document.body.innerText));
    await clickButton(library, 'Clear reading memory…');
    await clickButton(library, 'Clear memory');
    await waitInPage(library, () => document.body.innerText.includes('Reading memory cleared: 2 articles forgotten.'));
    expect((await overview()).articleCount).toBe(0);
    await library.close();

    // Read again, this article is remembered alone: nothing from before the clear is left.
    const again = await read(SECOND, 1);
    expect(await tokayevCard(again)).not.toMatch(/articles? you read/);
    await again.close();
  });
});
