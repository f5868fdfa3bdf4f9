/**
 * Reads the KB's source files from disk for the build module and the command-line tools (lib/
 * takes file contents, never paths, so it stays free of Node APIs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKbSources, type CompiledKb } from '../lib/kb/compile';
import type { KbSourceFile } from '../lib/kb/sources';
import { everydayWords } from './kb-words';

/** The project's `kb/` folder, or `$KB_DIR` (tests point the tools at a small KB of their own). */
export function defaultKbDir(): string {
  return process.env.KB_DIR ? resolve(process.env.KB_DIR) : fileURLToPath(new URL('../kb', import.meta.url));
}

/** `kb/statements/` holds recorded statements for the quote check, not entities. */
const STATEMENTS_DIR = 'statements';

function jsonFilesUnder(dir: string, skipDir?: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === skipDir ? [] : jsonFilesUnder(path, skipDir);
      return entry.isFile() && entry.name.endsWith('.json') ? [path] : [];
    })
    .sort();
}

function readAll(paths: string[], dir: string): KbSourceFile[] {
  const root = resolve(dir, '..');
  return paths.map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
}

/** Every entity file `kb/**\/*.json`, in a stable order, with paths relative to the project for messages. */
export function readKbSourceFiles(dir: string = defaultKbDir()): KbSourceFile[] {
  return readAll(jsonFilesUnder(dir, join(dir, STATEMENTS_DIR)), dir);
}

/** Every statement file `kb/statements/**\/*.json` (none when the folder is absent). */
export function readStatementFiles(dir: string = defaultKbDir()): KbSourceFile[] {
  const statementsDir = join(dir, STATEMENTS_DIR);
  return existsSync(statementsDir) ? readAll(jsonFilesUnder(statementsDir), dir) : [];
}

/** The records of titles checked against stored Wikipedia pages, `kb/checked/*.tsv` (none when absent). */
export function readTitleCheckFiles(dir: string = defaultKbDir()): KbSourceFile[] {
  const checkedDir = join(dir, 'checked');
  if (!existsSync(checkedDir)) return [];
  const paths = readdirSync(checkedDir)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .map((name) => join(checkedDir, name));
  return readAll(paths, dir);
}

/** Validates and compiles the KB on disk; throws a `KbError` naming file, entry and field. */
export function compileKbFromDisk(dir: string = defaultKbDir()): CompiledKb {
  // Surnames that are everyday English words ("May", "Hunt") must not fire on the word.
  const words = everydayWords();
  return compileKbSources(readKbSourceFiles(dir), readStatementFiles(dir), { isCommonWord: (word) => words.has(word) });
}
