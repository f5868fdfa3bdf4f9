/**
 * Two of the hand-built pages of tests/unseen-pages in the real browser: a live blog (entries as
 * <article>s, a pinned summary, timestamps, an embedded tweet, a "Key events" list) and a body
 * interleaved with promo links, a pull quote, a caption, a sign-up box and an ad slot; and, from
 * round 2, an explainer whose body also holds a "Key facts" table and a schema.org FAQ. Every mark
 * must sit in a paragraph of the true body (NAME.txt), and the body's names must be marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtension, type ExtensionSession } from './harness';
import { paintedMarks, waitForMarks } from './reading-helpers';

const UNSEEN = resolve(import.meta.dirname, '../tests/unseen');
const PAGES = resolve(import.meta.dirname, '../tests/unseen-pages');
const NAMES = ['wagner-mutiny-rostov', 'eu-sanctions-hungary-veto', 'brics-kazan-summit'];

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  for (const name of NAMES) session.server.pages.set(`/unseen/${name}.html`, readFileSync(resolve(PAGES, `${name}.html`), 'utf8'));
});
afterAll(async () => {
  await session?.close();
});

describe('marks on pages laid out unlike the samples', () => {
  for (const name of NAMES) {
    it(`marks only the true body of ${name}`, async () => {
      const paragraphs = readFileSync(resolve(UNSEEN, `${name}.txt`), 'utf8').split(/\n\s*\n/).map(squash).filter(Boolean);
      const gold = JSON.parse(readFileSync(resolve(UNSEEN, `${name}.json`), 'utf8')) as { entities: { mentions: string[] }[] };
      const page = await session.context.newPage();
      await page.goto(`${session.server.origin}/unseen/${name}.html`);
      await waitForMarks(page, 10);
      const marks = await page.evaluate((body) => {
        const truth = new Set(body);
        const ranges = [...(CSS.highlights.get('backstory-entity') ?? [])] as Range[];
        return ranges.map((range) => {
          const block = range.startContainer.parentElement?.closest('p, li, blockquote, figcaption, div');
          return { text: range.toString(), inBody: !!block && truth.has((block.textContent ?? '').replace(/\s+/g, ' ').trim()) };
        });
      }, paragraphs);
      const outside = marks.filter((mark) => !mark.inBody);
      expect(outside, JSON.stringify(outside)).toEqual([]);
      // The body's names are marked: most of the gold's mentions appear among the marks.
      const marked = new Set(marks.map((mark) => squash(mark.text)));
      const mentions = gold.entities.flatMap((entity) => entity.mentions).filter((mention) => /^\p{Lu}/u.test(mention));
      const found = mentions.filter((mention) => marked.has(mention));
      expect(found.length / mentions.length).toBeGreaterThan(0.7);
      // Nothing is painted in the chrome the page puts around and inside the body.
      const painted = await paintedMarks(page);
      expect(painted.length).toBe(marks.length);
      const inChrome = await page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('backstory-entity') ?? [])] as Range[];
        const chrome = document.querySelectorAll(
          '.is-pinned, .twitter-tweet, .key-events, .most-viewed, .pullquote, .inline-signup, figure, .c-more-stories, nav, footer, aside, h1, ' +
            '.kf-box, [itemtype*="FAQPage"], .also-see, .tags-wrap, .follow-box, .rhs-wrap',
        );
        return ranges.filter((range) => [...chrome].some((element) => element.contains(range.startContainer))).length;
      });
      expect(inChrome).toBe(0);
      await page.close();
    });
  }
});
