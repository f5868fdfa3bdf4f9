/**
 * One cold start, in a fresh Node process (bundled by esbuild, run with --expose-gc): read the
 * compiled KB, parse it, load it and recognise the article once. Prints one JSON line.
 * argv: <kb.json> <article.txt>
 */
import { readFileSync } from 'node:fs';
import { loadKb } from '../../lib/kb/load';
import { recognize } from '../../lib/recognizer/recognize';

declare const gc: () => void;

const [kbPath, articlePath] = process.argv.slice(2) as [string, string];
// performance.now() counts from process start: this is Node's boot plus parsing this bundle.
const startupMs = performance.now();
const article = readFileSync(articlePath, 'utf8');
gc();
const before = process.memoryUsage();

let t = performance.now();
const text = readFileSync(kbPath, 'utf8');
const readMs = performance.now() - t;
t = performance.now();
const parsed: unknown = JSON.parse(text);
const parseMs = performance.now() - t;
t = performance.now();
const kb = loadKb(parsed);
const loadMs = performance.now() - t;
t = performance.now();
const mentions = recognize(kb, article);
const firstMatchMs = performance.now() - t;
t = performance.now();
recognize(kb, article);
const secondMatchMs = performance.now() - t;

gc();
const after = process.memoryUsage();
// Used below, so the KB stays reachable through the second reading of memory.
const retained = kb.entities.length + mentions.length;
process.stdout.write(
  `${JSON.stringify({
    startupMs,
    readMs,
    parseMs,
    loadMs,
    firstMatchMs,
    secondMatchMs,
    mentions: mentions.length,
    heapBytes: after.heapUsed - before.heapUsed,
    arrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
    retained,
  })}\n`,
);
