import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxUnavailableReason, launchFirefox, type FirefoxSession, poll, readingOf } from './firefox';

const skipReason = firefoxUnavailableReason();
if (skipReason) console.warn(`Firefox reading tier skipped: ${skipReason}`);

const SAMPLE = '000_40a4911dea31cc08.html';

/** A point on the first occurrence of `text` in the article body, scrolled into view. */
function pointOnText(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((needle) => {
    const body = document.querySelector('.article-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(needle);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + needle.length);
      window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${needle}" is not in the article body`);
  }, text);
}

function cardHostAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(({ px, py }) => document.elementFromPoint(px, py)?.nodeName === 'BACKSTORY-CARD', { px: x, py: y });
}

describe.skipIf(skipReason !== null)('reading with context in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks the article and opens the right hover card, with the role as of the article’s date; Esc closes it', async () => {
    // The extension page first, so asking it later does not take focus from the article.
    const extensionPage = await session.openExtensionPage('library.html');
    const article = await session.openSample(SAMPLE);
    await article.bringToFront();
    const annotated = await poll(() => readingOf(extensionPage, article.url()), (reading) => reading?.state === 'annotated');
    expect(annotated?.state).toBe('annotated');
    const painted = await article.evaluate(() => CSS.highlights.get('backstory-entity')?.size ?? 0);
    expect(painted).toBeGreaterThan(10);

    const point = await pointOnText(article, 'Tokayev');
    await article.mouse.move(Math.max(1, point.x - 60), Math.max(1, point.y - 50));
    await article.mouse.move(point.x, point.y, { steps: 4 });
    const open = await poll(() => readingOf(extensionPage, article.url()), (reading) => !!reading?.openCard);
    expect(open?.openCard?.entityId).toBe('kassym-jomart-tokayev');
    expect(open?.openCard?.text).toContain('President of Kazakhstan since 2019 (as of 25 June 2022)');
    expect(open?.openCard?.text).toMatch(/Mentioned \d+ times on this page/);

    // The card is on screen beside the name, not over it.
    expect(await cardHostAt(article, point.x, point.y)).toBe(false);
    const onCard = await article.evaluate(() => {
      for (let y = 4; y < window.innerHeight; y += 12) {
        for (let x = 4; x < window.innerWidth; x += 12) {
          if (document.elementFromPoint(x, y)?.nodeName === 'BACKSTORY-CARD') return true;
        }
      }
      return false;
    });
    expect(onCard).toBe(true);

    await article.keyboard.press('Escape');
    const closed = await poll(() => readingOf(extensionPage, article.url()), (reading) => reading?.openCard === null);
    expect(closed?.openCard).toBeNull();
    await article.close();
    await extensionPage.close();
  });
});
