/**
 * A static server for the bundled sample articles, bound to 127.0.0.1 only. Used by `npm start`,
 * the end-to-end tests and the benchmarks.
 */
import { createServer, type Server } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const SAMPLES_DIR = resolve(import.meta.dirname, '../samples/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface SampleServer {
  origin: string;
  /** Extra pages a test serves from memory, by path ("/dynamic.html"). */
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function startSampleServer(dir = SAMPLES_DIR, port = 0): Promise<SampleServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    try {
      if (pages.has(path)) {
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.end(pages.get(path));
        return;
      }
      if (path === '/') {
        const files = (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();
        const items = files.map((f) => `<li><a href="/${f}">${f}</a></li>`).join('');
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.end(`<!doctype html><title>Backstory samples</title><h1>Sample articles</h1><ul>${items}</ul>`);
        return;
      }
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    pages,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
