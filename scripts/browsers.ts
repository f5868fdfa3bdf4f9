/** Finds the browsers the start script and tests drive, with one clear message when absent. */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const CHROME_BUILD = resolve(import.meta.dirname, '../.output/chrome-mv3');

function onPath(name: string): string | undefined {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-for-testing', 'chrome', 'google-chrome'];

export const INSTALL_CHROMIUM_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome for Testing binary.';

/** CHROME_PATH, then Chromium-family browsers on PATH. Throws with install advice when none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${INSTALL_CHROMIUM_HINT}`);
  }
  for (const name of CHROMIUM_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  throw new Error(INSTALL_CHROMIUM_HINT);
}

/** True for branded Google Chrome, which ignores --load-extension since version 137. */
export function isBrandedChrome(path: string): boolean {
  return /google-chrome(?!-for-testing)|Google Chrome\.app/.test(path) && !/for.testing/i.test(path);
}

/** FIREFOX_PATH, then Firefox ESR or Firefox on PATH; undefined when absent. */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return onPath('firefox-esr') ?? onPath('firefox');
}

/** Chromium flags that keep the browser quiet and on this machine. */
export function quietChromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}
