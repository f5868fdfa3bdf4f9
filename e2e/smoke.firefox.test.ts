import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxUnavailableReason, launchFirefox, type FirefoxSession } from './firefox';
import type { ExtensionApi } from './extension-api';

const skipReason = firefoxUnavailableReason();
if (skipReason) console.warn(`Firefox tier skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('the Firefox build in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs, and its content script answers from a sample article', async () => {
    const article = await session.openSample('000_40a4911dea31cc08.html');
    const extensionPage = await session.openExtensionPage('library.html');
    // From an extension page, ask every tab's content script for its status; the article's answers.
    const statuses = await extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const tabs = await api.tabs.query({});
      const replies = await Promise.all(
        tabs.map((tab) => api.tabs.sendMessage(tab.id!, { type: 'pageStatus', payload: {} }).catch(() => null)),
      );
      return replies.filter(Boolean) as { ok: boolean; value: { url: string; title: string } }[];
    });
    expect(statuses.map((s) => s.value.url)).toContain(article.url());
    expect(statuses.find((s) => s.value.url === article.url())?.value.title).toContain('Tensions flare');
  });
});
