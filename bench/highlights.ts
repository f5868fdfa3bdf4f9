/**
 * 3. Highlights: restoring 200 highlights on one page (anchoring and painting, in Chromium with the
 * built extension), the save round trip from a selection to the stored record (the context-menu
 * path), full-text search over 10,000 stored highlights and exporting them to each format — both
 * the library functions alone (Node) and the round trip through the background (IndexedDB
 * included), as the library page feels it.
 */
import type { Page } from 'playwright-core';
import type { SampleServer } from '../scripts/serve';
import { searchHighlights } from '../lib/highlights/search';
import { markdownFiles } from '../lib/highlights/markdown';
import { toReadwiseCsv } from '../lib/highlights/csv';
import { parseAnnotationImport, toAnnotationJson } from '../lib/highlights/webAnnotation';
import type { Highlight } from '../lib/highlights/record';
import { COLOUR_NAMES } from '../lib/highlights/colours';
import { launchWithExtension, setReadingPaused, tracedLoad, type ExtensionBrowser } from './lib/browser';
import type { HighlightSeeds } from './page/highlight-seeds';
import { highlightRecords } from './lib/highlight-records';
import { median, medianRun, medians, timeMedian, type Figures } from './lib/stats';
import type { TopTask } from './lib/trace';

const QUERIES = ['tokayev', 'security treaty', 'kaz', 'forum sanctions'];
const EXPORTS = ['markdown-pages', 'markdown-all', 'json', 'csv'] as const;
const HIGHLIGHT_LAYERS = { names: ['backstory-hl-*'], except: ['backstory-hl-flash'] };

export interface HighlightsEnv {
  server: SampleServer;
  extensionDir: string;
  articleHtml: string;
  paragraphs: readonly string[];
  entityIds: readonly string[];
  seedsScript: string;
  restoreCount: number;
  libraryCount: number;
  runs: { restore: number; saves: number; searches: number };
}

export interface NodeHighlightResults {
  records: number;
  /** Median over the queries of each query's median; "cold": fresh record objects (as the background gets from IndexedDB). */
  searchColdMs: number;
  searchWarmMs: number;
  exportMs: Record<string, number>;
  importParseMs: number;
  jsonBytes: number;
}

/** The library functions alone, in Node. */
export function benchHighlightsNode(env: Pick<HighlightsEnv, 'paragraphs' | 'entityIds' | 'libraryCount'>): NodeHighlightResults {
  const records = highlightRecords(env.paragraphs, env.entityIds, env.libraryCount);
  const warm = QUERIES.map((query) => timeMedian(() => searchHighlights(records, query), 9, 2));
  // Every background search reads fresh objects from IndexedDB, so the per-record cache never hits.
  const cold = QUERIES.map((query) => {
    const copies = Array.from({ length: 3 }, () => structuredClone(records));
    const times = copies.map((copy) => {
      const start = performance.now();
      searchHighlights(copy, query);
      return performance.now() - start;
    });
    return median(times);
  });
  const now = Date.UTC(2022, 6, 1);
  const exportMs: Record<string, number> = {
    'markdown-pages': timeMedian(() => markdownFiles(records, 'pages', { now }), 5, 1),
    'markdown-all': timeMedian(() => markdownFiles(records, 'all', { now }), 5, 1),
    json: timeMedian(() => toAnnotationJson(records, now), 5, 1),
    csv: timeMedian(() => toReadwiseCsv(records), 5, 1),
  };
  const json = toAnnotationJson(records, now);
  const importParseMs = timeMedian(() => parseAnnotationImport(json, now), 3, 1);
  return { records: records.length, searchColdMs: median(cold), searchWarmMs: median(warm), exportMs, importParseMs, jsonBytes: Buffer.byteLength(json) };
}

type ExtensionApi = {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
};

/** Sends a background message from an extension page and times the round trip there. */
async function roundTrip(library: Page, type: string, payload: unknown): Promise<{ ms: number; value: unknown }> {
  const reply = await library.evaluate(
    async ([type, payload]) => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const start = performance.now();
      const result = await api.runtime.sendMessage({ type, payload });
      return { ms: performance.now() - start, result };
    },
    [type, payload] as const,
  );
  if (!reply.result.ok) throw new Error(`${type} failed: ${reply.result.error}`);
  return { ms: reply.ms, value: reply.result.value };
}

function recordsFromSeeds(seeds: HighlightSeeds): Highlight[] {
  const time = Date.UTC(2022, 5, 26);
  return seeds.items.map((item, k) => ({
    id: `bench-restore-${k}`,
    url: seeds.url,
    title: seeds.title,
    published: null,
    author: null,
    selectors: item.selectors,
    text: item.text,
    note: '',
    colour: COLOUR_NAMES[k % COLOUR_NAMES.length]!,
    tags: [],
    entityIds: [],
    createdAt: time + k,
    updatedAt: time + k,
  }));
}

/** Selects a run of words in paragraph `index` of the article, as a reader's drag would. */
async function selectWords(page: Page, index: number): Promise<string> {
  return page.evaluate((index) => {
    const paragraphs = document.querySelectorAll('.article-body p');
    const paragraph = paragraphs[index % paragraphs.length]!;
    const node = [...paragraph.childNodes].find((child) => child.nodeType === Node.TEXT_NODE) as Text;
    const words = [...node.data.matchAll(/\S+/g)];
    const first = Math.min(2, words.length - 1);
    const last = Math.min(words.length - 1, first + 5);
    const range = document.createRange();
    range.setStart(node, words[first]!.index);
    range.setEnd(node, words[last]!.index + words[last]![0].length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return range.toString();
  }, index);
}

/** The context-menu path: background → tab (describe the selection) → background (store) → tab → background. */
async function saveRoundTrip(ext: ExtensionBrowser): Promise<number> {
  const reply = await ext.background.evaluate(async () => {
    type Api = {
      tabs: {
        query(filter: object): Promise<{ id?: number }[]>;
        sendMessage(tab: number, message: unknown, options: object): Promise<{ ok: boolean; value?: { saved: boolean }; error?: string }>;
      };
    };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    const start = performance.now();
    const result = await api.tabs.sendMessage(tab!.id!, { type: 'highlightSelection', payload: {} }, { frameId: 0 });
    return { ms: performance.now() - start, result };
  });
  if (!reply.result.ok || !reply.result.value?.saved) throw new Error(`highlightSelection did not save: ${JSON.stringify(reply.result)}`);
  return reply.ms;
}

export interface BrowserHighlightResults {
  restore: Figures;
  restoreTopTasks: TopTask[];
  saveMs: number;
  saves: number;
  library: {
    records: number;
    importMs: number;
    /** The library's request: the best SEARCH_PAGE_SIZE matches. */
    searchMs: number;
    /** The obvious alternative: every match sent to the page. */
    searchAllMs: number;
    exportMs: Record<string, number>;
  };
}

export async function benchHighlightsBrowser(env: HighlightsEnv, log: (line: string) => void): Promise<BrowserHighlightResults> {
  env.server.pages.set('/bench-article.html', env.articleHtml);
  const articleUrl = `${env.server.origin}/bench-article.html`;
  const ext = await launchWithExtension(env.extensionDir);
  try {
    const library = await ext.context.newPage();
    await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
    // Restore alone: the entity marks would share the main thread with it.
    await setReadingPaused(ext, true);

    const seeding = await ext.context.newPage();
    await seeding.goto(articleUrl);
    await seeding.addScriptTag({ content: env.seedsScript });
    const seeds = await seeding.evaluate((count) => (globalThis as unknown as { __benchSeeds(count: number): HighlightSeeds }).__benchSeeds(count), env.restoreCount);
    await seeding.close();
    const pageRecords = recordsFromSeeds(seeds);
    await roundTrip(library, 'highlightImport', { text: toAnnotationJson(pageRecords) });

    const restores: (Figures & { busyMs: number })[] = [];
    const tops: TopTask[][] = [];
    let last: Page | null = null;
    for (let run = 0; run < env.runs.restore; run++) {
      const { page, trace, size } = await tracedLoad(ext.context, articleUrl, { ...HIGHLIGHT_LAYERS, settleMs: 500, atLeast: pageRecords.length }, 60_000);
      const { top, ...figures } = trace.fromContentScript();
      restores.push({ ...figures, highlights: size });
      tops.push(top);
      if (last) await last.close();
      last = page;
    }
    const restore = medians(restores);
    const restoreTop = tops[restores.indexOf(medianRun(restores))]!;
    log(`  restore ${pageRecords.length}: ${restore.busyMs?.toFixed(1)} ms main thread, ${restore.wallMs?.toFixed(0)} ms to painted`);

    const saves: number[] = [];
    await last!.bringToFront();
    for (let run = 0; run < env.runs.saves; run++) {
      await selectWords(last!, run * 3 + 1);
      // The reader reaches for the menu a moment after selecting; the selection bar has shown by then.
      await last!.waitForTimeout(300);
      saves.push(await saveRoundTrip(ext));
    }
    await last!.close();

    const records = highlightRecords(env.paragraphs, env.entityIds, env.libraryCount);
    await library.bringToFront();
    const imported = await roundTrip(library, 'highlightImport', { text: toAnnotationJson(records) });
    const searches: number[] = [];
    const searchesAll: number[] = [];
    for (let run = 0; run < env.runs.searches; run++) {
      const query = QUERIES[run % QUERIES.length];
      searches.push((await roundTrip(library, 'highlightSearch', { query, filters: {} })).ms);
      searchesAll.push((await roundTrip(library, 'highlightSearch', { query, filters: {}, limit: Number.MAX_SAFE_INTEGER })).ms);
    }
    const exportMs: Record<string, number> = {};
    for (const format of EXPORTS) {
      const times: number[] = [];
      for (let run = 0; run < 3; run++) times.push((await roundTrip(library, 'highlightExport', { format })).ms);
      exportMs[format] = median(times);
    }
    const total = pageRecords.length + saves.length + records.length;
    log(`  library of ${total}: search ${median(searches).toFixed(0)} ms round trip (${median(searchesAll).toFixed(0)} ms sending every match)`);
    return {
      restore,
      restoreTopTasks: restoreTop,
      saveMs: median(saves),
      saves: saves.length,
      library: { records: total, importMs: imported.ms, searchMs: median(searches), searchAllMs: median(searchesAll), exportMs },
    };
  } finally {
    await ext.close();
  }
}
