/**
 * 2. In the page: the built extension in Chromium on a fixture article and on a generated
 * ~100,000-word page — main-thread time from the content script's start to the marks painted, the
 * longest task, marks added, the cost of turning annotation off and of a paused page — next to
 * mark.js marking the same names on the same pages, and the two KB placements (compiled KB warm in
 * the background, which the extension does, versus loaded in every tab).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB_ASSET } from '../lib/kb/asset';
import type { Page } from 'playwright-core';
import type { SampleServer } from '../scripts/serve';
import { launchPlain, launchWithExtension, probeMessage, setReadingPaused, traced, tracedLoad, type ExtensionBrowser } from './lib/browser';
import type { InTabTimes } from './page/in-tab';
import type { MarkjsResult } from './page/markjs';
import { startTrace, type TopTask, type Trace, type WindowCost } from './lib/trace';
import { probeScript } from './lib/probe';
import { median, medianRun, medians, type Figures } from './lib/stats';

const CONTENT_SCRIPT = '/content-scripts/content.js';
const MARKS = { names: ['backstory-entity'] };
const MARKJS_PATH = resolve(import.meta.dirname, '../node_modules/mark.js/dist/mark.min.js');

export interface PageEnv {
  server: SampleServer;
  extensionDir: string;
  /** Scratch directory for extension copies and bundles. */
  dir: string;
  fixturePath: string;
  bookPath: string;
  /** KB JSON to swap into a copy of the build for the large-KB runs, by name. */
  largeKb: { name: string; path: string };
  bundledKbPath: string;
  /** The bundled KB's names as written, for mark.js. */
  names: string[];
  inTabScript: string;
  markjsScript: string;
  runs: { fixture: number; book: number; launches: number; warmPerLaunch: number; markjsBoxMs: number };
}

/** One traced page load, from the content script's start to its marks painted. */
export interface LoadFigures extends WindowCost {
  /** Evaluating the content script's bundle (parse, compile, top-level code). */
  bootMs: number;
  marks: number;
  /** The longest tasks of the window and what each mostly did. */
  top: TopTask[];
}

function loadFigures(trace: Trace, marks: number): LoadFigures {
  return { ...trace.fromContentScript(CONTENT_SCRIPT), marks };
}

async function loadAndMeasure(ext: ExtensionBrowser, url: string, settleMs: number, timeout: number): Promise<{ page: Page; figures: LoadFigures }> {
  const { page, trace, size } = await tracedLoad(ext.context, url, { ...MARKS, settleMs, atLeast: 1 }, timeout);
  return { page, figures: loadFigures(trace, size) };
}

/** Turns reading off everywhere (as the popup's switch does) and measures the page until its marks are gone. */
async function measureOff(ext: ExtensionBrowser, page: Page): Promise<WindowCost> {
  const { trace } = await traced(page, async () => {
    const done = probeMessage(page, 'bench:off-done', 30_000);
    await page.evaluate(() => {
      performance.mark('bench:off');
      (window as unknown as { __bench: { watch(label: string, wanted: string): void } }).__bench.watch('bench:off-done', 'empty');
    });
    await setReadingPaused(ext, true);
    await done;
  });
  await setReadingPaused(ext, false);
  const from = trace.mark('bench:off');
  const to = trace.mark('bench:painted');
  if (from === undefined || to === undefined || to < from) throw new Error('The off trace lacks its marks.');
  return trace.cost(from, to);
}

/** A page load with reading paused: what the content script still costs, over its first second. */
async function measurePaused(ext: ExtensionBrowser, url: string): Promise<WindowCost> {
  const page = await ext.context.newPage();
  await page.addInitScript(probeScript({ ...MARKS, settleMs: 0, atLeast: 0 }));
  const cdp = await ext.context.newCDPSession(page);
  const stop = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => performance.mark('bench:loaded'));
  await page.waitForTimeout(1500);
  const trace = await stop();
  await cdp.detach();
  await page.close();
  const start = trace.scriptStart(CONTENT_SCRIPT);
  if (start === undefined) throw new Error('The content script did not run on the paused page.');
  return trace.cost(start, start + 1_000_000);
}

export interface ExtensionResults {
  fixture: Figures;
  book: Figures;
  /** The longest tasks of the run with the median main-thread time. */
  topTasks: { fixture: TopTask[]; book: TopTask[] };
  off: { fixture: Figures; book: Figures };
  paused: Figures;
}

async function extensionRuns(env: PageEnv, fixtureUrl: string, bookUrl: string, log: (line: string) => void): Promise<ExtensionResults> {
  const ext = await launchWithExtension(env.extensionDir);
  try {
    // A first page warms the background (KB load): the placement runs measure that separately.
    await (await loadAndMeasure(ext, fixtureUrl, 800, 60_000)).page.close();
    const fixture: LoadFigures[] = [];
    const offFixture: WindowCost[] = [];
    for (let run = 0; run < env.runs.fixture; run++) {
      const { page, figures } = await loadAndMeasure(ext, fixtureUrl, 800, 60_000);
      fixture.push(figures);
      if (run < 3) offFixture.push(await measureOff(ext, page));
      await page.close();
    }
    log(`  fixture: ${median(fixture.map((run) => run.busyMs)).toFixed(1)} ms main thread, ${fixture[0]?.marks} marks`);
    const book: LoadFigures[] = [];
    const offBook: WindowCost[] = [];
    for (let run = 0; run < env.runs.book; run++) {
      const { page, figures } = await loadAndMeasure(ext, bookUrl, 1500, 180_000);
      book.push(figures);
      offBook.push(await measureOff(ext, page));
      await page.close();
    }
    log(`  100k-word page: ${median(book.map((run) => run.busyMs)).toFixed(0)} ms main thread, longest task ${median(book.map((run) => run.longestTaskMs)).toFixed(1)} ms`);
    await setReadingPaused(ext, true);
    const paused: WindowCost[] = [];
    for (let run = 0; run < 3; run++) paused.push(await measurePaused(ext, fixtureUrl));
    await setReadingPaused(ext, false);
    return {
      fixture: medians(fixture),
      book: medians(book),
      topTasks: { fixture: medianRun(fixture).top, book: medianRun(book).top },
      off: { fixture: medians(offFixture), book: medians(offBook) }, paused: medians(paused) };
  } finally {
    await ext.close();
  }
}

export interface PlacementResults {
  /** Compiled KB warm in the background (the extension's design): page figures, first page after start and later ones. */
  background: Record<string, { cold: Figures; warm: Figures }>;
  /** The KB loaded by every tab: the in-tab steps, run in the page's main thread. */
  inTab: Record<string, Figures>;
}

/**
 * The extension with each KB in turn as its `kb.json.gz`: the first page after a browser start (cold
 * background) and later pages. Launches alternate between the KBs so that the machine's load
 * drifting over the run weighs on both alike.
 */
async function backgroundPlacement(env: PageEnv, kbs: Record<string, string>, fixtureUrl: string): Promise<PlacementResults['background']> {
  const dirs: Record<string, string> = {};
  const runs: Record<string, { cold: LoadFigures[]; warm: LoadFigures[] }> = {};
  for (const [name, kbPath] of Object.entries(kbs)) {
    dirs[name] = join(env.dir, `extension-${name}`);
    cpSync(env.extensionDir, dirs[name], { recursive: true });
    writeFileSync(join(dirs[name], KB_ASSET), gzipSync(readFileSync(kbPath), { level: 9 }));
    runs[name] = { cold: [], warm: [] };
  }
  for (let launch = 0; launch < env.runs.launches; launch++) {
    for (const name of Object.keys(kbs)) {
      const ext = await launchWithExtension(dirs[name]!);
      try {
        for (let run = 0; run <= env.runs.warmPerLaunch; run++) {
          const { page, figures } = await loadAndMeasure(ext, fixtureUrl, 800, 120_000);
          runs[name]![run === 0 ? 'cold' : 'warm'].push(figures);
          await page.close();
        }
      } finally {
        await ext.close();
      }
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([name, { cold, warm }]) => [name, { cold: medians(cold), warm: medians(warm) }]));
}

export interface MarkjsRunFigures extends WindowCost {
  markMs: number;
  marks: number;
  namesDone: number;
  names: number;
  timedOut: number;
}

async function markjsRun(env: PageEnv, url: string, boxMs: number): Promise<MarkjsRunFigures> {
  const browser = await launchPlain();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: readFileSync(MARKJS_PATH, 'utf8') });
    await page.addScriptTag({ content: env.markjsScript });
    const { result, trace } = await traced(page, () =>
      page.evaluate(([names, box]) => (globalThis as unknown as { __benchMarkjs(names: string[], box: number): Promise<MarkjsResult> }).__benchMarkjs(names, box), [env.names, boxMs] as const),
    );
    const cost = trace.cost(trace.mark('bench:start')!, trace.mark('bench:painted')!);
    return { ...cost, markMs: result.markMs, marks: result.marks, namesDone: result.namesDone, names: env.names.length, timedOut: result.timedOut ? 1 : 0 };
  } finally {
    await browser.close();
  }
}

async function inTabRun(env: PageEnv, fixtureUrl: string, kbUrl: string): Promise<Figures> {
  const browser = await launchPlain();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(fixtureUrl, { waitUntil: 'load' });
    await page.addScriptTag({ content: env.inTabScript });
    const { result, trace } = await traced(page, () =>
      page.evaluate((url) => (globalThis as unknown as { __benchInTab(url: string): Promise<InTabTimes> }).__benchInTab(url), kbUrl),
    );
    const cost = trace.cost(trace.mark('bench:start')!, trace.mark('bench:painted')!);
    return { ...cost, ...result };
  } finally {
    await browser.close();
  }
}

export interface PageResults {
  extension: ExtensionResults;
  markjs: { fixture: Figures; book: Figures };
  placement: PlacementResults;
}

export async function benchPage(env: PageEnv, log: (line: string) => void): Promise<PageResults> {
  const { server } = env;
  server.pages.set('/bench-book.html', readFileSync(env.bookPath, 'utf8'));
  server.pages.set('/kb-bundled.json', readFileSync(env.bundledKbPath, 'utf8'));
  server.pages.set(`/kb-${env.largeKb.name}.json`, readFileSync(env.largeKb.path, 'utf8'));
  const fixtureUrl = `${server.origin}/${env.fixturePath}`;
  const bookUrl = `${server.origin}/bench-book.html`;

  log('In the page: Backstory (built extension)');
  const extension = await extensionRuns(env, fixtureUrl, bookUrl, log);

  log('In the page: mark.js with the same names');
  const markjsFixture: MarkjsRunFigures[] = [];
  for (let run = 0; run < 3; run++) markjsFixture.push(await markjsRun(env, fixtureUrl, env.runs.markjsBoxMs));
  const markjsBook = await markjsRun(env, bookUrl, env.runs.markjsBoxMs);
  log(`  fixture: ${median(markjsFixture.map((run) => run.busyMs)).toFixed(0)} ms; 100k-word page: ${markjsBook.timedOut ? '>' : ''}${markjsBook.busyMs.toFixed(0)} ms`);

  log('KB placements: warm in the background vs loaded in every tab');
  const background = await backgroundPlacement(env, { bundled: env.bundledKbPath, [env.largeKb.name]: env.largeKb.path }, fixtureUrl);
  const inTabRuns: Record<string, Figures[]> = { bundled: [], [env.largeKb.name]: [] };
  for (let run = 0; run < 3; run++) {
    for (const name of Object.keys(inTabRuns)) inTabRuns[name]!.push(await inTabRun(env, fixtureUrl, `${server.origin}/kb-${name}.json`));
  }
  const inTab = Object.fromEntries(Object.entries(inTabRuns).map(([name, runs]) => [name, medians(runs)]));
  return { extension, markjs: { fixture: medians(markjsFixture), book: medians([markjsBook]) }, placement: { background, inTab } };
}
