/**
 * Launches Debian's Chromium with the built extension and the sample server, and records every
 * request the browser makes so tests can assert that nothing leaves 127.0.0.1.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, findChromium, quietChromiumArgs } from '../scripts/browsers';

export { CHROME_BUILD };
import { startSampleServer, type SampleServer } from '../scripts/serve';
import type { ExtensionApi } from './extension-api';


/**
 * `work`, or a clear error once `ms` have passed. Playwright's evaluate and the DevTools protocol
 * have no time limit of their own, and a poll awaits its callback without one, so a call that
 * never answers (a frame replaced mid-call) would hang the test silently until its own timeout;
 * bounded, it fails a single poll attempt, which the poll retries, or names the step that hung.
 */
export function bounded<T>(what: string, work: Promise<T>, ms = 10_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, expiry]).finally(() => clearTimeout(timer));
}

/** `work` with a DevTools session on `page`, every step bounded; the session is closed after. */
export async function withCdp<T>(page: Page, work: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await bounded('opening a DevTools session', page.context().newCDPSession(page));
  try {
    return await bounded('a DevTools protocol call', work(cdp));
  } finally {
    await bounded('closing a DevTools session', cdp.detach()).catch(() => undefined);
  }
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  server: SampleServer;
  /** Every URL requested by any page, frame or worker during the session. */
  requests: string[];
  /** Requests to anywhere but the sample server, the extension itself and inline data. */
  foreignRequests(): string[];
  openSample(name: string): Promise<Page>;
  /** The popup page, about the tab showing `page`. */
  openPopup(page: Page): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(): Promise<ExtensionSession> {
  if (!existsSync(resolve(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No extension build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  }
  const server = await startSampleServer();
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: quietChromiumArgs(CHROME_BUILD),
    viewport: { width: 1200, height: 900 },
  });
  // Locator steps wait 30 s by default: a stalled one would outlast the test's own budget unnamed.
  context.setDefaultTimeout(20_000);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(background.url()).host;
  // Web-accessible pages with `use_dynamic_url` (the note editor) load under a per-session id.
  const dynamicId = await background.evaluate(() => (globalThis as unknown as { chrome: { runtime: { dynamicId?: string } } }).chrome.runtime.dynamicId);

  const allowed = (url: string) =>
    url.startsWith(`${server.origin}/`) ||
    url.startsWith(`chrome-extension://${extensionId}/`) ||
    (!!dynamicId && url.startsWith(`chrome-extension://${dynamicId}/`)) ||
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url === 'about:blank';

  return {
    context,
    extensionId,
    background,
    server,
    requests,
    foreignRequests: () => requests.filter((url) => !allowed(url)),
    async openSample(name) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${name}`);
      return page;
    },
    async openPopup(page) {
      // Without the "tabs" permission tab URLs are hidden, so find the tab by making it active.
      await page.bringToFront();
      const tabId = await background.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      if (tabId === undefined) throw new Error(`No tab shows ${page.url()}`);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
}
