/**
 * 1. The recognizer in Node: for each KB, build time, compiled size, cold load + first match in
 * fresh processes, warm match and memory; side by side, in one fresh time-boxed process, with one
 * RegExp alternation of every name over the lower-cased text and the floor, a loop doing one
 * typed-array lookup per character of the text.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognize } from '../lib/recognizer/recognize';
import { trieKeys, type PreparedKb } from './lib/kbs';
import { median } from './lib/stats';

export interface RecognizerEnv {
  kbs: PreparedKb[];
  articleText: string;
  articlePath: string;
  dir: string;
  coldScript: string;
  sideBySideScript: string;
  runs: { cold: number; rounds: number; boxMs: number };
}

export interface ColdFigures {
  startupMs: number;
  readMs: number;
  parseMs: number;
  loadMs: number;
  firstMatchMs: number;
  /** parse + load + first match: what a page would wait for if it loaded the KB itself (the file read aside). */
  coldMs: number;
  heapBytes: number;
  arrayBufferBytes: number;
  mentions: number;
}

export interface RegExpFigures {
  constructMs: number | null;
  /** First full pass (compiles the pattern); null when the time box ran out first. */
  firstMs: number | null;
  warmMs: number | null;
  matches: number | null;
  timedOut: boolean;
  boxMs: number;
}

export interface KbRecognizerResults {
  kb: string;
  names: number;
  entities: number;
  trieNodes: number;
  buildMs: number;
  rawBytes: number;
  gzipBytes: number;
  tableBytes: number;
  cold: ColdFigures;
  warmMs: number;
  /** Normalisation and trie walk only (no disambiguation or mention objects). */
  scanMs: number;
  mentions: number;
  regexp: RegExpFigures;
  floorMs: number;
  /** Medians of per-round ratios, each round running the contenders back to back. */
  ratios: { warmOverFloor: number; regexpOverWarm: number | null };
}

export interface RecognizerResults {
  articleWords: number;
  articleChars: number;
  kbs: KbRecognizerResults[];
}

/** One JSON line a child printed: numbers, and the name of its phase. */
type ChildLine = Record<string, number>;
type Line = { phase?: string; values: ChildLine };

/** Runs `node args`, collecting JSON lines; kills it after `timeoutMs`. */
function runChild(args: string[], timeoutMs: number): Promise<{ lines: Line[]; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: Line[] = [];
    let buffer = '';
    let errors = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const { phase, ...values } = JSON.parse(buffer.slice(0, newline)) as { phase?: string } & Record<string, number>;
        lines.push({ phase, values });
        buffer = buffer.slice(newline + 1);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 && !timedOut) reject(new Error(`${args.at(-4) ?? args[0]} exited with ${code}: ${errors}`));
      else resolve({ lines, timedOut });
    });
  });
}

async function coldRuns(env: RecognizerEnv, kb: PreparedKb): Promise<ColdFigures> {
  const runs: ColdFigures[] = [];
  for (let run = 0; run < env.runs.cold; run++) {
    const { lines } = await runChild(['--expose-gc', env.coldScript, kb.path, env.articlePath], 120_000);
    const line = lines[0]!.values as unknown as Omit<ColdFigures, 'coldMs'>;
    runs.push({ ...line, coldMs: line.parseMs + line.loadMs + line.firstMatchMs });
  }
  const pick = (key: keyof ColdFigures): number => median(runs.map((run) => run[key]));
  return {
    startupMs: pick('startupMs'),
    readMs: pick('readMs'),
    parseMs: pick('parseMs'),
    loadMs: pick('loadMs'),
    firstMatchMs: pick('firstMatchMs'),
    coldMs: pick('coldMs'),
    heapBytes: pick('heapBytes'),
    arrayBufferBytes: pick('arrayBufferBytes'),
    mentions: pick('mentions'),
  };
}

type SideBySide = Pick<KbRecognizerResults, 'warmMs' | 'scanMs' | 'floorMs' | 'regexp' | 'ratios'>;

async function sideBySide(env: RecognizerEnv, kb: PreparedKb): Promise<SideBySide> {
  const keysPath = join(env.dir, `keys-${kb.name}.json`);
  writeFileSync(keysPath, JSON.stringify(trieKeys(kb.kb)));
  const { lines, timedOut } = await runChild([env.sideBySideScript, kb.path, keysPath, env.articlePath, String(env.runs.rounds)], env.runs.boxMs);
  const phase = (name: string): ChildLine[] => lines.filter((line) => line.phase === name).map((line) => line.values);
  const alone = phase('alone');
  const rounds = phase('round');
  const column = (rows: ChildLine[], key: string): number => median(rows.map((row) => row[key]!));
  if (alone.length === 0) throw new Error(`The side-by-side run for the ${kb.name} KB produced nothing within its time box.`);
  // Interleaved rounds when the RegExp got that far; Backstory and the floor alone otherwise.
  const paired = rounds.length > 0 ? rounds : alone;
  return {
    warmMs: column(paired, 'backstoryMs'),
    scanMs: column(alone, 'trieWalkMs'),
    floorMs: column(paired, 'floorMs'),
    regexp: {
      constructMs: phase('construct')[0]?.ms ?? null,
      firstMs: phase('first')[0]?.ms ?? null,
      warmMs: rounds.length > 0 ? column(rounds, 'regexpMs') : null,
      matches: phase('first')[0]?.matches ?? null,
      timedOut: timedOut && rounds.length < env.runs.rounds,
      boxMs: env.runs.boxMs,
    },
    ratios: {
      warmOverFloor: median(paired.map((row) => row.backstoryMs! / row.floorMs!)),
      regexpOverWarm: rounds.length > 0 ? median(rounds.map((row) => row.regexpMs! / row.backstoryMs!)) : null,
    },
  };
}

function tableBytes(kb: PreparedKb): number {
  return Object.values(kb.kb.tables).reduce((total, array: ArrayBufferView) => total + array.byteLength, 0) + kb.kb.rootChild.byteLength;
}

export async function benchRecognizer(env: RecognizerEnv, log: (line: string) => void): Promise<RecognizerResults> {
  const text = env.articleText;
  const results: KbRecognizerResults[] = [];
  for (const kb of env.kbs) {
    const cold = await coldRuns(env, kb);
    const compared = await sideBySide(env, kb);
    results.push({
      kb: kb.name,
      names: kb.names,
      entities: kb.entities,
      trieNodes: kb.trieNodes,
      buildMs: kb.buildMs,
      rawBytes: kb.rawBytes,
      gzipBytes: kb.gzipBytes,
      tableBytes: tableBytes(kb),
      cold,
      mentions: recognize(kb.kb, text).length,
      ...compared,
    });
    const regexp = compared.regexp.warmMs === null ? `> ${(compared.regexp.boxMs / 1000).toFixed(0)} s` : `${compared.regexp.warmMs.toFixed(2)} ms`;
    log(`  ${kb.name}: warm ${compared.warmMs.toFixed(2)} ms, floor ${compared.floorMs.toFixed(3)} ms, RegExp ${regexp}, cold ${cold.coldMs.toFixed(0)} ms`);
  }
  return { articleWords: text.split(/\s+/u).filter(Boolean).length, articleChars: text.length, kbs: results };
}
