/**
 * Chromium sessions for the in-page benchmarks: one with an extension build loaded (as the e2e
 * harness launches it), one plain for the side-by-side libraries, and a traced page load.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, quietChromiumArgs } from '../../scripts/browsers';
import { probeScript, type ProbeOptions } from './probe';
import { startTrace, type Trace } from './trace';

const VIEWPORT = { width: 1200, height: 900 };

export interface ExtensionBrowser {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir: string): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: quietChromiumArgs(extensionDir),
    viewport: VIEWPORT,
  });
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, background, extensionId: new URL(background.url()).host, close: () => context.close() };
}

/** Pauses or resumes reading everywhere, as the popup's switch does (storage key of `utils/settings.ts`). */
export async function setReadingPaused(ext: ExtensionBrowser, paused: boolean): Promise<void> {
  await ext.background.evaluate(async (pausedEverywhere) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ readingSettings: { pausedEverywhere, pausedSites: [] } });
  }, paused);
}

/** Chromium with the same quiet flags and no extension. */
export async function launchPlain(): Promise<Browser> {
  const args = quietChromiumArgs('').filter((arg) => !arg.includes('extension'));
  return chromium.launch({ executablePath: findChromium(), headless: true, args });
}

export async function chromiumVersion(): Promise<string> {
  const browser = await launchPlain();
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

export interface TracedLoad {
  page: Page;
  trace: Trace;
  /** What the probe reported: the watched highlights' size once settled. */
  size: number;
}

/** Waits for the probe's console message starting with `label`; returns the number after it. */
export async function probeMessage(page: Page, label: string, timeout: number): Promise<number> {
  const message = await page.waitForEvent('console', { predicate: (msg) => msg.text().startsWith(`${label} `), timeout });
  return Number(message.text().slice(label.length + 1));
}

/**
 * Opens `url` in a new page of `context` with the probe installed, tracing from before navigation
 * until the probe reports the watched highlights settled.
 */
export async function tracedLoad(context: BrowserContext, url: string, probe: ProbeOptions, timeout = 60_000): Promise<TracedLoad> {
  const page = await context.newPage();
  await page.addInitScript(probeScript(probe));
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  const done = probeMessage(page, 'bench:done', timeout);
  await page.goto(url, { waitUntil: 'load' });
  const size = await done;
  const trace = await stop();
  await cdp.detach();
  return { page, trace, size };
}

/** Traces `action` on an open page (which must have the probe); the trace ends when `until` resolves. */
export async function traced<T>(page: Page, action: () => Promise<T>): Promise<{ result: T; trace: Trace }> {
  const cdp = await page.context().newCDPSession(page);
  const stop = await startTrace(cdp);
  const result = await action();
  const trace = await stop();
  await cdp.detach();
  return { result, trace };
}
