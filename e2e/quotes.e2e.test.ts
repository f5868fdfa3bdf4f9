/**
 * Quote check and role descriptions in Chromium: quotation marks painted by verdict, the quote
 * card on hover and from the keyboard, a role description opening the person who held the office
 * at the article's date, and the popup's list of checked quotations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { openCard, pointOnMark, sampleHtml, waitForMarks } from './reading-helpers';

const MATCHING = '000_40a4911dea31cc08.html';
const MISQUOTING = '004_82964e3a3d4d29cf.html';
const DESCRIBING = '002_0ba280227a6e1ec8.html';
const DWELL_WAIT_MS = 600;
const QUOTE_NAMES = ['backstory-quote', 'backstory-quote-paraphrased', 'backstory-quote-differs'];

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** The texts painted under each quotation highlight name, once painting has settled. */
async function paintedQuotes(page: Page): Promise<Record<string, string[]>> {
  await waitForMarks(page, 10);
  return page.evaluate(
    (names) => Object.fromEntries(names.map((name) => [name, [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString())])),
    QUOTE_NAMES,
  );
}

/**
 * A point on `word` inside the painted quotation that starts with `quoteStart`, on a word no entity
 * mark covers (hovering a name opens the name's card), scrolled into view.
 */
function pointOnQuoteWord(page: Page, quoteStart: string, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ names, start, needle }) => {
      const quotes = names.flatMap((name) => [...(CSS.highlights.get(name) ?? [])] as Range[]);
      const quote = quotes.find((range) => range.toString().startsWith(start));
      if (!quote) throw new Error(`no painted quotation starts with ${start}`);
      const container = quote.commonAncestorContainer;
      const walker = document.createTreeWalker(container.nodeType === Node.TEXT_NODE ? container.parentNode! : container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!quote.intersectsNode(node)) continue;
        const at = node.textContent!.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${needle}" is not in the quotation`);
    },
    { names: QUOTE_NAMES, start: quoteStart, needle: word },
  );
}

async function hover(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(point.x - 60, point.y - 50);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForTimeout(DWELL_WAIT_MS);
}

describe('quotations checked against the record', () => {
  it('flags the misquote of sample 004 as a missing negation, and shows the difference word by word', async () => {
    const page = await session.openSample(MISQUOTING);
    const painted = await paintedQuotes(page);
    expect(painted['backstory-quote-differs']).toEqual([expect.stringMatching(/^That’s why we recognize Taiwan, Kosovo/)]);
    // The article's other quotations of recorded statements are painted too, quietly.
    expect(painted['backstory-quote-paraphrased']!.length).toBeGreaterThan(2);

    await hover(page, await pointOnQuoteWord(page, 'That’s why we recognize', 'recognize'));
    const card = await openCard(page);
    expect(card?.name).toBe('Differs: a negation is missing');
    expect(card?.text).toContain('Kassym-Jomart Tokayev, 17 June 2022');
    expect(card?.text).toMatch(/\[negation not in the article: [^\]]*\bnot\b[^\]]*\]/);
    expect(card?.text).toMatch(/Recorded by \S.* \((primary source|news agency|publication)\)/);
    await page.keyboard.press('Escape');
    expect(await openCard(page)).toBeNull();
    await page.close();
  });

  it('finds no misquote on sample 000, whose quotation of the same words matches the record', async () => {
    const page = await session.openSample(MATCHING);
    const painted = await paintedQuotes(page);
    expect(painted['backstory-quote-differs']).toEqual([]);
    expect(painted['backstory-quote']).toContainEqual(expect.stringMatching(/^For this reason we do not recognize Taiwan/));

    await hover(page, await pointOnQuoteWord(page, 'For this reason we do not recognize', 'reason'));
    const card = await openCard(page);
    expect(card?.name).toBe('Matches the record');
    expect(card?.text).toContain('Kassym-Jomart Tokayev, 17 June 2022');
    expect(card?.text).not.toContain('not in the article');
    await page.close();
  });

  it('opens the next checked quotation from the keyboard with focus in its card', async () => {
    const page = await session.openSample(MISQUOTING);
    await paintedQuotes(page);
    await page.keyboard.press('Alt+Shift+KeyQ');
    const first = await openCard(page);
    expect(first?.focused).toBe(true);
    expect(first?.name).toMatch(/^(Matches the record|Paraphrased|Differs: a negation (is missing|was added))$/);
    expect(await page.evaluate(() => CSS.highlights.get('backstory-quote-active')?.size)).toBe(1);
    // Sample 004 quotes Tokayev's paraphrased opening first, then the misquote.
    await page.keyboard.press('Alt+Shift+KeyQ');
    expect((await openCard(page))?.name).toBe('Differs: a negation is missing');
    await page.keyboard.press('Escape');
    expect(await openCard(page)).toBeNull();
    expect(await page.evaluate(() => CSS.highlights.has('backstory-quote-active'))).toBe(false);
    await page.close();
  });

  it('lists the checked quotations in the popup, and a keyboard press there opens one in the page', async () => {
    const page = await session.openSample(MISQUOTING);
    await paintedQuotes(page);
    const popup = await session.openPopup(page);
    const section = popup.getByRole('region', { name: /Quotations checked against the record/ });
    // (Chromium puts a space around the visually hidden punctuation: "missing , Kassym-Jomart Tokayev :".)
    const misquote = section.getByRole('button', { name: /^Differs: a negation is missing ?, Kassym-Jomart Tokayev ?: “That’s why we recognize/ });
    await misquote.waitFor();
    expect(await section.getByRole('button').count()).toBeGreaterThan(3);
    await misquote.focus();
    await popup.keyboard.press('Enter');
    await page.bringToFront();
    await expect.poll(async () => (await openCard(page))?.name, { timeout: 5_000 }).toBe('Differs: a negation is missing');
    await popup.close();
    await page.close();
  });
});

describe('role descriptions', () => {
  it('opens the person who held the office at the article’s date from a description', async () => {
    const page = await session.openSample(DESCRIBING);
    await waitForMarks(page, 10);
    await hover(page, await pointOnMark(page, 'Kazakh leader'));
    const card = await openCard(page);
    expect(card?.name).toBe('Kassym-Jomart Tokayev');
    expect(card?.text).toContain('President of Kazakhstan since 2019 (as of 23 June 2022)');
    expect(card?.text).toContain('Resolved from “Kazakh leader”: the President of Kazakhstan on 23 June 2022, the article’s date.');
    await page.close();
  });

  it('resolves the same words to another person when the article is dated before the change of office', async () => {
    const page = await session.context.newPage();
    const url = `${session.server.origin}/${DESCRIBING}`;
    // The same article, dated 2018: Kazakhstan's leader was then Nursultan Nazarbayev.
    const earlier = sampleHtml(DESCRIBING).replaceAll('2022-06-23T08:15:00+00:00', '2018-06-23T08:15:00+00:00');
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: earlier }));
    await page.goto(url);
    await waitForMarks(page, 10);
    await hover(page, await pointOnMark(page, 'Kazakh leader'));
    const card = await openCard(page);
    expect(card?.name).toBe('Nursultan Nazarbayev');
    expect(card?.text).toContain('President of Kazakhstan since 1990 (as of 23 June 2018)');
    expect(card?.text).toContain('Resolved from “Kazakh leader”: the President of Kazakhstan on 23 June 2018, the article’s date.');
    await page.close();
  });

  it('resolves “his Russian counterpart” to the holder of Tokayev’s office in Russia at the article’s date', async () => {
    const page = await session.context.newPage();
    const url = `${session.server.origin}/${DESCRIBING}`;
    // Unnamed, the description gets a mark of its own (named, the name has the mark).
    const unnamed = sampleHtml(DESCRIBING).replace('his Russian counterpart Vladimir Putin.', 'his Russian counterpart.');
    expect(unnamed).not.toBe(sampleHtml(DESCRIBING));
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: unnamed }));
    await page.goto(url);
    await waitForMarks(page, 10);
    await hover(page, await pointOnMark(page, 'Russian counterpart'));
    const card = await openCard(page);
    expect(card?.name).toBe('Vladimir Putin');
    expect(card?.text).toContain('Resolved from “Russian counterpart”: the President of Russia on 23 June 2022, the article’s date.');
    await page.close();
  });
});

describe('privacy', () => {
  it('sent no request beyond 127.0.0.1 and the extension during these tests', () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.foreignRequests()).toEqual([]);
  });
});
