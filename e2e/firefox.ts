/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox build installed as a
 * temporary add-on. The add-on's internal UUID is pinned by a pref so tests can open its pages.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../scripts/browsers';
import { startSampleServer, type SampleServer } from '../scripts/serve';
import type { ExtensionApi } from './extension-api';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../.output/firefox-mv2');
const ADDON_ID = 'backstory@backstory-reader.org';
const ADDON_UUID = '6f1d3c52-8f0a-4b8e-9a57-2b1f0c7d4e11';

export interface FirefoxSession {
  browser: Browser;
  server: SampleServer;
  extensionOrigin: string;
  openSample(name: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Why the Firefox tier cannot run here, or null when it can. */
export function firefoxUnavailableReason(): string | null {
  if (!findFirefox()) return 'Firefox is not installed (Debian: `apt-get install -y firefox-esr`, or set FIREFOX_PATH).';
  if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) return `no Firefox build at ${FIREFOX_BUILD} (run \`npm run build:firefox\`).`;
  return null;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const server = await startSampleServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    protocol: 'webDriverBiDi',
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Keep Firefox on this machine: no telemetry, updates or captive-portal probes.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.update.enabled': false,
      'browser.search.update': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.dns.localDomains': '127.0.0.1',
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const extensionOrigin = `moz-extension://${ADDON_UUID}`;
  return {
    browser,
    server,
    extensionOrigin,
    async openSample(name) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${name}`);
      return page;
    },
    async openExtensionPage(path) {
      const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
      const page = await browser.newPage();
      // The switch to the extension's process detaches the frame, so puppeteer's goto never
      // settles; the page lives on in a new browsing context, which we look up by URL.
      page.goto(url).catch(() => undefined);
      for (let waited = 0; waited < 15_000; waited += 100) {
        for (const candidate of await browser.pages()) {
          // page.url() is stale after the process switch; ask the document itself.
          const href = await candidate.evaluate(() => location.href).catch(() => null);
          if (href === url) {
            await waitInPage(candidate, () => document.readyState === 'complete');
            return candidate;
          }
        }
        await new Promise((wake) => setTimeout(wake, 100));
      }
      throw new Error(`Firefox did not open ${url}`);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Reads until `accept` says yes or the time is up, then returns the last value read. */
export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/**
 * Evaluates in the page until the answer is truthy, else fails. Puppeteer's own waiting
 * (`waitForFunction`, `waitForSelector`, locators) builds its poller with Function(), which an
 * extension page's CSP blocks in Firefox ESR 140; a plain evaluate is allowed.
 */
async function evaluateUntil(evaluate: () => Promise<unknown>, what: string, timeout: number): Promise<void> {
  const answer = await poll(() => evaluate().catch(() => false), Boolean, timeout);
  if (!answer) throw new Error(`timed out after ${timeout} ms: ${what}`);
}

/** Waits until `condition` holds in the page. */
export function waitInPage(page: Page, condition: () => unknown, timeout = 10_000): Promise<void> {
  return evaluateUntil(() => page.evaluate(condition), `waiting for ${condition.toString()}`, timeout);
}

/** Clicks the page's first button whose text includes `text`, once there is one. */
export function clickButton(page: Page, text: string, timeout = 10_000): Promise<void> {
  const click = (label: string): boolean => {
    const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(label));
    button?.click();
    return button !== undefined;
  };
  return evaluateUntil(() => page.evaluate(click, text), `no button "${text}"`, timeout);
}

/** What a tab's content script reports about its page (the `pageReading` message), as tests read it. */
export interface FirefoxReading {
  state: string;
  openCard: { entityId: string; text: string; busy?: boolean } | null;
  quotes?: { verdict: string; speaker: string; text: string }[];
}

/** The report of the tab showing `url`, asked from an extension page (tabs.sendMessage to every tab). */
export function readingOf(extensionPage: Page, url: string): Promise<FirefoxReading | null> {
  return extensionPage.evaluate(async (target) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    for (const tab of await api.tabs.query({})) {
      const status = (await api.tabs.sendMessage(tab.id!, { type: 'pageStatus', payload: {} }).catch(() => null)) as { value: { url: string } } | null;
      if (status?.value.url !== target) continue;
      return ((await api.tabs.sendMessage(tab.id!, { type: 'pageReading', payload: {} })) as { value: FirefoxReading }).value;
    }
    return null;
  }, url);
}
