import type { Kb } from '../kb/load';

/**
 * Which runs of ASCII letters and digits open some KB key, as a one-probe hash filter. A word of
 * the text whose own run is not among them cannot start a name, and most words of an article
 * ("the", "said", "with") are such: one hash of the word replaces a walk down the trie of several
 * steps, each a dependent load and a mispredicted branch.
 *
 * Why a run decides: where a key matches, its units are the text's units. If the key has a unit
 * outside [0-9a-z], its first run ends where the text's does, so the two runs are equal. If it
 * has none, it ends at the end of the text's run or inside it; inside, the match would need a
 * word boundary between two units of a run that the caller has checked to be all word letters,
 * and there is none. Collisions only let a word through to the walk.
 */
export interface FirstRuns {
  bits: Uint32Array;
}

// 2^18 bits, 32 KB: few enough cache lines that a page's words mostly find them loaded, even
// when the walk starts cold. At 100,000 names about one word in ten gets through by collision,
// which costs it only the walk it would have taken anyway.
const INDEX_BITS = 18;

export const runHashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
const RUN_HASH_SEED = 0x811c9dc5 | 0;
export const runHashSeed = (): number => RUN_HASH_SEED;

const slotOf = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - INDEX_BITS);

export function hasFirstRun(runs: FirstRuns, hash: number): boolean {
  const slot = slotOf(hash);
  return (runs.bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}

/** A unit of a run: an ASCII digit or lower-case letter (the matching form has no capitals). */
export const isRunUnit = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);

const runsByKb = new WeakMap<Kb, FirstRuns>();

export function firstRunsOf(kb: Kb): FirstRuns {
  let runs = runsByKb.get(kb);
  if (!runs) runsByKb.set(kb, (runs = buildFirstRuns(kb)));
  return runs;
}

function buildFirstRuns(kb: Kb): FirstRuns {
  const { childStart, nodeChar, outputStart } = kb.tables;
  const bits = new Uint32Array((1 << INDEX_BITS) >>> 5);
  // Nodes are numbered breadth-first, so a parent comes before its children: one pass in order
  // carries each run's hash down to its end (a loop over typed arrays, cheap even before the
  // engine optimises it, which matters on the first page after the worker starts).
  const nodes = nodeChar.length;
  const inRun = new Uint8Array(nodes);
  const runHash = new Int32Array(nodes);
  for (let child = childStart[0]!; child < childStart[1]!; child++) {
    if (isRunUnit(nodeChar[child]!)) {
      inRun[child] = 1;
      runHash[child] = runHashStep(RUN_HASH_SEED, nodeChar[child]!);
    }
  }
  for (let node = 1; node < nodes; node++) {
    if (inRun[node] === 0) continue;
    const hash = runHash[node]!;
    let endsHere = outputStart[node] !== outputStart[node + 1];
    for (let child = childStart[node]!; child < childStart[node + 1]!; child++) {
      if (isRunUnit(nodeChar[child]!)) {
        inRun[child] = 1;
        runHash[child] = runHashStep(hash, nodeChar[child]!);
      } else {
        endsHere = true;
      }
    }
    if (endsHere) {
      const slot = slotOf(hash);
      bits[slot >>> 5]! |= 1 << (slot & 31);
    }
  }
  return { bits };
}
