/**
 * Highlights in Firefox ESR: save through the route the context menu and keyboard command use,
 * write a note in the note editor (an extension page framed in the bar) with the keyboard,
 * restore after the page changed, keep notes away from the page, export and import through the
 * background's IndexedDB. (The bar's closed shadow root is out of WebDriver BiDi's reach, so the
 * bar is driven with the keyboard, as a reader without a mouse would.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { Page } from 'puppeteer-core';
import { firefoxUnavailableReason, launchFirefox, type FirefoxSession } from './firefox';
import type { ExtensionApi } from './extension-api';
import { COLOUR_NAMES } from '@/lib/highlights/colours';

const SAMPLE = resolve(import.meta.dirname, '../samples/pages/000_40a4911dea31cc08.html');
const CANONICAL = 'https://example-news.test/highlights/firefox';
const NOTE = 'Firefox note 5d1e: only the reader sees this';
const TYPED = 'Typed in Firefox 8c2a, heard by no page script';

const skipReason = firefoxUnavailableReason();
if (skipReason) console.warn(`Firefox highlights tier skipped: ${skipReason}`);

function variant(edit?: (doc: Document) => void): string {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(readFileSync(SAMPLE, 'utf8'), 'text/html') as unknown as Document;
  doc.querySelector('link[rel=canonical]')!.setAttribute('href', CANONICAL);
  edit?.(doc);
  const html = '<!doctype html>\n' + doc.documentElement.outerHTML;
  void window.happyDOM.close();
  return html;
}

type Reply = { ok: boolean; value?: unknown; error?: string };

describe.skipIf(skipReason !== null)('highlights in Firefox ESR', () => {
  let session: FirefoxSession;
  let extensionPage: Page;
  let article: Page;

  /** Sends a message from the extension page: to the background, or to the article's tab. */
  const background = (type: string, payload: unknown) =>
    extensionPage.evaluate(
      (message) => (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.sendMessage(message) as Promise<Reply>,
      { type, payload },
    );
  const toArticle = (type: string, payload: unknown) =>
    extensionPage.evaluate(
      async (message, url) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const seen: unknown[] = [];
        for (const tab of await api.tabs.query({})) {
          const reply = (await api.tabs.sendMessage(tab.id!, { type: 'pageHighlights', payload: {} }).catch((error: Error) => error.message)) as Reply | string;
          if (typeof reply === 'object' && reply?.ok && (reply.value as { url: string }).url === url) return (await api.tabs.sendMessage(tab.id!, message)) as Reply;
          seen.push(reply);
        }
        return { ok: false, error: `no tab shows the article; replies: ${JSON.stringify(seen)}` };
      },
      { type, payload },
      CANONICAL,
    );
  const painted = () => article.evaluate(() => [...(CSS.highlights.get('backstory-hl-yellow') ?? [])].map((range) => (range as Range).toString()));
  async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
    let last: T | undefined;
    for (let waited = 0; waited < 15_000; waited += 200) {
      last = await read().catch(() => undefined as T);
      if (last !== undefined && accept(last)) return last;
      await new Promise((wake) => setTimeout(wake, 200));
    }
    throw new Error(`${what}: last value ${JSON.stringify(last)}`);
  }

  beforeAll(async () => {
    session = await launchFirefox();
    session.server.pages.set('/hl-firefox.html', variant());
    article = await session.browser.newPage();
    await article.goto(`${session.server.origin}/hl-firefox.html`);
    extensionPage = await session.openExtensionPage('library.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  let text = '';

  it('opens the bar on a selection, saves through the command route and paints the highlight', async () => {
    text = await article.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.article-body > p')].filter((p) => (p.firstChild?.textContent ?? '').length > 120)[3]!;
      const node = paragraph.firstChild!;
      const from = node.textContent!.indexOf(' ', 20) + 1;
      const to = node.textContent!.indexOf(' ', from + 50);
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return range.toString();
    });
    // The selection bar opens in a host whose shadow root the page cannot open.
    const bar = await until(
      () => article.evaluate(() => {
        const host = document.querySelector('backstory-highlight-bar');
        return host ? { closed: host.shadowRoot === null, empty: host.childNodes.length === 0 } : null;
      }),
      (value) => value !== null,
      'selection bar',
    );
    expect(bar).toEqual({ closed: true, empty: true });
    const reply = await until(() => toArticle('highlightSelection', {}), (r) => r.ok, 'highlightSelection');
    expect(reply).toEqual({ ok: true, value: { saved: true } });
    await until(painted, (texts) => texts.length === 1, 'painted');
    expect(await painted()).toEqual([text]);
  });

  it('writes a note in the framed note editor with the keyboard, and the page hears none of it', async () => {
    // Every keyboard and input event, on window and document, in the capture and the bubble phase.
    await article.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const target of [window, document]) {
        for (const capture of [true, false]) {
          for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend']) {
            target.addEventListener(type, (event) => heard.push(`${type}:${(event as KeyboardEvent).key ?? (event as InputEvent).data ?? ''}`), { capture });
          }
        }
      }
    });
    const heard = () => article.evaluate(() => (window as unknown as { heard: string[] }).heard.splice(0));
    const pageFocus = () => article.evaluate(() => (document.hasFocus() ? document.activeElement!.tagName : 'elsewhere'));
    await article.bringToFront();
    await article.keyboard.press('q');
    expect(await heard()).toContain('keydown:q');

    // A click on the painted highlight opens the bar for editing, with the focus on its first colour.
    const spot = await article.evaluate(() => {
      const range = [...(CSS.highlights.get('backstory-hl-yellow') ?? [])][0] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await article.mouse.click(spot.x, spot.y);
    await until(pageFocus, (focus) => focus === 'BACKSTORY-HIGHLIGHT-BAR', 'focus in the bar');
    // Past the colours to "Add note".
    for (let k = 0; k < COLOUR_NAMES.length; k++) await article.keyboard.press('Tab');
    await article.keyboard.press('Enter');
    const editor = await until(
      async () => {
        for (const frame of article.frames()) {
          const where = await frame.evaluate(() => ({ path: location.pathname, focus: document.hasFocus() ? document.activeElement?.tagName : '' })).catch(() => null);
          if (where?.path === '/note-editor.html') return where.focus;
        }
        return undefined;
      },
      (focus) => focus === 'TEXTAREA',
      'focus in the note editor',
    );
    expect(editor).toBe('TEXTAREA');
    expect(await article.evaluate(() => window.length)).toBe(0);
    await heard(); // the Tab and Enter that worked the bar's buttons: not the note's

    await article.keyboard.type(TYPED);
    await article.keyboard.press('Tab');
    await article.keyboard.type('typed');
    await article.keyboard.down('Control');
    await article.keyboard.press('Enter');
    await article.keyboard.up('Control');
    const stored = await until(
      async () => ((await background('highlightsForPage', { url: CANONICAL })) as { value: { note: string; tags: string[] }[] }).value,
      (records) => records[0]?.note === TYPED,
      'note saved',
    );
    expect(stored.map((record) => record.tags)).toEqual([['typed']]);
    // The Ctrl of the save shortcut may be released after focus is back in the page: a bare
    // modifier carries nothing of the note.
    expect((await heard()).filter((event) => !/:(Control|Shift|Alt|Meta)$/.test(event))).toEqual([]);
    await until(() => article.evaluate(() => document.querySelector('backstory-highlight-bar') === null), (gone) => gone, 'bar closed');
    expect(await pageFocus()).toBe('BODY');
    expect(await article.evaluate((typed) => document.documentElement.outerHTML.includes(typed), TYPED)).toBe(false);
  });

  it('stores the note in the extension, not in the page, and restores the highlight after a paragraph is inserted', async () => {
    const found = (await background('highlightsForPage', { url: CANONICAL })) as { ok: boolean; value: { id: string }[] };
    expect(found.value).toHaveLength(1);
    expect((await background('highlightUpdate', { id: found.value[0]!.id, patch: { note: NOTE, tags: ['firefox'] } })).ok).toBe(true);

    session.server.pages.set(
      '/hl-firefox.html',
      variant((doc) => {
        const inserted = doc.createElement('p');
        inserted.textContent = 'Update: a paragraph added above the article after publication.';
        doc.querySelector('.article-body')!.prepend(inserted);
      }),
    );
    await article.reload();
    await until(painted, (texts) => texts.length === 1, 'painted after reload');
    expect(await painted()).toEqual([text]);
    const leaks = await article.evaluate(async (note) => {
      const places: string[] = [];
      if (document.documentElement.outerHTML.includes(note)) places.push('HTML');
      for (const database of (await indexedDB.databases?.()) ?? []) places.push(`page IndexedDB ${database.name}`);
      for (let k = 0; k < localStorage.length; k++) if (localStorage.getItem(localStorage.key(k)!)!.includes(note)) places.push('localStorage');
      return places;
    }, NOTE);
    expect(leaks).toEqual([]);
  });

  it('exports W3C JSON from the background database and imports it back without duplicates', async () => {
    const exported = (await background('highlightExport', { format: 'json' })) as { ok: boolean; value: { files: { content: string }[] } };
    const collection = JSON.parse(exported.value.files[0]!.content);
    const annotation = collection.first.items.find((item: { target: { source: string } }) => item.target.source === CANONICAL);
    expect(annotation.body).toEqual([
      { type: 'TextualBody', value: NOTE, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'firefox', purpose: 'tagging' },
    ]);
    expect(annotation.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: text });

    const id = annotation.id.replace('urn:uuid:', '');
    expect((await background('highlightDelete', { id })).ok).toBe(true);
    expect(await background('highlightImport', { text: exported.value.files[0]!.content })).toEqual({ ok: true, value: { added: 1, updated: 0, unchanged: collection.total - 1 } });
    expect(await background('highlightImport', { text: exported.value.files[0]!.content })).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: collection.total } });
    const bad = await background('highlightImport', { text: '{"not": "annotations"}' });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/wrong shape/) });
  });
});
