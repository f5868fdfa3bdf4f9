/**
 * KB packs end to end in Chromium: the example pack imported through the library's file input,
 * its entities marked on a served article with the pack named on the card, switched off (unmarked
 * after a reload), a broken pack refused with the entry and field named and nothing changed, and
 * the compile time of a 1,000-entity pack in the real service worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { KB_ASSET } from '../lib/kb/asset';
import { syntheticPack } from '../lib/packs/synthetic';
import { CHROME_BUILD, launchExtension, type ExtensionSession } from './harness';
import type { ExtensionApi } from './extension-api';
import { openCard, paintedMarks, pointOnMark, sampleHtml, waitForMarks } from './reading-helpers';

const EXAMPLE_PACK = resolve(import.meta.dirname, '../samples/packs/example-pack.json');
const PACK_NAME = "Kazakhstan's protected areas";
const PACK_PARAGRAPH =
  'Rangers at Altyn-Emel National Park and the Katon-Karagay National Park counted snow leopards, and visitors to the Kolsay Lakes rose again, officials in Almaty said.';
const DWELL_WAIT_MS = 600;

let session: ExtensionSession;
let library: Page;

beforeAll(async () => {
  session = await launchExtension();
  library = await session.context.newPage();
  await library.goto(`chrome-extension://${session.extensionId}/library.html`);
  await library.getByRole('heading', { name: 'Knowledge packs' }).waitFor();
  await library.getByText('No packs yet.').waitFor();
});
afterAll(async () => {
  await session?.close();
});

/** The first sample article with one more paragraph, naming entities only the example pack has. */
function articleNamingPackEntities(): string {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(sampleHtml('000_40a4911dea31cc08.html'), 'text/html') as unknown as Document;
  const paragraph = doc.createElement('p');
  paragraph.textContent = PACK_PARAGRAPH;
  const body = doc.querySelector('.article-body')!;
  body.insertBefore(paragraph, body.querySelector('p:nth-of-type(3)'));
  const html = '<!doctype html>\n' + doc.documentElement.outerHTML;
  void window.happyDOM.close();
  return html;
}

async function openArticle(): Promise<Page> {
  session.server.pages.set('/pack-article.html', articleNamingPackEntities());
  const page = await session.context.newPage();
  await page.goto(`${session.server.origin}/pack-article.html`);
  await waitForMarks(page, 10);
  return page;
}

const markTexts = async (page: Page): Promise<string[]> => (await paintedMarks(page)).map((mark) => mark.text);

function storageSnapshot(): Promise<string> {
  return session.background.evaluate(async () =>
    JSON.stringify(await (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.get(null)),
  );
}

function packItem(name: string) {
  return library.getByRole('listitem', { name, exact: true });
}

describe('KB packs', () => {
  it('imports the example pack through the library and lists it with its entity count', async () => {
    await library.getByLabel('Import a pack').setInputFiles(EXAMPLE_PACK);
    const status = library.getByRole('status').filter({ hasText: PACK_NAME });
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Imported “Kazakhstan's protected areas”: 6 entities added/);
    const item = packItem(PACK_NAME);
    expect(await item.textContent()).toMatch(/6 entities · recognised on pages · from example-pack\.json/);
    expect(await item.getByRole('checkbox', { name: 'Enabled' }).isChecked()).toBe(true);
    // Nothing of it collides with the bundled KB, so there is nothing to report.
    expect(await item.getByRole('list', { name: /^Collisions/ }).count()).toBe(0);
  });

  it('marks a pack entity on a page and names the pack on its card', async () => {
    const page = await openArticle();
    const marks = await markTexts(page);
    expect(marks).toEqual(expect.arrayContaining(['Altyn-Emel National Park', 'Katon-Karagay National Park', 'Kolsay Lakes']));
    // The bundled KB still marks what it knows, in the same paragraph and around it.
    expect(marks).toEqual(expect.arrayContaining(['Almaty', 'Kassym-Jomart Tokayev']));

    const point = await pointOnMark(page, 'Altyn-Emel National Park');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForTimeout(DWELL_WAIT_MS);
    const card = await openCard(page);
    expect(card?.name).toBe('Altyn-Emel National Park');
    expect(card?.text).toContain(`From pack: ${PACK_NAME}`);
    expect(card?.text).toContain('known for its ‘singing’ sand dune');

    // A bundled entity's card says nothing about packs.
    await page.keyboard.press('Escape');
    const bundled = await pointOnMark(page, 'Kassym-Jomart Tokayev');
    await page.mouse.move(bundled.x, bundled.y, { steps: 3 });
    await page.waitForTimeout(DWELL_WAIT_MS);
    const bundledCard = await openCard(page);
    expect(bundledCard?.name).toBe('Kassym-Jomart Tokayev');
    expect(bundledCard?.text).not.toContain('From pack');
    await page.close();
  });

  it('refuses a broken pack, naming the entry and the field, and changes nothing', async () => {
    const before = await storageSnapshot();
    const example = JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8')) as { entities: Record<string, unknown>[] };
    const broken = {
      name: 'Broken beat',
      entities: [example.entities[0], { ...example.entities[1], id: 'air-astana-cargo', founded: 'in 2001' }],
    };
    await library.getByLabel('Import a pack').setInputFiles({ name: 'broken-pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = library.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('broken-pack.json was not imported');
    expect(await alert.textContent()).toContain('broken-pack.json, entity "air-astana-cargo", field founded: must be YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await alert.textContent()).toContain('nothing changed');

    // Not JSON at all: a plain message, not a parser's stack.
    await library.getByLabel('Import a pack').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Altyn-Emel National Park, Kolsay Lakes') });
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toMatch(/notes\.json was not imported.*is not a JSON file/);

    expect(await storageSnapshot()).toBe(before);
    expect(await library.getByRole('listitem').filter({ hasText: 'Broken beat' }).count()).toBe(0);
    expect(await packItem(PACK_NAME).getByRole('checkbox', { name: 'Enabled' }).isChecked()).toBe(true);
  });

  it('unmarks the pack’s entities after a reload once the pack is disabled, and marks them again when enabled', async () => {
    await packItem(PACK_NAME).getByRole('checkbox', { name: 'Enabled' }).uncheck();
    await library.getByRole('status').filter({ hasText: 'disabled' }).waitFor();
    expect(await packItem(PACK_NAME).textContent()).toContain('· disabled ·');
    const page = await openArticle();
    const marks = await markTexts(page);
    expect(marks).not.toEqual(expect.arrayContaining(['Altyn-Emel National Park']));
    expect(marks.filter((text) => /Altyn-Emel|Katon-Karagay|Kolsay/.test(text))).toEqual([]);
    expect(marks).toEqual(expect.arrayContaining(['Almaty', 'Kassym-Jomart Tokayev']));

    await packItem(PACK_NAME).getByRole('checkbox', { name: 'Enabled' }).check();
    await library.getByRole('status').filter({ hasText: 'enabled' }).waitFor();
    await page.reload();
    await expect.poll(() => markTexts(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['Altyn-Emel National Park']));
    await page.close();
  });

  it('compiles a 1,000-entity pack in the service worker, reports the time, and removes it', async () => {
    const pack = syntheticPack(1000);
    await library.getByLabel('Import a pack').setInputFiles({ name: 'synthetic-1000.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await library.getByRole('status').filter({ hasText: 'Synthetic pack of 1000' }).waitFor({ timeout: 30_000 });
    const build = await library.locator('.pack-build').textContent();
    const ms = Number(/in (\d+) ms/.exec(build ?? '')?.[1]);
    console.log(`KB packs: ${build}`);
    expect(ms).toBeGreaterThan(0);
    expect(build).toMatch(/Compiled with the bundled knowledge base/);
    expect(await packItem('Synthetic pack of 1000').textContent()).toContain('1,000 entities');

    // A stopped service worker comes back to the stored merge instead of compiling again; without
    // the stored merge it compiles (both cold, for comparison).
    const restartedBuild = async (): Promise<string> => {
      const cdp = await library.context().newCDPSession(library);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await library.reload();
      await packItem('Synthetic pack of 1000').waitFor({ timeout: 15_000 });
      return (await library.locator('.pack-build').textContent()) ?? '';
    };
    const cached = await restartedBuild();
    console.log(`KB packs after a service-worker restart: ${cached}`);
    // The stored merge holds the bundled KB, the example pack and the synthetic one.
    const bundled = (JSON.parse(gunzipSync(readFileSync(resolve(CHROME_BUILD, KB_ASSET))).toString('utf8')) as { entities: unknown[] }).entities.length;
    const example = (JSON.parse(readFileSync(EXAMPLE_PACK, 'utf8')) as { entities: unknown[] }).entities.length;
    const merged = (bundled + example + 1000).toLocaleString('en-US');
    expect(cached).toMatch(new RegExp(`^Loaded, already compiled, in \\d+ ms, \\d+ ms in all \\(${merged} entities\\)`));
    await library.evaluate(() => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.remove('kbPacksMerged'));
    const recompiled = await restartedBuild();
    console.log(`KB packs after a restart without the stored merge: ${recompiled}`);
    expect(recompiled).toMatch(/^Compiled with the bundled knowledge base in \d+ ms/);

    await library.getByRole('button', { name: 'Remove Synthetic pack of 1000' }).click();
    await library.getByRole('status').filter({ hasText: 'removed' }).waitFor();
    expect(await library.getByRole('listitem').filter({ hasText: 'Synthetic pack of 1000' }).count()).toBe(0);
    expect(session.foreignRequests()).toEqual([]);
  });
});
