import type { MatcherTables } from './tables';

export interface TrieOutput {
  entity: number;
  info: number;
  /** Bit k set when unit k of the key was upper-case in the KB. */
  capitals: Uint8Array;
}

export interface TrieEntry {
  /** Matching form, hyphens already turned into spaces. */
  key: string;
  output: TrieOutput;
}

function outputIdentity(output: TrieOutput): string {
  return String.fromCharCode(output.entity & 0xffff, output.entity >>> 16, output.info, ...output.capitals);
}

/**
 * Lays the trie out breadth-first straight from the sorted keys: each node is the range of keys
 * sharing its prefix, so the build is one pass per depth over the keys and needs no node objects
 * (100k aliases compile in well under a second).
 */
export function buildMatcherTables(entries: readonly TrieEntry[]): MatcherTables {
  const outputsByKey = new Map<string, Map<string, TrieOutput>>();
  for (const { key, output } of entries) {
    if (key.length === 0) continue;
    let outputs = outputsByKey.get(key);
    if (!outputs) outputsByKey.set(key, (outputs = new Map()));
    outputs.set(outputIdentity(output), output);
  }
  const keys = [...outputsByKey.keys()].sort();

  let maxNodes = 1;
  for (const key of keys) maxNodes += key.length;
  const rangeStart = new Uint32Array(maxNodes);
  const rangeEnd = new Uint32Array(maxNodes);
  const depth = new Uint32Array(maxNodes);
  const nodeChar = new Uint16Array(maxNodes);
  const childStart = new Uint32Array(maxNodes + 1);
  const outputStart = new Uint32Array(maxNodes + 1);
  const outputs: TrieOutput[] = [];

  rangeEnd[0] = keys.length;
  let nodeCount = 1;
  for (let node = 0; node < nodeCount; node++) {
    const d = depth[node]!;
    let i = rangeStart[node]!;
    const end = rangeEnd[node]!;
    outputStart[node] = outputs.length;
    // Sorted keys put the one that ends exactly here first in its range.
    if (i < end && keys[i]!.length === d) {
      outputs.push(...outputsByKey.get(keys[i]!)!.values());
      i++;
    }
    childStart[node] = nodeCount;
    while (i < end) {
      const char = keys[i]!.charCodeAt(d);
      let j = i + 1;
      while (j < end && keys[j]!.charCodeAt(d) === char) j++;
      rangeStart[nodeCount] = i;
      rangeEnd[nodeCount] = j;
      depth[nodeCount] = d + 1;
      nodeChar[nodeCount] = char;
      nodeCount++;
      i = j;
    }
  }
  childStart[nodeCount] = nodeCount;
  outputStart[nodeCount] = outputs.length;

  return {
    childStart: childStart.slice(0, nodeCount + 1),
    nodeChar: nodeChar.slice(0, nodeCount),
    outputStart: outputStart.slice(0, nodeCount + 1),
    ...packOutputs(outputs),
  };
}

function packOutputs(outputs: readonly TrieOutput[]): Pick<MatcherTables, 'outputEntity' | 'outputInfo' | 'outputCase' | 'casePool'> {
  const outputEntity = new Uint32Array(outputs.length);
  const outputInfo = new Uint8Array(outputs.length);
  const outputCase = new Uint32Array(outputs.length);
  // Most names share a handful of capital patterns ("Xxxx Xxxx"), so the pool stores each once.
  const poolOffsets = new Map<string, number>();
  const pool: number[] = [];
  outputs.forEach((output, index) => {
    outputEntity[index] = output.entity;
    outputInfo[index] = output.info;
    const pattern = String.fromCharCode(...output.capitals);
    let offset = poolOffsets.get(pattern);
    if (offset === undefined) {
      offset = pool.length;
      pool.push(...output.capitals);
      poolOffsets.set(pattern, offset);
    }
    outputCase[index] = offset;
  });
  return { outputEntity, outputInfo, outputCase, casePool: Uint8Array.from(pool) };
}
