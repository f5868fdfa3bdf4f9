/**
 * Highlights end to end in Chromium: the selection bar (driven through the DevTools protocol,
 * which sees the closed shadow root the page cannot) and its note editor (an extension page in a
 * frame, typed into with the real keyboard), saving, restoring after reloads of a page that
 * changed, orphans in the popup, export files, import round trip, and the privacy of notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { parse as parseYaml } from 'yaml';
import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import type { CDPSession, Download, Frame, Page } from 'playwright-core';
import { bounded, launchExtension, withCdp, type ExtensionSession } from './harness';
import type { ExtensionApi } from './extension-api';
import { SEARCH_PAGE_SIZE } from '../lib/highlights/protocol';
import { draft } from '../lib/highlights/testing';
import { toAnnotationJson } from '../lib/highlights/webAnnotation';

const SAMPLE = resolve(import.meta.dirname, '../samples/pages/000_40a4911dea31cc08.html');
const NOTE = 'Private thought 7f3a9: compare with the CSTO statement';
const SECRET = 'Secret reflection 91bc4 that only the reader may see';

let session: ExtensionSession;
let keyboardAttempts = 0;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

// ——— pages ———

/**
 * The sample article under its own canonical URL, optionally edited the way a site edits an
 * article after publication. Edited with a DOM (happy-dom), never with string surgery.
 */
function variant(name: string, edit?: (doc: Document) => void): string {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(readFileSync(SAMPLE, 'utf8'), 'text/html') as unknown as Document;
  doc.querySelector('link[rel=canonical]')!.setAttribute('href', `https://example-news.test/highlights/${name}?utm_source=e2e`);
  edit?.(doc);
  const html = '<!doctype html>\n' + doc.documentElement.outerHTML;
  void window.happyDOM.close();
  return html;
}

async function serve(path: string, html: string): Promise<string> {
  session.server.pages.set(path, html);
  return `${session.server.origin}${path}`;
}

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await pageHighlights(page); // waits until the content script answers
  return page;
}

/** A passage of whole words from the n-th long paragraph of the article body, within one text node. */
async function passage(page: Page, paragraph: number): Promise<string> {
  return page.evaluate((n) => {
    const paragraphs = [...document.querySelectorAll('.article-body > p')].filter((p) => (p.firstChild?.textContent ?? '').length > 120);
    const text = paragraphs[n]!.firstChild!.textContent!;
    const from = text.indexOf(' ', 20) + 1;
    const to = text.indexOf(' ', from + 50);
    return text.slice(from, to);
  }, paragraph);
}

/** Selects `text` (inside one text node of the article body) as a reader would, with the mouse. */
async function select(page: Page, text: string, within = '.article-body'): Promise<void> {
  const box = await bounded('the page, asked where the text is', page.evaluate(({ wanted, root }) => {
    const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${wanted}" is not in one text node of the article`);
  }, { wanted: text, root: within }));
  await bounded('the mouse (move)', page.mouse.move(box.x1, box.y1));
  await bounded('the mouse (down)', page.mouse.down());
  await bounded('the mouse (move)', page.mouse.move(box.x2, box.y2, { steps: 8 }));
  await bounded('the mouse (up)', page.mouse.up());
  expect(await bounded('the page, asked for its selection', page.evaluate(() => document.getSelection()!.toString().trim()))).toBe(text);
}

// ——— the bar, seen through the DevTools protocol ———

interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let k = 0; k < list.length; k += 2) if (list[k] === name) return list[k + 1];
  return undefined;
}

function textOf(node: DomNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function findAll(node: DomNode, test: (node: DomNode) => boolean, found: DomNode[] = []): DomNode[] {
  if (test(node)) found.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) findAll(child, test, found);
  return found;
}

/** The bar's shadow root, and whether it is closed; null when no bar is shown. */
async function barRoot(cdp: CDPSession): Promise<(DomNode & { shadowRootType?: string }) | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = findAll(root, (node) => node.nodeName === 'BACKSTORY-HIGHLIGHT-BAR')[0];
  return host?.shadowRoots?.[0] ?? null;
}

/** A control in the bar by its visible text or accessible label. */
async function barControl(page: Page, name: string): Promise<boolean> {
  return withCdp(page, async (cdp) => {
    const root = await barRoot(cdp);
    return !!root && findAll(root, (node) => node.nodeName === 'BUTTON' && (textOf(node).trim() === name || attribute(node, 'aria-label') === name)).length > 0;
  });
}

/**
 * The centre of a bar button, or null when there is none to measure: the bar may render again
 * between reading the tree and measuring the node, which then no longer exists.
 */
async function barButtonCentre(page: Page, name: string): Promise<{ x: number; y: number } | null> {
  return withCdp(page, async (cdp) => {
    const root = await barRoot(cdp);
    const [button] = root ? findAll(root, (node) => node.nodeName === 'BUTTON' && (textOf(node).trim() === name || attribute(node, 'aria-label') === name)) : [];
    if (!button) return null;
    const measured = (await cdp.send('DOM.getContentQuads', { nodeId: button.nodeId }).catch(() => null)) as { quads: number[][] } | null;
    const quad = measured?.quads[0];
    return quad ? { x: (quad[0]! + quad[4]!) / 2, y: (quad[1]! + quad[5]!) / 2 } : null;
  });
}

async function clickInBar(page: Page, name: string): Promise<void> {
  await expect.poll(() => barControl(page, name), { timeout: 5000 }).toBe(true);
  // A click at where the button was before the bar moved into place would miss it: wait until two
  // measurements in a row agree.
  let previous: { x: number; y: number } | null = null;
  let settled: { x: number; y: number } | null = null;
  await expect
    .poll(async () => {
      const now = await barButtonCentre(page, name);
      if (now && previous && now.x === previous.x && now.y === previous.y) settled = now;
      previous = now;
      return settled !== null;
    }, { timeout: 5000, interval: 50 })
    .toBe(true);
  await bounded('the mouse (click)', page.mouse.click(settled!.x, settled!.y));
}

// ——— the note editor: an extension page framed inside the bar ———

function isNoteEditor(frame: Frame): boolean {
  return frame.url().startsWith('chrome-extension://') && new URL(frame.url()).pathname === '/note-editor.html';
}

/** The note editor's frame, once it shows what it edits. */
async function noteEditor(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some(isNoteEditor), { timeout: 15_000 }).toBe(true);
  const frame = page.frames().find(isNoteEditor)!;
  await frame.locator('textarea:not([readonly])').waitFor({ timeout: 15_000 });
  return frame;
}

/** What has the focus inside the note editor ('' when the focus is elsewhere). */
function focusInEditor(frame: Frame): Promise<string> {
  return bounded('the note editor', frame.evaluate(() => (document.hasFocus() ? (document.activeElement?.tagName ?? '') : '')));
}

/** Types the note, Tab, the tags, with the real keyboard into wherever the focus is: the editor takes it when it opens. */
async function typeNote(page: Page, note: string, tags: string): Promise<void> {
  const editor = await noteEditor(page);
  await expect.poll(() => focusInEditor(editor)).toBe('TEXTAREA');
  await bounded('typing on the keyboard', page.keyboard.type(note));
  await bounded('pressing Tab', page.keyboard.press('Tab'));
  await bounded('typing on the keyboard', page.keyboard.type(tags));
}

async function saveNote(page: Page): Promise<void> {
  await (await noteEditor(page)).getByRole('button', { name: 'Save' }).click();
}

// ——— what the content script and the page report ———

async function tabIdOf(page: Page): Promise<number> {
  await bounded('bringing the tab to the front', page.bringToFront());
  return bounded('the background, asked for the tab', session.background.evaluate(async () => (await (globalThis as unknown as { chrome: ExtensionApi }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!));
}

interface PageState {
  url: string;
  items: { state: string; highlight: { id: string; text: string; note: string; tags: string[]; colour: string; url: string; entityIds: string[] } }[];
}

async function pageHighlights(page: Page): Promise<PageState> {
  const tabId = await tabIdOf(page);
  const giveUp = Date.now() + 20_000;
  for (;;) {
    const reply = await bounded(
      'the content script, asked for its highlights',
      session.background.evaluate((id) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.tabs.sendMessage(id, { type: 'pageHighlights', payload: {} }).catch((error: Error) => ({ ok: false, error: error.message })), tabId),
    ).catch((error: Error) => ({ ok: false as const, error: error.message, value: undefined }));
    if (reply?.ok) return reply.value as PageState;
    if (Date.now() > giveUp) throw new Error(`pageHighlights never answered: ${JSON.stringify(reply)}`);
    await page.waitForTimeout(100);
  }
}

/** Texts of the ranges painted under a highlight name, read from the page's own world. */
function painted(page: Page, colour = 'yellow'): Promise<string[]> {
  return bounded('the page, asked what is painted', page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => (range as Range).toString()), `backstory-hl-${colour}`));
}

async function highlightWithNote(page: Page, text: string, note: string, tags: string): Promise<void> {
  await select(page, text);
  await clickInBar(page, 'Note');
  await typeNote(page, note, tags);
  await saveNote(page);
  await expect.poll(async () => (await pageHighlights(page)).items.map((item) => item.highlight.note)).toContain(note);
}


/** RGB pixels of a PNG screenshot (8-bit RGB or RGBA, as Chromium writes them). */
function pixels(png: Buffer): { width: number; height: number; rgb: (x: number, y: number) => [number, number, number] } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = png[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = unzlibSync(new Uint8Array(Buffer.concat(chunks)));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? out[y * stride + x - channels]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter]!;
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, rgb: (x, y) => [out[y * stride + x * channels]!, out[y * stride + x * channels + 1]!, out[y * stride + x * channels + 2]!] };
}

/** Share of the highlight's first line that shows the colour's background, measured on screen. */
async function shareOnScreen(page: Page, hex: string): Promise<number> {
  const clip = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('backstory-hl-yellow') ?? [])][0] as Range;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left, y: rect.top, width: Math.min(rect.width, 300), height: rect.height };
  });
  const image = pixels(await page.screenshot({ clip }));
  const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let matching = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.rgb(x, y).every((channel, i) => Math.abs(channel - target[i]!) <= 12)) matching++;
    }
  }
  return matching / (image.width * image.height);
}

// ——— the tests ———

describe('highlights in Chromium', () => {
  it('saves a highlight with a note and tags from the bar, and restores it at the same text after a reload', async () => {
    const url = await serve('/hl-note.html', variant('note'));
    const page = await open(url);
    const text = await passage(page, 2);
    await highlightWithNote(page, text, NOTE, 'kazakhstan, forum');

    const [item] = (await pageHighlights(page)).items;
    expect(item!.state).toBe('anchored');
    expect(item!.highlight).toMatchObject({ text, note: NOTE, tags: ['kazakhstan', 'forum'], colour: 'yellow', url: 'https://example-news.test/highlights/note' });
    expect(await painted(page)).toEqual([text]);
    expect(await barControl(page, 'Note')).toBe(false);

    await page.reload();
    await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual([text]);
    expect((await pageHighlights(page)).items.map((i) => [i.state, i.highlight.note])).toEqual([['anchored', NOTE]]);
    // Really painted, on a page whose CSS blanks <mark> and <span> backgrounds with !important.
    expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => /mark[^{]*\{[^}]*background:\s*none\s*!important/.test(rule.cssText))))).toBe(true);
    expect(await shareOnScreen(page, '#F0E442')).toBeGreaterThan(0.4);
    await page.close();
  });

  it('records the KB entities a highlight contains, as the reading marks found them', async () => {
    const url = await serve('/hl-entities.html', variant('entities'));
    const page = await open(url);
    // Wait for the reading side to mark the article, so the highlight can see its names.
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('backstory-entity')?.size ?? 0), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const text = 'tensions between Kazakhstan and Russia';
    await select(page, text);
    await clickInBar(page, 'Highlight');
    await expect.poll(async () => (await pageHighlights(page)).items.map((item) => item.highlight.text)).toContain(text);
    const [item] = (await pageHighlights(page)).items;
    expect([...item!.highlight.entityIds].sort()).toEqual(['kazakhstan', 'russia']);
    await page.close();
  });

  it('keeps the note away from page scripts: not in the DOM, storage, attributes or their key listeners', async () => {
    const url = await serve('/hl-private.html', variant('private'));
    const page = await open(url);
    // The page listens for what is typed the most thorough way a script can: every keyboard,
    // input and composition event, on window and document, in the capture and the bubble phase.
    await page.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      const types = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste'];
      for (const target of [window, document]) {
        for (const capture of [true, false]) {
          for (const type of types) {
            target.addEventListener(type, (event) => heard.push(`${type}:${(event as KeyboardEvent).key ?? (event as InputEvent).data ?? ''}`), { capture });
          }
        }
      }
    });
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.splice(0));
    // The listeners work: a key pressed on the page itself is heard.
    await bounded('pressing q', page.keyboard.press('q'));
    expect(await heard()).toContain('keydown:q');

    const text = await passage(page, 3);
    await select(page, text);
    await clickInBar(page, 'Note');
    await typeNote(page, SECRET, 'private, reader');
    // Not one keystroke of the note or the tags reached the page, in any phase.
    expect(await heard()).toEqual([]);
    // Nor can the page get at the editor's window: frames in a shadow tree are not in window.frames.
    expect(await page.evaluate(() => window.length)).toBe(0);

    const search = (needle: string) =>
      page.evaluate(async (wanted) => {
        const found: string[] = [];
        if (document.documentElement.outerHTML.includes(wanted)) found.push('HTML');
        if (document.body.innerText.includes(wanted)) found.push('innerText');
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.attributes) if (attribute.value.includes(wanted)) found.push(`attribute ${attribute.name}`);
          if (element.shadowRoot?.innerHTML.includes(wanted)) found.push('open shadow root');
          if ((element as HTMLInputElement).value?.includes?.(wanted)) found.push('form value');
        }
        const host = document.querySelector('backstory-highlight-bar');
        if (host && host.shadowRoot !== null) found.push('bar shadow root is open');
        for (const store of [localStorage, sessionStorage]) for (let k = 0; k < store.length; k++) if (store.getItem(store.key(k)!)!.includes(wanted)) found.push('web storage');
        if (document.cookie.includes(wanted)) found.push('cookie');
        for (const database of await indexedDB.databases()) found.push(`page IndexedDB ${database.name}`);
        for (const [name, highlight] of CSS.highlights) for (const range of highlight) if ((range as Range).toString().includes(wanted)) found.push(`highlight ${name}`);
        return found;
      }, needle);

    expect(await search(SECRET)).toEqual([]);
    await saveNote(page);
    await expect.poll(async () => (await pageHighlights(page)).items.map((item) => item.highlight.note)).toEqual([SECRET]);
    // A bare modifier of the save shortcut released after focus returned carries nothing of the note.
    expect((await heard()).filter((event) => !/:(Control|Shift|Alt|Meta)$/.test(event))).toEqual([]);
    expect(await search(SECRET)).toEqual([]);
    await page.reload();
    await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual([text]);
    expect(await search(SECRET)).toEqual([]);
    // The host exists while the bar is open only; its shadow root is closed to the page.
    await withCdp(page, async (cdp) => expect((await barRoot(cdp))?.shadowRootType ?? 'closed').toBe('closed'));
    await page.close();
  });

  it('moves the focus into the note editor and back: Esc cancels, Ctrl+Enter saves, a stored note comes back to edit', async () => {
    // A page of its own each attempt: a retry must not find the first attempt's highlight.
    const attempt = ++keyboardAttempts;
    const url = await serve(`/hl-keys-${attempt}.html`, variant(`keys-${attempt}`));
    const page = await open(url);
    const text = await passage(page, 1);
    const pageFocus = () => bounded('the page, asked where its focus is', page.evaluate(() => (document.hasFocus() ? document.activeElement!.tagName : 'elsewhere')));

    await select(page, text);
    await clickInBar(page, 'Note');
    let editor = await noteEditor(page);
    await expect.poll(() => focusInEditor(editor)).toBe('TEXTAREA');
    // All the page can tell is that its focus is in the bar.
    expect(await pageFocus()).toBe('BACKSTORY-HIGHLIGHT-BAR');
    expect(await page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
    // Light or dark, as the reader's system (and the bar) is.
    const background = (frame: Frame) => bounded('the note editor, asked for its colours', frame.evaluate(() => getComputedStyle(document.body).backgroundColor));
    expect(await background(editor)).toBe('rgb(255, 255, 255)');
    await bounded('switching to dark mode', page.emulateMedia({ colorScheme: 'dark' }));
    await expect.poll(() => background(editor)).toBe('rgb(31, 35, 43)');
    await bounded('switching to light mode', page.emulateMedia({ colorScheme: 'light' }));

    await bounded('typing on the keyboard', page.keyboard.type('A draft the reader thinks better of'));
    await bounded('pressing Escape', page.keyboard.press('Escape'));
    await expect.poll(() => barControl(page, 'Close')).toBe(false);
    await expect.poll(() => page.frames().some(isNoteEditor), { timeout: 5000 }).toBe(false);
    await expect.poll(pageFocus, { timeout: 5000 }).toBe('BODY');
    expect((await pageHighlights(page)).items).toEqual([]);
    expect(await painted(page)).toEqual([]);

    // Pressing inside a live selection would drag it: start afresh, as a reader clicking away would.
    await bounded('the page, asked to clear its selection', page.evaluate(() => document.getSelection()!.removeAllRanges()));
    await select(page, text);
    await clickInBar(page, 'Note');
    await typeNote(page, 'Saved from the keyboard', 'keys');
    await bounded('pressing Control+Enter', page.keyboard.press('Control+Enter'));
    await expect.poll(async () => (await pageHighlights(page)).items.map((item) => [item.highlight.note, item.highlight.tags])).toEqual([['Saved from the keyboard', ['keys']]]);
    await expect.poll(() => barControl(page, 'Close')).toBe(false);
    await expect.poll(pageFocus, { timeout: 5000 }).toBe('BODY');
    await expect.poll(() => painted(page), { timeout: 5000 }).toEqual([text]);

    // A click on the highlight opens it for editing; its note editor shows the stored note.
    const spot = await bounded(
      'the page, asked where the highlight is',
      page.evaluate(() => {
        const rect = ([...(CSS.highlights.get('backstory-hl-yellow') ?? [])][0] as Range).getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }),
    );
    await bounded('the mouse (click)', page.mouse.click(spot.x, spot.y));
    await clickInBar(page, 'Edit note');
    editor = await noteEditor(page);
    expect(await editor.getByRole('textbox', { name: 'Note', exact: true }).inputValue()).toBe('Saved from the keyboard');
    expect(await editor.getByRole('textbox', { name: 'Tags (comma separated)' }).inputValue()).toBe('keys');
    await expect.poll(() => focusInEditor(editor)).toBe('TEXTAREA');
    await bounded('typing on the keyboard', page.keyboard.type(', then extended'));
    await bounded('pressing Control+Enter', page.keyboard.press('Control+Enter'));
    await expect.poll(async () => (await pageHighlights(page)).items.map((item) => item.highlight.note)).toEqual(['Saved from the keyboard, then extended']);
    await expect.poll(() => barControl(page, 'Close')).toBe(false);
    await expect.poll(pageFocus, { timeout: 5000 }).toBe('BODY');
    await page.close();
  });

  it('restores a highlight after the site inserted a paragraph before it', async () => {
    const url = await serve('/hl-moved.html', variant('moved'));
    const page = await open(url);
    const text = await passage(page, 4);
    await select(page, text);
    await clickInBar(page, 'Highlight');
    await expect.poll(() => painted(page), { timeout: 5000 }).toEqual([text]);

    session.server.pages.set(
      '/hl-moved.html',
      variant('moved', (doc) => {
        const body = doc.querySelector('.article-body')!;
        const inserted = doc.createElement('p');
        inserted.textContent = 'Update: this article was revised after publication to add reactions from both capitals.';
        body.insertBefore(inserted, body.firstChild);
      }),
    );
    await page.reload();
    expect(await page.evaluate(() => document.querySelector('.article-body p')!.textContent)).toMatch(/^Update:/);
    await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual([text]);
    expect((await pageHighlights(page)).items[0]!.state).toBe('anchored');
    await page.close();
  });

  it('shows a highlight whose text was removed as an orphan in the popup, with its text and note', async () => {
    const url = await serve('/hl-removed.html', variant('removed'));
    const page = await open(url);
    const text = await passage(page, 5);
    await highlightWithNote(page, text, 'Note on a sentence the site later cut', 'cut');

    session.server.pages.set(
      '/hl-removed.html',
      variant('removed', (doc) => {
        [...doc.querySelectorAll('.article-body p')].find((p) => p.textContent!.includes(text))!.remove();
      }),
    );
    await page.reload();
    const popup = await session.openPopup(page);
    const orphans = popup.getByRole('region', { name: 'Not found on this page' });
    await expect.poll(() => orphans.textContent(), { timeout: 20_000 }).toContain(text);
    expect(await orphans.textContent()).toContain('Note on a sentence the site later cut');
    expect(await painted(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('follows SPA navigation and restores highlights of content that arrives late', async () => {
    const stories = {
      1: ['In the first story the council voted to extend the pipeline agreement for another decade, despite objections.', 'Officials said the vote reflected long negotiations with neighbouring states over transit fees.'],
      2: ['The second story covers a different summit entirely, where ministers discussed grain exports and shipping insurance.'],
    };
    session.server.pages.set(
      '/hl-spa.html',
      `<!doctype html><html><head><title>SPA</title><link rel="canonical" href="https://spa.test/story/1"></head><body><main id="app"></main><script>
        const stories = ${JSON.stringify(stories)};
        function show(n) {
          document.getElementById('app').replaceChildren(...stories[n].map((text) => Object.assign(document.createElement('p'), { textContent: text })));
          document.querySelector('link[rel=canonical]').href = 'https://spa.test/story/' + n;
        }
        window.go = (n) => { history.pushState({}, '', '/hl-spa.html?story=' + n); show(n); };
        const params = new URLSearchParams(location.search);
        setTimeout(() => show(Number(params.get('story') || 1)), Number(params.get('delay') || 0));
      </script></body></html>`,
    );
    const page = await open(`${session.server.origin}/hl-spa.html`);
    const text = 'voted to extend the pipeline agreement for another decade';
    await page.locator('#app p').first().waitFor();
    await select(page, text, '#app');
    await clickInBar(page, 'Highlight');
    await expect.poll(() => painted(page), { timeout: 5000 }).toEqual([text]);

    const go = (n: number) => page.evaluate((story) => (window as unknown as { go: (n: number) => void }).go(story), n);
    await go(2);
    await expect.poll(async () => (await pageHighlights(page)).url, { timeout: 5000 }).toBe('https://spa.test/story/2');
    expect(await painted(page)).toEqual([]);
    await go(1);
    await expect.poll(() => painted(page), { timeout: 5000 }).toEqual([text]);

    // The article arrives 2.5 s after load (hydration, a lifted paywall): it is found then, not orphaned.
    await page.goto(`${session.server.origin}/hl-spa.html?delay=2500`);
    await expect.poll(async () => (await pageHighlights(page)).items.map((item) => item.state), { timeout: 2000 }).toEqual(['pending']);
    await expect.poll(() => painted(page), { timeout: 8000 }).toEqual([text]);
    expect((await pageHighlights(page)).items.map((item) => item.state)).toEqual(['anchored']);
    await page.close();
  });

  it('highlights the selection on the keyboard command route, from two tabs at once, losing nothing', async () => {
    const pages = await Promise.all(['a', 'b'].map(async (name) => open(await serve(`/hl-tab-${name}.html`, variant(`tab-${name}`)))));
    const texts = await Promise.all(pages.map((page, n) => passage(page, 6 + n)));
    for (const [n, page] of pages.entries()) await select(page, texts[n]!);
    const tabIds = [];
    for (const page of pages) tabIds.push(await tabIdOf(page));
    // What the context menu and Alt+Shift+H send to the tab, to both tabs in the same instant.
    const replies = await session.background.evaluate(
      (ids) => Promise.all(ids.map((id) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.tabs.sendMessage(id, { type: 'highlightSelection', payload: {} }))),
      tabIds,
    );
    expect(replies).toEqual([{ ok: true, value: { saved: true } }, { ok: true, value: { saved: true } }]);
    for (const [n, page] of pages.entries()) {
      await expect.poll(() => painted(page)).toEqual([texts[n]]);
      expect((await pageHighlights(page)).items.map((item) => item.highlight.text)).toEqual([texts[n]]);
      await page.close();
    }
    const manifest = await session.background.evaluate(() => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.getManifest());
    expect(manifest.commands?.['highlight-selection']?.suggested_key).toEqual({ default: 'Alt+Shift+H' });
  });

  describe('the library', () => {
    let library: Page;
    beforeAll(async () => {
      library = await session.context.newPage();
      await library.goto(`chrome-extension://${session.extensionId}/library.html`);
      await library.getByText(/\d+ of \d+ highlights/).waitFor({ timeout: 10_000 });
    });
    afterAll(async () => {
      await library.close();
    });

    async function exportAs(label: string): Promise<{ name: string; content: string; bytes: Buffer }[]> {
      await library.getByLabel('Export as').selectOption({ label });
      const downloads: Download[] = [];
      const listener = (download: Download) => downloads.push(download);
      library.on('download', listener);
      await library.getByRole('button', { name: /^Export (all|these)$/ }).click();
      await expect.poll(() => library.getByRole('status').first().textContent()).toMatch(/^Exported/);
      await expect.poll(() => downloads.length).toBeGreaterThan(0);
      library.off('download', listener);
      return Promise.all(
        downloads.map(async (download) => {
          const bytes = readFileSync((await download.path())!);
          return { name: download.suggestedFilename(), content: bytes.toString('utf8'), bytes };
        }),
      );
    }

    it('finds highlights by the words of their notes and filters by tag', async () => {
      await library.getByRole('searchbox', { name: 'Search highlights' }).fill('compare csto');
      await expect.poll(() => library.getByRole('article').count()).toBe(1);
      await library.getByRole('searchbox', { name: 'Search highlights' }).fill('');
      await library.getByLabel('Tag', { exact: true }).selectOption({ label: 'cut (1)' });
      await expect.poll(() => library.getByRole('article').allTextContents()).toEqual([expect.stringContaining('Note on a sentence the site later cut')]);
      await library.getByLabel('Tag', { exact: true }).selectOption({ label: 'All tags' });
      await library.getByText(/^(\d+) of \1 highlights/).waitFor();
    });

    it('exports W3C Web Annotation JSON, Readwise CSV and Markdown with the notes, tags and canonical URLs', async () => {
      const [json] = await exportAs('JSON (W3C Web Annotation)');
      const collection = JSON.parse(json!.content);
      expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection' });
      const annotation = collection.first.items.find((item: { body?: { value: string }[] }) => item.body?.some((body) => body.value === NOTE));
      expect(annotation).toMatchObject({ type: 'Annotation', motivation: 'commenting', target: { source: 'https://example-news.test/highlights/note' }, backstory: { colour: 'yellow' } });
      expect(annotation.body.filter((body: { purpose: string }) => body.purpose === 'tagging').map((body: { value: string }) => body.value)).toEqual(['kazakhstan', 'forum']);
      expect(annotation.target.selector.map((selector: { type: string }) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);

      const [csv] = await exportAs('CSV (Readwise)');
      const [header, ...rows] = csv!.content.trim().split('\r\n');
      expect(header).toBe('Highlight,Title,Author,URL,Note,Location,Date');
      expect(rows.length).toBe(collection.total);
      expect(rows.find((row) => row.includes(NOTE))).toContain('"https://example-news.test/highlights/note"');

      const [markdown] = await exportAs('Markdown, one file');
      const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(markdown!.content)![1]!);
      expect(front).toMatchObject({ title: 'Backstory highlights', highlights: collection.total });
      expect(markdown!.content).toContain(`${NOTE}\n\nTags: #kazakhstan #forum`);
      expect(markdown!.content).toContain('- URL: <https://example-news.test/highlights/note>');

      const [zip] = await exportAs('Markdown, one file per page');
      expect(zip!.name).toMatch(/^backstory-highlights-\d{4}-\d{2}-\d{2}\.zip$/);
      const files = unzipSync(new Uint8Array(zip!.bytes));
      const sources = new Set(collection.first.items.map((item: { target: { source: string } }) => item.target.source));
      expect(Object.keys(files).every((name) => name.endsWith('.md'))).toBe(true);
      const urls = Object.values(files).map((file) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(strFromU8(file))![1]!).url);
      expect(new Set(urls)).toEqual(sources);
    });

    it('imports its JSON export back: deleted highlights return, a second import adds nothing, a bad file changes nothing', async () => {
      const [json] = await exportAs('JSON (W3C Web Annotation)');
      const total = JSON.parse(json!.content).total as number;
      const article = library.getByRole('article').filter({ hasText: NOTE }).first();
      await article.getByRole('button', { name: 'Delete' }).first().click();
      await expect.poll(() => library.getByRole('status').filter({ hasText: 'Highlight deleted.' }).count()).toBe(1);
      await expect.poll(() => library.getByText(NOTE).count()).toBe(0);

      const input = library.getByLabel('Import JSON');
      await input.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(json!.content) });
      await expect.poll(() => library.getByRole('status').first().textContent()).toBe(`Imported export.json: 1 added, 0 updated, ${total - 1} already present.`);
      await expect.poll(() => library.getByText(NOTE).count()).toBe(1);
      await input.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(json!.content) });
      await expect.poll(() => library.getByRole('status').first().textContent()).toBe(`Imported export.json: 0 added, 0 updated, ${total} already present.`);

      await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('# not json') });
      await expect.poll(() => library.getByRole('alert').textContent()).toMatch(/^The file is not JSON/);
      await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"highlights": []}') });
      await expect.poll(() => library.getByRole('alert').textContent()).toMatch(/wrong shape/);
      const [again] = await exportAs('JSON (W3C Web Annotation)');
      expect(JSON.parse(again!.content).total).toBe(total);
    });

    it('edits a note and undoes a delete', async () => {
      const article = library.getByRole('article').filter({ hasText: NOTE }).first();
      await article.getByRole('button', { name: 'Edit' }).first().click();
      await article.getByLabel('Note').fill(`${NOTE} (revised)`);
      await article.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => library.getByText(`${NOTE} (revised)`).count()).toBe(1);
      await library.getByRole('article').filter({ hasText: 'revised' }).getByRole('button', { name: 'Delete' }).first().click();
      await expect.poll(() => library.getByText(`${NOTE} (revised)`).count()).toBe(0);
      await library.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => library.getByText(`${NOTE} (revised)`).count()).toBe(1);
    });

    it('shows a large library a page at a time, with the rest on demand', async () => {
      const bulk = Array.from({ length: SEARCH_PAGE_SIZE + 30 }, (_, n) => ({
        ...draft({ text: `Archived wire item ${n} on pipeline tariffs`, url: `https://example-news.test/archive/${n % 7}` }),
        id: `archive-${n}`,
        createdAt: Date.UTC(2020, 0, 1) + n * 60_000,
        updatedAt: Date.UTC(2020, 0, 1) + n * 60_000,
      }));
      await library.getByLabel('Import JSON').setInputFiles({ name: 'archive.json', mimeType: 'application/json', buffer: Buffer.from(toAnnotationJson(bulk)) });
      await expect.poll(() => library.getByRole('status').first().textContent()).toMatch(/^Imported archive\.json: 230 added/);

      const searchbox = library.getByRole('searchbox', { name: 'Search highlights' });
      await searchbox.fill('pipeline tariffs');
      await library.getByText(/^230 of \d+ highlights, the best 200 shown$/).waitFor();
      expect(await library.locator('.hl-list > li').count()).toBe(SEARCH_PAGE_SIZE);
      await library.getByRole('button', { name: 'Show 30 more' }).click();
      await library.getByText(/^230 of \d+ highlights, on 7 pages$/).waitFor();
      expect(await library.locator('.hl-list > li').count()).toBe(230);
      expect(await library.getByRole('button', { name: /^Show \d+ more$/ }).count()).toBe(0);

      // A new query starts again from its first page.
      await searchbox.fill('archived wire');
      await library.getByText(/^230 of \d+ highlights, the best 200 shown$/).waitFor();
      await searchbox.fill('');
    });
  });

  it('makes no request beyond 127.0.0.1 and the extension itself', () => {
    expect(session.foreignRequests()).toEqual([]);
  });
});
