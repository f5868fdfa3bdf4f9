/**
 * `npm start`: builds the extension, serves the bundled sample articles on 127.0.0.1 and opens
 * Chromium with Backstory loaded on one of them. Without a display it runs headless, hovers the
 * first mark and writes a screenshot.
 *
 * Options: --no-build, --sample NAME (a file in samples/pages), --headless, --shot PATH.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROME_BUILD, findChromium, isBrandedChrome, quietChromiumArgs } from './browsers';
import { startSampleServer } from './serve';

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    sample: { type: 'string', default: '000_40a4911dea31cc08.html' },
    shot: { type: 'string', default: resolve(import.meta.dirname, '../.output/backstory-start.png') },
  },
});

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Waits for Backstory's marks, scrolls the first into view and hovers it so its card shows. */
async function hoverFirstMark(page: Page): Promise<boolean> {
  const firstMark = () =>
    page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (name !== 'backstory-entity') continue;
        for (const range of highlight) {
          const rect = (range as Range).getBoundingClientRect();
          if (rect.width > 0) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
  const deadline = Date.now() + 8_000;
  let point = await firstMark();
  while (!point && Date.now() < deadline) {
    await page.waitForTimeout(100);
    point = await firstMark();
  }
  if (!point) return false;
  // Leave room below the mark for the card.
  await page.evaluate((y) => window.scrollBy(0, y - 160), point.y);
  await page.waitForTimeout(100);
  point = await firstMark();
  if (!point) return false;
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(800);
  return true;
}

async function main(): Promise<void> {
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  }
  if (isBrandedChrome(executablePath)) {
    console.error(
      `✖ ${executablePath} is branded Google Chrome, which ignores --load-extension since version 137.\n` +
        '  Use Chromium (`sudo apt-get install -y chromium`) or Chrome for Testing, and point CHROME_PATH at it.',
    );
    process.exit(1);
  }
  if (!options['no-build']) {
    console.log('Building the extension…');
    execSync('npx wxt build', { stdio: 'inherit' });
  }

  const server = await startSampleServer();
  const url = `${server.origin}/${options.sample}`;
  const headless = options.headless || !hasDisplay();
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    args: quietChromiumArgs(CHROME_BUILD),
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Backstory is loaded on ${url} (all samples: ${server.origin}/)`);

  if (headless) {
    const hovered = await hoverFirstMark(page);
    mkdirSync(dirname(options.shot!), { recursive: true });
    await page.screenshot({ path: options.shot! });
    console.log(
      `No display, so Chromium ran headless. Screenshot${hovered ? ' (hovering the first mark)' : ''}: ${options.shot}`,
    );
    await context.close();
    await server.close();
    return;
  }
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  context.on('close', stop);
}

await main();
