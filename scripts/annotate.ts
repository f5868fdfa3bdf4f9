/**
 * `npm run -s annotate -- [--json] [--day=YYYY-MM-DD] FILE...`: the recognizer on the command line.
 *
 * FILE is a .txt or .html file, or `-` for standard input (HTML is recognised by its opening tag).
 * HTML goes through the content script's own article extraction first, so offsets refer to the
 * extracted text. The article's date (the page's own, else `--day`) tells which election or
 * summit a weak name means. With `--json`, one file prints a JSON array of mentions in text order; several
 * files print an object from file name to such an array. Without it, a readable table.
 * Unreadable or binary input, or a broken KB, is reported on stderr with exit code 1; a usage
 * error exits with 2. `KB_DIR` points it at another KB folder than `kb/`.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { extractArticle } from '../lib/extract/article';
import { articleDate } from '../lib/extract/date';
import { loadKb, type Kb } from '../lib/kb/load';
import { KbError } from '../lib/kb/sources';
import { recognize } from '../lib/recognizer/recognize';
import { compileKbFromDisk } from './kb-files';

interface JsonMention {
  start: number;
  end: number;
  text: string;
  entity: { id: string; type: string; label: string; wikipedia: string };
}

class InputError extends Error {}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

function readInput(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function decodeText(file: string, bytes: Buffer): string {
  // NUL bytes never occur in text; other binary formats fail strict UTF-8 decoding.
  if (bytes.includes(0)) throw new InputError(`${file}: looks like a binary file, not text or HTML`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${file}: is not valid UTF-8 text`);
  }
}

function isHtml(file: string, content: string): boolean {
  const extension = extname(file).toLowerCase();
  if (HTML_EXTENSIONS.has(extension)) return true;
  if (TEXT_EXTENSIONS.has(extension)) return false;
  return /^\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/iu.test(content);
}

/**
 * The article text as the content script sees it, and the date the page states (none when it
 * states none: today's date would tell nothing); null when the page is not an article.
 */
function articleOf(html: string): { text: string; day?: string } | null {
  const window = new Window();
  try {
    // Parsing alone never runs the page's scripts.
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const article = extractArticle(doc);
    if (!article) return null;
    const stated = articleDate(doc, new Date(), article.root);
    return { text: article.text, ...(stated.source === 'today' ? {} : { day: stated.date }) };
  } finally {
    void window.happyDOM.close();
  }
}

function annotate(kb: Kb, text: string, day: string | undefined): JsonMention[] {
  return recognize(kb, text, { day }).map(({ start, end, text: surface, entityId }) => {
    const entity = kb.entities[kb.indexById.get(entityId)!]!;
    return { start, end, text: surface, entity: { id: entity.id, type: entity.type, label: entity.label, wikipedia: entity.wikipedia } };
  });
}

function table(mentions: readonly JsonMention[]): string {
  const rows = mentions.map((m) => [`${m.start}-${m.end}`, m.text, m.entity.type, m.entity.label, m.entity.wikipedia]);
  const header = ['offsets', 'text', 'type', 'entity', 'wikipedia'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const dayArg = argv.find((arg) => arg.startsWith('--day='));
  const dayOption = dayArg?.slice('--day='.length);
  const files = argv.filter((arg) => arg !== '--json' && arg !== dayArg);
  const unknownOption = files.find((arg) => arg.startsWith('-') && arg !== '-');
  const badDay = dayOption !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(dayOption);
  if (files.length === 0 || unknownOption || badDay) {
    const problem = unknownOption ? `annotate: unknown option ${unknownOption}\n` : badDay ? `annotate: --day takes YYYY-MM-DD\n` : '';
    console.error(`${problem}usage: npm run -s annotate -- [--json] [--day=YYYY-MM-DD] FILE...  (FILE: .txt or .html, - for stdin)`);
    return 2;
  }
  let kb: Kb;
  try {
    kb = loadKb(compileKbFromDisk());
  } catch (error) {
    if (!(error instanceof KbError)) throw error;
    console.error(`annotate: ${error.message}`);
    return 1;
  }
  const results: Record<string, JsonMention[]> = {};
  let failed = false;
  for (const file of files) {
    try {
      const content = decodeText(file, readInput(file));
      const article = isHtml(file, content) ? articleOf(content) : { text: content, day: dayOption };
      if (article === null) console.error(`${file}: no article found on this page; nothing to annotate`);
      results[file] = article === null ? [] : annotate(kb, article.text, article.day ?? dayOption);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`annotate: ${error.message}`);
      failed = true;
    }
  }
  if (json) {
    const only = files.length === 1 ? results[files[0]!] : undefined;
    if (only || files.length > 1) console.log(JSON.stringify(only ?? results, null, 2));
  } else {
    for (const [file, mentions] of Object.entries(results)) {
      if (files.length > 1) console.log(`\n== ${file}`);
      console.log(mentions.length > 0 ? table(mentions) : '(no mentions)');
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
