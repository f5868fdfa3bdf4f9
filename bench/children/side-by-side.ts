/**
 * Warm matching side by side, in one fresh process so that all three see the same machine:
 * Backstory's recognizer, the obvious alternative (one RegExp alternating every name, longest
 * first, over the lower-cased text) and the floor (one typed-array load per character). After
 * warm-ups the three run interleaved, one sample of each per round, and every round prints a JSON
 * line: the parent kills this process at its time box and keeps what arrived.
 * argv: <kb.json> <keys.json> <article.txt> <rounds>
 */
import { readFileSync } from 'node:fs';
import { loadKb } from '../../lib/kb/load';
import { recognize } from '../../lib/recognizer/recognize';
import { scan } from '../../lib/recognizer/scan';
import { toMatchText } from '../../lib/text/normalize';

const [kbPath, keysPath, articlePath, roundsArg] = process.argv.slice(2) as [string, string, string, string];
const kb = loadKb(JSON.parse(readFileSync(kbPath, 'utf8')));
const keys = JSON.parse(readFileSync(keysPath, 'utf8')) as string[];
const article = readFileSync(articlePath, 'utf8');
const rounds = Number(roundsArg);
const report = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`);

function timed(run: () => unknown, repeat = 1): number {
  const start = performance.now();
  for (let k = 0; k < repeat; k++) run();
  return (performance.now() - start) / repeat;
}

const table = new Uint8Array(0x10000);
for (let code = 0; code < table.length; code++) table[code] = code & 7;
let sink = 0;
function floor(): void {
  let sum = 0;
  for (let i = 0; i < article.length; i++) sum += table[article.charCodeAt(i)]!;
  sink ^= sum;
}
/** The floor is tens of microseconds: each sample is the mean of a batch. */
const FLOOR_BATCH = 20;

const backstory = (): unknown => recognize(kb, article);
const trieWalk = (): unknown => scan(kb, toMatchText(article));
for (let k = 0; k < 5; k++) {
  backstory();
  trieWalk();
  floor();
}
// Backstory and the floor alone first: they survive a RegExp that never finishes compiling.
for (let round = 0; round < rounds; round++) {
  report({ phase: 'alone', backstoryMs: timed(backstory), trieWalkMs: timed(trieWalk), floorMs: timed(floor, FLOOR_BATCH) });
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let start = performance.now();
const pattern = new RegExp(`\\b(?:${[...keys].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
report({ phase: 'construct', ms: performance.now() - start });

function regexpPass(): number {
  // Lower-casing is part of the approach: the names are stored lower-case.
  const lower = article.toLowerCase();
  pattern.lastIndex = 0;
  let matches = 0;
  while (pattern.exec(lower) !== null) matches++;
  return matches;
}

start = performance.now();
const matches = regexpPass();
report({ phase: 'first', ms: performance.now() - start, matches });
for (let k = 0; k < 3; k++) regexpPass();
for (let round = 0; round < rounds; round++) {
  report({ phase: 'round', backstoryMs: timed(backstory), regexpMs: timed(regexpPass), floorMs: timed(floor, FLOOR_BATCH) });
}
if (sink === -1) report({ sink });
