/**
 * The three KBs every section measures: the bundled one, and the bundled one grown with synthetic
 * entities to 10k and 100k names in the matcher. All are validated and compiled by the real
 * compiler and written to disk as the build writes `kb.json`. (The synthetic ones carry entities
 * only: whatever else the build adds to kb.json for other features is left out of them.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileKbSources, type CompiledKb } from '../../lib/kb/compile';
import { loadKb, type Kb } from '../../lib/kb/load';
import { aliasText } from '../../lib/kb/sources';
import type { Entity } from '../../lib/kb/schema';
import type { KbSourceFile } from '../../lib/kb/sources';
import { compileKbFromDisk, readKbSourceFiles } from '../../scripts/kb-files';
import { median } from './stats';
import { syntheticEntities, type SyntheticEntity } from './synthetic-kb';

export interface PreparedKb {
  name: string;
  /** Names in the matcher (trie outputs): aliases, labels, derived surnames, adjectives, cues. */
  names: number;
  entities: number;
  trieNodes: number;
  /** Validate + compile + serialise, median ms. */
  buildMs: number;
  json: string;
  path: string;
  rawBytes: number;
  gzipBytes: number;
  kb: Kb;
  /** Names as written in the KB (labels and aliases): what a reader expects marked (mark.js's list). */
  writtenNames: string[];
}

function compileTimed(compile: () => CompiledKb, runs: number): { json: string; buildMs: number } {
  const times: number[] = [];
  let json = '';
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    json = JSON.stringify(compile());
    times.push(performance.now() - start);
  }
  return { json, buildMs: median(times) };
}

function writtenNamesOf(entities: readonly Entity[]): string[] {
  const names = new Set<string>();
  for (const entity of entities) {
    if (!entity.label.includes('(')) names.add(entity.label);
    for (const alias of entity.aliases) names.add(aliasText(alias));
  }
  return [...names];
}

function prepare(name: string, files: KbSourceFile[], compile: () => CompiledKb, dir: string, runs: number): PreparedKb {
  const { json, buildMs } = compileTimed(compile, runs);
  const kb = loadKb(JSON.parse(json));
  const path = join(dir, `kb-${name}.json`);
  writeFileSync(path, json);
  const entities = files.flatMap((file) => JSON.parse(file.text) as Entity[]);
  return {
    name,
    names: kb.tables.outputEntity.length,
    entities: kb.entities.length,
    trieNodes: kb.tables.nodeChar.length,
    buildMs,
    json,
    path,
    rawBytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json, { level: 9 }).length,
    kb,
    writtenNames: writtenNamesOf(entities),
  };
}

export interface PreparedKbs {
  kbs: PreparedKb[];
  /** The synthetic entities of the smallest synthetic KB: every KB above it contains them. */
  shared: SyntheticEntity[];
}

/** Compiles the bundled KB and its synthetic extensions to `sizes` names, into `dir`. */
export function prepareKbs(dir: string, sizes: readonly number[], runs = 3): PreparedKbs {
  const bundledFiles = readKbSourceFiles();
  // Exactly as the build compiles it (with whatever else the build puts in kb.json).
  const bundled = prepare('bundled', bundledFiles, () => compileKbFromDisk(), dir, runs);
  const kbs = [bundled];
  let shared: SyntheticEntity[] = [];
  for (const size of sizes) {
    // Sequential generation: each smaller synthetic set is a prefix of the larger ones.
    const synthetic = syntheticEntities(Math.max(0, size - bundled.names));
    if (shared.length === 0) shared = synthetic;
    const files = [...bundledFiles, { path: 'kb/synthetic.json', text: JSON.stringify(synthetic.map(({ entity }) => entity)) }];
    kbs.push(prepare(`${Math.round(size / 1000)}k`, files, () => compileKbSources(files), dir, size >= 50_000 ? Math.min(runs, 2) : runs));
  }
  return { kbs, shared };
}

/** Every key the trie matches (matching form: lower case, accents folded, hyphens as spaces). */
export function trieKeys(kb: Kb): string[] {
  const { childStart, nodeChar, outputStart } = kb.tables;
  const nodes = nodeChar.length;
  const parent = new Int32Array(nodes).fill(-1);
  for (let node = 0; node < nodes; node++) {
    for (let child = childStart[node]!; child < childStart[node + 1]!; child++) parent[child] = node;
  }
  const keys: string[] = [];
  for (let node = 1; node < nodes; node++) {
    if (outputStart[node] === outputStart[node + 1]) continue;
    const units: number[] = [];
    for (let at = node; at > 0; at = parent[at]!) units.push(nodeChar[at]!);
    keys.push(String.fromCharCode(...units.reverse()));
  }
  return keys;
}
