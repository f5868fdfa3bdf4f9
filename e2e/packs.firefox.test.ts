/**
 * KB packs in Firefox ESR: the example pack imported through the library's file input, its
 * entities marked on a served article, and the pack named on the card (read from the content
 * script's diagnostics: the card lives in a closed shadow root).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { ElementHandle, Page } from 'puppeteer-core';
import { firefoxUnavailableReason, launchFirefox, type FirefoxSession, poll, readingOf, waitInPage } from './firefox';

const skipReason = firefoxUnavailableReason();
if (skipReason) console.warn(`Firefox KB-pack tier skipped: ${skipReason}`);

const EXAMPLE_PACK = resolve(import.meta.dirname, '../samples/packs/example-pack.json');
const SAMPLE = resolve(import.meta.dirname, '../samples/pages/000_40a4911dea31cc08.html');
const PACK_NAME = "Kazakhstan's protected areas";
const PACK_PARAGRAPH =
  'Rangers at Altyn-Emel National Park and the Katon-Karagay National Park counted snow leopards, and visitors to the Kolsay Lakes rose again, officials in Almaty said.';

/** The first sample article with one more paragraph, naming entities only the example pack has. */
function articleNamingPackEntities(): string {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(readFileSync(SAMPLE, 'utf8'), 'text/html') as unknown as Document;
  const paragraph = doc.createElement('p');
  paragraph.textContent = PACK_PARAGRAPH;
  const body = doc.querySelector('.article-body')!;
  body.insertBefore(paragraph, body.querySelector('p:nth-of-type(3)'));
  const html = '<!doctype html>\n' + doc.documentElement.outerHTML;
  void window.happyDOM.close();
  return html;
}

const markTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(CSS.highlights.get('backstory-entity') ?? [])].map((range) => (range as Range).toString()));

describe.skipIf(skipReason !== null)('KB packs in Firefox ESR', () => {
  let session: FirefoxSession;
  let library: Page;

  /** The text of the library's pack section. */
  const packSection = () => library.evaluate(() => document.querySelector('.lib-packs')?.textContent ?? '');

  beforeAll(async () => {
    session = await launchFirefox();
    library = await session.openExtensionPage('library.html');
    await waitInPage(library, () => document.querySelector('.lib-packs')?.textContent?.includes('No packs yet.'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports the example pack through the library’s file input and lists it', async () => {
    await waitInPage(library, () => document.querySelector('.lib-packs input[type=file]') !== null);
    const input = (await library.$('.lib-packs input[type=file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(EXAMPLE_PACK);
    const listed = await poll(packSection, (text) => text.includes('6 entities added'), 15_000);
    expect(listed).toContain(`Imported “${PACK_NAME}”: 6 entities added to recognition.`);
    expect(listed).toMatch(/6 entities · recognised on pages · from example-pack\.json/);
  });

  it('marks the pack’s entities on a served article and names the pack on its card', async () => {
    session.server.pages.set('/pack-article.html', articleNamingPackEntities());
    const article = await session.openSample('pack-article.html');
    await article.bringToFront();
    expect((await poll(() => readingOf(library, article.url()), (reading) => reading?.state === 'annotated'))?.state).toBe('annotated');
    const marks = await poll(
      () => markTexts(article),
      (texts) => texts.includes('Altyn-Emel National Park'),
    );
    expect(marks).toEqual(expect.arrayContaining(['Altyn-Emel National Park', 'Katon-Karagay National Park', 'Kolsay Lakes']));
    // The bundled KB still marks what it knows, in the same paragraph and around it.
    expect(marks).toEqual(expect.arrayContaining(['Almaty', 'Kassym-Jomart Tokayev']));

    const point = await article.evaluate(() => {
      const range = ([...(CSS.highlights.get('backstory-entity') ?? [])] as Range[]).find((candidate) => candidate.toString() === 'Altyn-Emel National Park')!;
      window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 };
    });
    await article.mouse.move(Math.max(1, point.x - 60), Math.max(1, point.y - 50));
    await article.mouse.move(point.x, point.y, { steps: 4 });
    const open = await poll(() => readingOf(library, article.url()), (reading) => !!reading?.openCard);
    expect(open?.openCard?.entityId).toBe('altyn-emel-national-park');
    expect(open?.openCard?.text).toContain(`From pack: ${PACK_NAME}`);
    expect(open?.openCard?.text).toContain('known for its ‘singing’ sand dune');
    await article.close();
  });
});
