/**
 * Helpers for the reading tests: what the extension painted, what its closed-shadow card says
 * (read through the DevTools protocol, which sees closed shadow roots as the accessibility tree
 * does), and what the content script reports.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { bounded, withCdp, type ExtensionSession } from './harness';
import type { ExtensionApi } from './extension-api';

export const SAMPLES_DIR = resolve(import.meta.dirname, '../samples/pages');
export const GOLD_DIR = resolve(import.meta.dirname, '../../shared/gold');

export interface PaintedMark {
  text: string;
  /** Where it sits: inside `.article-body`, and not in the inline promo. */
  inBody: boolean;
  top: number;
  left: number;
  height: number;
}

/** The ranges Backstory registered under a highlight name, as seen from the page. */
export function paintedMarks(page: Page, name = 'backstory-entity'): Promise<PaintedMark[]> {
  return bounded('the page, asked for its marks', page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((abstract) => {
      const range = abstract as Range;
      const element = range.startContainer.parentElement;
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return {
        text: range.toString(),
        inBody: !!element?.closest('.article-body') && !element.closest('.inline-promo, aside'),
        top: rect.top + window.scrollY,
        left: rect.left,
        height: rect.height,
      };
    });
  }, name));
}

/** Waits until marks are painted and their number has stopped changing. */
export async function waitForMarks(page: Page, minimum = 1): Promise<PaintedMark[]> {
  let previous = -1;
  for (let attempt = 0; attempt < 100; attempt++) {
    const marks = await paintedMarks(page);
    if (marks.length >= minimum && marks.length === previous) return marks;
    previous = marks.length;
    await page.waitForTimeout(150);
  }
  throw new Error(`marks never settled (last count ${previous})`);
}

/** Scrolls the first mark whose text matches into the middle of the view; returns a point on its glyphs. */
export async function pointOnMark(page: Page, text: string | RegExp, nth = 0): Promise<{ x: number; y: number }> {
  const source = typeof text === 'string' ? `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : text.source;
  return page.evaluate(
    ({ pattern, index }) => {
      const matcher = new RegExp(pattern);
      const ranges = [...(CSS.highlights.get('backstory-entity') ?? [])] as Range[];
      const sorted = ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = sorted.filter((candidate) => matcher.test(candidate.toString()))[index];
      if (!range) throw new Error(`no mark matches ${pattern}`);
      const before = range.getBoundingClientRect();
      window.scrollBy(0, before.top - window.innerHeight / 2);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 };
    },
    { pattern: source, index: nth },
  );
}

/** The open card's text and its accessible name, or null when no card is open. */
/** The open card's name and text; `busy` while a part of it (the memory line) is still loading. */
export function openCard(page: Page): Promise<{ name: string; text: string; focused: boolean; busy: boolean } | null> {
  return withCdp(page, cardOf);
}

async function cardOf(cdp: CDPSession): Promise<{ name: string; text: string; focused: boolean; busy: boolean } | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = findNode(root, (node) => node.nodeName === 'BACKSTORY-CARD');
  const shadow = host?.shadowRoots?.[0];
  const dialog = shadow && findNode(shadow, (node) => attribute(node, 'role') === 'dialog');
  if (!dialog) return null;
  const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: dialog.nodeId })) as { outerHTML: string };
  const text = outerHTML
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tree = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const axDialog = tree.nodes.find((node) => node.role?.value === 'dialog');
  const focused = !!axDialog?.properties?.some((property) => property.name === 'focused' && property.value.value === true);
  const busy = !!findNode(dialog, (node) => attribute(node, 'aria-busy') === 'true');
  return { name: String(axDialog?.name?.value ?? ''), text, focused, busy };
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

interface AxNode {
  role?: { value: string };
  name?: { value: unknown };
  properties?: { name: string; value: { value: unknown } }[];
}

function attribute(node: DomNode, name: string): string | undefined {
  const attributes = node.attributes ?? [];
  for (let k = 0; k < attributes.length; k += 2) if (attributes[k] === name) return attributes[k + 1];
  return undefined;
}

function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Every surface string the gold lists for a sample page: mentions, metonyms, descriptions. */
export function goldSurfaces(sample: string): Set<string> {
  const gold = JSON.parse(readFileSync(resolve(GOLD_DIR, sample.replace(/\.html$/, '.json')), 'utf8')) as {
    entities: { mentions?: string[]; metonyms?: string[]; descriptions?: string[]; adjectives?: string[] }[];
  };
  const surfaces = new Set<string>();
  for (const entity of gold.entities) {
    for (const list of [entity.mentions, entity.metonyms, entity.descriptions, entity.adjectives]) {
      for (const surface of list ?? []) surfaces.add(surface);
    }
  }
  return surfaces;
}

/** What the page's content script reports to the popup (asked through the background). */
export async function pageReading(session: ExtensionSession, page: Page): Promise<{
  state: string;
  entities: { id: string; mentions: number }[];
}> {
  await bounded('bringing the tab to the front', page.bringToFront());
  return bounded('the content script, asked for its reading', session.background.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    const reply = (await api.tabs.sendMessage(tab!.id!, { type: 'pageReading', payload: {} })) as
      | { ok: true; value: { state: string; entities: { id: string; mentions: number }[] } }
      | { ok: false; error: string }
      | undefined;
    if (!reply?.ok) throw new Error(`pageReading failed: ${JSON.stringify(reply)}`);
    return reply.value;
  }));
}

/** Sets the pause settings as the popup would. */
export function setPause(session: ExtensionSession, settings: { pausedEverywhere: boolean; pausedSites: string[] }): Promise<void> {
  return session.background.evaluate(
    (value) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.set({ readingSettings: value }),
    settings,
  );
}

export function sampleHtml(name: string): string {
  return readFileSync(resolve(SAMPLES_DIR, name), 'utf8');
}
