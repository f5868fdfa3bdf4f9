/**
 * `npx tsx scripts/measure-checks.ts`: what the quote check and role descriptions add to the
 * background's `recognize` on the five sample pages. The article text is extracted from each page
 * as the content script extracts it; each figure is the median of repeated warm runs, and the
 * one-off costs (statement index, role index) are measured on first use in this process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { extractArticle } from '../lib/extract/article';
import { articleDate } from '../lib/extract/date';
import { loadKb } from '../lib/kb/load';
import { loadStatements } from '../lib/quotes';
import { quotesOf, recognizeWithChecks, roleMentionsOf } from '../lib/reading/article-checks';
import { recognizeForReading } from '../lib/reading/recognition';
import { recognize } from '../lib/recognizer/recognize';
import { compileKbFromDisk } from './kb-files';

const SAMPLES = resolve(import.meta.dirname, '../samples/pages');
const RUNS = 51;

function median(work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1]!;
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

const compiled: unknown = JSON.parse(JSON.stringify(compileKbFromDisk()));
const kb = loadKb(compiled);
const [statements, indexMs] = timed(() => loadStatements(compiled));

const pages = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => {
    const window = new Window({ url: `http://127.0.0.1/${name}` });
    window.document.write(readFileSync(join(SAMPLES, name), 'utf8'));
    const doc = window.document as unknown as Document;
    const article = extractArticle(doc);
    if (!article) throw new Error(`${name}: no article found`);
    return { name, text: article.text, day: articleDate(doc, new Date(), article.root).date };
  });

const first = pages[0]!;
const [, roleIndexMs] = timed(() => roleMentionsOf(kb, first.text, recognize(kb, first.text), first.day));
console.log(`One-off, per background lifetime: statement index ${indexMs.toFixed(1)} ms (${statements.statements.length} statements), role index ${roleIndexMs.toFixed(1)} ms (first role resolution).`);
console.log(`Warm medians of ${RUNS} runs, ms:\n`);
console.log('| page | chars | recognize before | with checks | added | of which roles | of which quotes | quotes checked | descriptions marked |');
console.log('|---|---|---|---|---|---|---|---|---|');
// A long page: the five articles ten times over, as one text (offsets and quotations stay real).
pages.push({ name: '5×10', text: Array.from({ length: 10 }, () => pages.map((page) => page.text).join('\n\n')).join('\n\n'), day: first.day });
for (const { name, text, day } of pages) {
  const found = recognize(kb, text);
  const speakers = new Set(found.map((mention) => mention.entityId));
  const before = median(() => recognizeForReading(kb, text));
  const after = median(() => recognizeWithChecks(kb, statements, text, 0, day));
  const roles = median(() => roleMentionsOf(kb, text, found, day));
  const quotes = median(() => quotesOf(text, 0, statements, speakers));
  const result = recognizeWithChecks(kb, statements, text, 0, day);
  console.log(
    `| ${name.slice(0, 4)} | ${text.length} | ${before.toFixed(2)} | ${after.toFixed(2)} | +${(after - before).toFixed(2)} | ${roles.toFixed(2)} | ${quotes.toFixed(2)} | ${result.quotes?.length ?? 0} | ${result.roleMentions?.length ?? 0} |`,
  );
}
