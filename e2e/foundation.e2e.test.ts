import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROME_BUILD, launchExtension, type ExtensionSession } from './harness';
import type { ExtensionApi } from './extension-api';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('installs under the name Backstory with a background worker that answers', async () => {
    const manifest = JSON.parse(readFileSync(resolve(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.name).toBe('Backstory');
    const reply = await session.background.evaluate(
      () => (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.getManifest().name,
    );
    expect(reply).toBe('Backstory');
  });

  it('runs its content script on a sample article and the popup reaches it', async () => {
    const article = await session.openSample('000_40a4911dea31cc08.html');
    const popup = await session.openPopup(article);
    await expect
      .poll(() => popup.getByRole('status').first().textContent(), { timeout: 10_000 })
      .toContain('Tensions flare between Russia and Kazakhstan');
    await popup.close();
    await article.close();
  });

  it('the library page opens from the extension id', async () => {
    const library = await session.context.newPage();
    await library.goto(`chrome-extension://${session.extensionId}/library.html`);
    await expect.poll(() => library.getByRole('heading', { level: 1 }).textContent()).toBe('Highlights');
    await library.close();
  });

  it('makes no request beyond 127.0.0.1 and the extension itself', () => {
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.foreignRequests()).toEqual([]);
  });
});
