/** Bundles a benchmark entry with esbuild, as the extension's build would: one minified file. */
import { build } from 'esbuild';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Bundles `entry` (relative to the project) into `outDir`; returns the output path. */
export async function bundle(entry: string, outDir: string, platform: 'node' | 'browser'): Promise<string> {
  const name = entry.replace(/^.*\//, '').replace(/\.tsx?$/, '');
  const outfile = join(outDir, platform === 'node' ? `${name}.mjs` : `${name}.js`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    minify: true,
    platform,
    format: platform === 'node' ? 'esm' : 'iife',
    target: platform === 'node' ? 'node20' : 'chrome120',
    alias: { '@': ROOT },
    logLevel: 'warning',
  });
  return outfile;
}
