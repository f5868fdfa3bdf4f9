/**
 * 4. Size: each built bundle (content script, background, popup, library) with the files it loads
 * (shared chunks and styles counted in each bundle that loads them), raw and gzip; the KB artifact
 * on its own; and the whole extension with and without it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { KB_ASSET } from '../lib/kb/asset';

export interface SizeFigures {
  raw: number;
  gzip: number;
  files: string[];
}

export interface SizeResults {
  bundles: Record<string, SizeFigures>;
  kb: SizeFigures;
  extension: { withKb: SizeFigures; withoutKb: SizeFigures };
}


function measure(root: string, files: Iterable<string>): SizeFigures {
  const list = [...new Set(files)].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const content = readFileSync(join(root, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip, files: list };
}

/** A file and everything it loads: an HTML page's scripts and styles, a module's static imports. */
function closure(root: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(root, file), 'utf8');
  const references = file.endsWith('.html')
    ? [...text.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((match) => match[1]!.slice(1))
    : file.endsWith('.js')
      ? [...text.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((match) => relative(root, join(root, dirname(file), match[1]!)))
      : [];
  for (const reference of references) closure(root, reference, seen);
  return seen;
}

function allFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(root, path) : [relative(root, path)];
  });
}

/** The KB as the JSON it is (raw) and as it ships (gzipped, `kb.json.gz`). */
function kbSize(extensionDir: string): SizeFigures {
  const shipped = readFileSync(join(extensionDir, KB_ASSET));
  return { raw: gunzipSync(shipped).length, gzip: shipped.length, files: [KB_ASSET] };
}

export function benchSizes(extensionDir: string): SizeResults {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
    action: { default_popup: string };
    content_scripts: { js: string[]; css?: string[] }[];
  };
  const contentFiles = manifest.content_scripts.flatMap((script) => [...script.js, ...(script.css ?? [])]).flatMap((file) => [...closure(extensionDir, file)]);
  const bundles: Record<string, SizeFigures> = {
    'content script': measure(extensionDir, contentFiles),
    background: measure(extensionDir, closure(extensionDir, manifest.background.service_worker)),
    popup: measure(extensionDir, closure(extensionDir, manifest.action.default_popup)),
    library: measure(extensionDir, closure(extensionDir, 'library.html')),
  };
  const everything = allFiles(extensionDir);
  return {
    bundles,
    kb: kbSize(extensionDir),
    extension: { withKb: measure(extensionDir, everything), withoutKb: measure(extensionDir, everything.filter((file) => file !== KB_ASSET)) },
  };
}
