/**
 * Times what the background does with a KB pack, under Node, against the real bundled KB:
 * validating a generated pack of N entities (default 1,000), then compiling it and merging it
 * with the bundled KB, cold and warm. Usage: `npx tsx scripts/pack-timing.ts [entities]`.
 */
import { loadKb } from '../lib/kb/load';
import { parsePack } from '../lib/packs/format';
import { mergePacks } from '../lib/packs/merge';
import { syntheticPack } from '../lib/packs/synthetic';
import { compileKbFromDisk } from './kb-files';

const size = Number(process.argv[2] ?? 1000);
const bundled = loadKb(JSON.parse(JSON.stringify(compileKbFromDisk())));
const text = JSON.stringify(syntheticPack(size));

function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const parses: number[] = [];
const merges: number[] = [];
let entities = 0;
for (let run = 0; run < 7; run++) {
  const parsed = time(() => parsePack('synthetic.json', text, bundled.indexById.keys()));
  if (!parsed.value.ok) throw new Error(parsed.value.message);
  const pack = { id: 'synthetic', name: 'Synthetic', enabled: true, entities: parsed.value.pack.entities };
  const merged = time(() => mergePacks(bundled, [pack]));
  entities = merged.value.kb.entities.length;
  parses.push(parsed.ms);
  merges.push(merged.ms);
}
console.log(
  `${size} entities, ${(text.length / 1024).toFixed(0)} KiB; bundled KB ${bundled.entities.length} entities, merged ${entities}.\n` +
    `validate: first ${parses[0]!.toFixed(1)} ms, median ${median(parses).toFixed(1)} ms\n` +
    `compile + merge: first ${merges[0]!.toFixed(1)} ms, median ${median(merges).toFixed(1)} ms`,
);
