import { afterEach, describe, expect, it, vi } from 'vitest';
import { findChromium, INSTALL_CHROMIUM_HINT, isBrandedChrome, quietChromiumArgs } from './browsers';

afterEach(() => vi.unstubAllEnvs());

describe('finding a browser', () => {
  it('uses CHROME_PATH when it exists', () => {
    vi.stubEnv('CHROME_PATH', process.execPath);
    expect(findChromium()).toBe(process.execPath);
  });

  it('explains how to install Chromium when CHROME_PATH points nowhere', () => {
    vi.stubEnv('CHROME_PATH', '/nonexistent/chromium');
    expect(() => findChromium()).toThrow(INSTALL_CHROMIUM_HINT);
  });

  it('tells branded Chrome from Chromium and Chrome for Testing', () => {
    expect(isBrandedChrome('/usr/bin/google-chrome')).toBe(true);
    expect(isBrandedChrome('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBe(true);
    expect(isBrandedChrome('/usr/bin/chromium')).toBe(false);
    expect(isBrandedChrome('/opt/google-chrome-for-testing/chrome')).toBe(false);
  });

  it('keeps Chromium off the network except 127.0.0.1 and loads only our extension', () => {
    const args = quietChromiumArgs('/ext');
    expect(args).toContain('--load-extension=/ext');
    expect(args).toContain('--disable-extensions-except=/ext');
    expect(args).toContain('--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1');
  });
});
