/**
 * `npx tsx scripts/reading-screenshots.ts`: the README's pictures of reading with context — the
 * hover card on a sample article (light and dark) and the popup's context cards and timeline.
 * Needs a build (`npm run build`); writes docs/reading-card.png, docs/reading-card-dark.png and
 * docs/reading-popup.png.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension } from '../e2e/harness';

const DOCS = resolve(import.meta.dirname, '../docs');
const SAMPLE = '000_40a4911dea31cc08.html';

async function hoverName(page: Page, name: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => (CSS.highlights.get('backstory-entity')?.size ?? 0) > 10, undefined, { timeout: 10_000 });
  await page.evaluate(() => document.documentElement.setAttribute('data-cookies', 'accepted'));
  const point = await page.evaluate((wanted) => {
    const ranges = [...CSS.highlights.get('backstory-entity')!] as Range[];
    const range = ranges.find((candidate) => candidate.toString() === wanted)!;
    window.scrollBy(0, range.getBoundingClientRect().top - 220);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, name);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.waitForTimeout(700);
  return point;
}

async function main(): Promise<void> {
  const session = await launchExtension();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1000, height: 640 });
      await page.goto(`${session.server.origin}/${SAMPLE}`);
      const point = await hoverName(page, 'Vladimir Putin');
      const path = resolve(DOCS, scheme === 'light' ? 'reading-card.png' : 'reading-card-dark.png');
      await page.screenshot({ path, clip: { x: 0, y: Math.max(0, point.y - 120), width: 800, height: 520 } });
      console.log(`wrote ${path}`);
      if (scheme === 'light') {
        await page.mouse.move(2, 2);
        await page.evaluate(() => window.scrollTo(0, 0));
        const popup = await session.openPopup(page);
        await popup.setViewportSize({ width: 400, height: 760 });
        await popup.getByRole('region', { name: /^People/ }).waitFor();
        const popupPath = resolve(DOCS, 'reading-popup.png');
        await popup.screenshot({ path: popupPath });
        console.log(`wrote ${popupPath}`);
        await popup.close();
      }
      await page.close();
    }
  } finally {
    await session.close();
  }
}

await main();
