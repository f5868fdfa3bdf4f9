/**
 * Reads the KB's source files from disk for the build module and the command-line tools (lib/
 * takes file contents, never paths, so it stays free of Node APIs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKbSources, type CompiledKb } from '../lib/kb/compile';
import type { KbSourceFile } from '../lib/kb/sources';

/** The project's `kb/` folder, or `$KB_DIR` (tests point the tools at a small KB of their own). */
export function defaultKbDir(): string {
  return process.env.KB_DIR ? resolve(process.env.KB_DIR) : fileURLToPath(new URL('../kb', import.meta.url));
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return jsonFilesUnder(path);
      return entry.isFile() && entry.name.endsWith('.json') ? [path] : [];
    })
    .sort();
}

/** Every `kb/**\/*.json`, in a stable order, with paths relative to the project for messages. */
export function readKbSourceFiles(dir: string = defaultKbDir()): KbSourceFile[] {
  const root = resolve(dir, '..');
  return jsonFilesUnder(dir).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
}

/** Validates and compiles the KB on disk; throws a `KbError` naming file, entity and field. */
export function compileKbFromDisk(dir: string = defaultKbDir()): CompiledKb {
  return compileKbSources(readKbSourceFiles(dir));
}
