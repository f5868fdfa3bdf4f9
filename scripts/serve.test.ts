import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SAMPLES_DIR, startSampleServer, type SampleServer } from './serve';

let server: SampleServer;
beforeAll(async () => {
  server = await startSampleServer();
});
afterAll(() => server.close());

describe('sample server', () => {
  it('binds to 127.0.0.1 and lists the sample articles', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const index = await (await fetch(`${server.origin}/`)).text();
    for (const name of readdirSync(SAMPLES_DIR)) expect(index).toContain(name);
  });

  it('serves a sample byte for byte and refuses paths outside the folder', async () => {
    const name = readdirSync(SAMPLES_DIR)[0]!;
    const served = await fetch(`${server.origin}/${name}`);
    expect(served.headers.get('content-type')).toContain('text/html');
    expect(await served.text()).toBe(readFileSync(resolve(SAMPLES_DIR, name), 'utf8'));
    expect((await fetch(`${server.origin}/..%2Fpackage.json`)).status).toBe(404);
  });

  it('serves pages a test registers in memory', async () => {
    server.pages.set('/dynamic.html', '<p>late</p>');
    expect(await (await fetch(`${server.origin}/dynamic.html`)).text()).toBe('<p>late</p>');
  });
});

const shared = resolve(import.meta.dirname, '../../shared/fixtures/pages');
describe.runIf(existsSync(shared))('bundled samples', () => {
  it('are the shared fixture pages, unchanged', () => {
    const names = readdirSync(shared).filter((f) => f.endsWith('.html'));
    expect(readdirSync(SAMPLES_DIR).sort()).toEqual(names.sort());
    for (const name of names) {
      expect(readFileSync(resolve(SAMPLES_DIR, name), 'utf8')).toBe(readFileSync(resolve(shared, name), 'utf8'));
    }
  });
});
