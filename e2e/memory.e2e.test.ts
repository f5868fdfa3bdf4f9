/**
 * Reading memory end to end: two sample articles read → the card for an entity in both says
 * "In 2 articles you read" and links to the other; the library shows the entity's articles; the
 * clear button empties it; the off switch in the popup stops recording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { openCard, pointOnMark, waitForMarks } from './reading-helpers';
import type { ExtensionApi } from './extension-api';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

const FIRST = '000_40a4911dea31cc08.html';
const SECOND = '002_0ba280227a6e1ec8.html';
const THIRD = '003_0d78029cf96f9ddf.html';
const FIRST_TITLE = 'Tensions flare between Russia and Kazakhstan over war in Ukraine';
const FIRST_URL = 'https://example-news.test/world/europe/2022/06/25/tensions-flare-between-russia-and-kazakhstan-over-war-in-ukraine/';
const TOKAYEV = 'kassym-jomart-tokayev';
const DWELL_WAIT_MS = 600;

let session: ExtensionSession;
let library: Page;
beforeAll(async () => {
  session = await launchExtension();
  library = await session.context.newPage();
  await library.goto(`chrome-extension://${session.extensionId}/library.html`);
});
afterAll(async () => {
  await session?.close();
});

async function read(sample: string): Promise<Page> {
  const page = await session.openSample(sample);
  await waitForMarks(page, 10);
  return page;
}

/** Hovers the first Tokayev mark and returns the card's text once its memory line has loaded. */
async function tokayevCard(page: Page): Promise<string> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  const point = await pointOnMark(page, /^(Kassym-Jomart )?Tokayev$/);
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await page.waitForTimeout(DWELL_WAIT_MS);
  await expect.poll(async () => (await openCard(page))?.name, { timeout: 5000 }).toBe('Kassym-Jomart Tokayev');
  // The memory line arrives a moment after the card (one IndexedDB read in the background); until
  // then its place is an empty busy region, so absence of the line is read only once it has answered.
  await expect.poll(async () => (await openCard(page))?.busy, { timeout: 5000 }).toBe(false);
  return (await openCard(page))!.text;
}

/** Clicks an element of the card's closed shadow root, found through the DevTools protocol. */
async function clickInCard(page: Page, className: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const node = findNode(root, (candidate) => (attribute(candidate, 'class') ?? '').split(' ').includes(className));
    if (!node) throw new Error(`no .${className} in the card`);
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as { object: { objectId: string } };
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { this.click(); }' });
  } finally {
    await cdp.detach();
  }
}

/** The card's links (href and text), from its closed shadow root. */
async function cardLinks(page: Page): Promise<{ href: string; text: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const links: { href: string; text: string }[] = [];
    const visit = (node: DomNode) => {
      if (node.nodeName === 'A') links.push({ href: attribute(node, 'href') ?? '', text: textOf(node) });
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
    };
    const host = findNode(root, (node) => node.nodeName === 'BACKSTORY-CARD');
    if (host) visit(host);
    return links;
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function attribute(node: DomNode, name: string): string | undefined {
  const attributes = node.attributes ?? [];
  for (let k = 0; k < attributes.length; k += 2) if (attributes[k] === name) return attributes[k + 1];
  return undefined;
}

function textOf(node: DomNode): string {
  return node.nodeName === '#text' ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');
}

function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/** What the library says about the memory's size. */
async function rememberedCount(): Promise<number> {
  await library.reload();
  const summary = library.getByText(/^\d+ articles? remembered on this device/);
  await summary.waitFor({ timeout: 10_000 });
  return Number(/^(\d+)/.exec((await summary.textContent()) ?? '')![1]);
}

describe('reading memory', () => {
  it('tells, on the card of an entity named in both articles read, "In 2 articles you read" with a link to the other', async () => {
    const first = await read(FIRST);
    // Alone, the article being read is no news: no memory line.
    expect(await tokayevCard(first)).not.toMatch(/articles? you read/);
    await first.close();

    const second = await read(SECOND);
    const text = await tokayevCard(second);
    expect(text).toContain('In 2 articles you read');
    // Collapsed: the articles are not listed until the line is opened.
    expect((await cardLinks(second)).map((link) => link.text)).not.toContain(FIRST_TITLE);
    await clickInCard(second, 'bs-memory-toggle');
    await expect.poll(async () => (await cardLinks(second)).find((link) => link.text === FIRST_TITLE)?.href).toBe(FIRST_URL);
    expect((await openCard(second))!.text).toContain('this page');
    await second.close();
    // Listing the link fetched nothing: links open only on a click.
    expect(session.foreignRequests()).toEqual([]);
  });

  it('updates an article on a revisit instead of remembering it twice', async () => {
    expect(await rememberedCount()).toBe(2);
    const again = await read(FIRST);
    await again.reload();
    await waitForMarks(again, 10);
    expect(await tokayevCard(again)).toContain('In 2 articles you read');
    await again.close();
    expect(await rememberedCount()).toBe(2);
  });

  it('shows, in the library, the articles read that mention the entity picked in the filter', async () => {
    await library.reload();
    const filter = library.getByLabel('Entity');
    await expect.poll(() => filter.locator(`option[value="${TOKAYEV}"]`).textContent()).toBe('Kassym-Jomart Tokayev (2 articles)');
    await filter.selectOption(TOKAYEV);
    const view = library.getByRole('region', { name: 'Articles you read that mention Kassym-Jomart Tokayev' });
    await expect.poll(() => view.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([FIRST_TITLE, 'War in Ukraine strains ties between Kazakhstan and Russia']),
    );
    expect(await view.getByRole('link').count()).toBe(2);
    await filter.selectOption('');
  });

  it('lists the reader’s highlights that mention the entity on the card, and exports a note per entity', async () => {
    const text = 'Kassym-Jomart Tokayev said Kazakhstan would not recognise';
    const draft = {
      url: FIRST_URL,
      title: FIRST_TITLE,
      published: '2022-06-25',
      author: null,
      selectors: { quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' } },
      text,
      note: 'Said to Putin’s face.',
      colour: 'yellow',
      tags: [],
      entityIds: [TOKAYEV, 'vladimir-putin'],
    };
    const send = (message: { type: string; payload: unknown }) =>
      library.evaluate((request) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage(request), message);
    // A retry starts without the highlight its first attempt saved: the card counts them.
    const earlier = (await send({ type: 'highlightsForPage', payload: { url: FIRST_URL } })) as { ok: true; value: { id: string }[] };
    for (const { id } of earlier.value) await send({ type: 'highlightDelete', payload: { id } });
    const saved = await send({ type: 'highlightSave', payload: { draft } });
    expect(saved).toMatchObject({ ok: true });

    const page = await read(SECOND);
    expect(await tokayevCard(page)).toContain('In 2 articles you read · 1 of your highlights');
    await clickInCard(page, 'bs-memory-toggle');
    const passage = async () => (await cardLinks(page)).find((link) => link.text === `“${text}”`)?.href;
    // The link goes to the passage itself (a text fragment), not just the article.
    await expect.poll(async () => (await passage())?.startsWith(`${FIRST_URL}#:~:text=`)).toBe(true);
    await page.close();

    await library.reload();
    await library.getByLabel('Export as').selectOption({ label: 'Markdown, one note per entity ([[links]])' });
    const download = library.waitForEvent('download');
    await library.getByRole('button', { name: /^Export (all|these)$/ }).click();
    const file = await download;
    // Two entities, two notes, one zip; the Tokayev note links Putin's and lists both articles read.
    expect(file.suggestedFilename()).toMatch(/\.zip$/);
    const archive = unzipSync(readFileSync((await file.path())!));
    expect(Object.keys(archive).sort()).toEqual(['Kassym-Jomart Tokayev.md', 'Vladimir Putin.md']);
    const note = strFromU8(archive['Kassym-Jomart Tokayev.md']!);
    expect(note).toContain(`> ${text}`);
    expect(note).toContain('Also: [[Vladimir Putin]]');
    expect(note).toContain('## Articles you read');
    expect(note.match(/^- \[/gm)).toHaveLength(2);
  });

  it('forgets everything with the clear button, after confirmation; the card line is gone', async () => {
    await library.reload();
    await library.getByRole('button', { name: 'Clear reading memory…' }).click();
    await library.getByRole('button', { name: 'Clear memory' }).click();
    await library.getByText('Reading memory cleared: 2 articles forgotten.').waitFor();
    expect(await rememberedCount()).toBe(0);

    // Reading this page again remembers it alone: nothing from before the clear is left.
    const page = await read(SECOND);
    expect(await tokayevCard(page)).not.toMatch(/articles? you read/);
    await page.close();
    expect(await rememberedCount()).toBe(1);
  });

  it('records nothing while the popup’s switch is off, and again once it is on', async () => {
    const page = await read(SECOND);
    const popup = await session.openPopup(page);
    const toggle = popup.getByRole('switch', { name: 'Remember articles I read' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await popup.close();
    await page.close();

    const unrecorded = await read(THIRD);
    // What was remembered before still shows; this article is not among it. The card's memory
    // line is the background's answer to a message sent after the page's recognition came back
    // and after the hover's dwell, so by then the background has long decided not to record it.
    expect(await tokayevCard(unrecorded)).toContain('In 1 article you read');
    expect(await rememberedCount()).toBe(1);
    await unrecorded.close();

    const switchBack = library.getByRole('switch', { name: 'Remember articles I read' });
    await switchBack.click();
    await expect.poll(() => switchBack.isChecked()).toBe(true);
    const recorded = await read(THIRD);
    await expect.poll(rememberedCount, { timeout: 10_000 }).toBe(2);
    expect(await tokayevCard(recorded)).toContain('In 2 articles you read');
    await recorded.close();
  });
});
