/**
 * The misquote in Firefox ESR: sample 004's quotation flagged "negation missing" (painted, listed
 * and shown on hover), sample 000's matching quotation not. The card lives in a closed shadow root,
 * so its text is read from the content script's diagnostics, asked from an extension page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxUnavailableReason, launchFirefox, type FirefoxSession, poll, readingOf } from './firefox';

const skipReason = firefoxUnavailableReason();
if (skipReason) console.warn(`Firefox quote-check tier skipped: ${skipReason}`);

/** A point on `word` right after `before` in the article body, scrolled into view. */
function pointOnText(page: Page, before: string, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (lead, needle) => {
      const walker = document.createTreeWalker(document.querySelector('.article-body')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(lead + needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + lead.length);
        range.setEnd(node, at + lead.length + needle.length);
        window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${lead}${needle}" is not in the article body`);
    },
    before,
    word,
  );
}

describe.skipIf(skipReason !== null)('quote check in Firefox ESR', () => {
  let session: FirefoxSession;
  let extensionPage: Page;
  beforeAll(async () => {
    session = await launchFirefox();
    extensionPage = await session.openExtensionPage('library.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('flags the misquote of sample 004 as a missing negation and shows it on hover', async () => {
    const article = await session.openSample('004_82964e3a3d4d29cf.html');
    await article.bringToFront();
    const reading = await poll(() => readingOf(extensionPage, article.url()), (value) => value?.state === 'annotated' && !!value.quotes?.length);
    const flagged = reading?.quotes?.filter((quote) => quote.verdict === 'negation-missing');
    expect(flagged).toEqual([{ index: expect.any(Number), verdict: 'negation-missing', speaker: 'kassym-jomart-tokayev', text: expect.stringMatching(/^That’s why we recognize Taiwan/) }]);
    expect(await article.evaluate(() => CSS.highlights.get('backstory-quote-differs')?.size ?? 0)).toBe(1);

    const point = await pointOnText(article, 'That’s why we ', 'recognize');
    await article.mouse.move(Math.max(1, point.x - 60), Math.max(1, point.y - 50));
    await article.mouse.move(point.x, point.y, { steps: 4 });
    const open = await poll(() => readingOf(extensionPage, article.url()), (value) => !!value?.openCard);
    expect(open?.openCard?.text).toContain('Differs: a negation is missing');
    expect(open?.openCard?.text).toMatch(/\[negation not in the article: [^\]]*\bnot\b/);
    await article.close();
  });

  it('does not flag sample 000, whose quotation matches the record', async () => {
    const article = await session.openSample('000_40a4911dea31cc08.html');
    await article.bringToFront();
    const reading = await poll(() => readingOf(extensionPage, article.url()), (value) => value?.state === 'annotated' && !!value.quotes?.length);
    expect(reading?.quotes?.map((quote) => quote.verdict)).not.toContain('negation-missing');
    expect(reading?.quotes).toContainEqual(expect.objectContaining({ verdict: 'matches', text: expect.stringMatching(/^For this reason we do not recognize Taiwan/) }));
    expect(await article.evaluate(() => CSS.highlights.get('backstory-quote-differs')?.size ?? 0)).toBe(0);
    await article.close();
  });
});
