import { decodeUint16, decodeUint32, decodeUint8, encodeArray } from './base64';
import type { MatcherTables } from './tables';

/**
 * The matcher tables as shipped in `kb.json`: only what cannot be recomputed, about 3 bytes per
 * trie node (its character and its number of children) plus the outputs. Offsets (`childStart`,
 * `outputStart`) are prefix sums, rebuilt at load in one pass.
 */
export interface SerializedTables {
  nodeChar: string;
  /** Children per node; 255 means "see `childCountOverflow`". */
  childCount: string;
  /** Pairs (node, children) for nodes with 255 children or more (only the root, in practice). */
  childCountOverflow: string;
  /** The node each output ends at, in output order (non-decreasing). */
  outputNode: string;
  outputEntity: string;
  outputInfo: string;
  outputCase: string;
  casePool: string;
}

const OVERFLOW = 255;

export function serializeTables(tables: MatcherTables): SerializedTables {
  const nodes = tables.nodeChar.length;
  const childCount = new Uint8Array(nodes);
  const overflow: number[] = [];
  for (let node = 0; node < nodes; node++) {
    const count = tables.childStart[node + 1]! - tables.childStart[node]!;
    childCount[node] = Math.min(count, OVERFLOW);
    if (count >= OVERFLOW) overflow.push(node, count);
  }
  const outputNode = new Uint32Array(tables.outputEntity.length);
  for (let node = 0; node < nodes; node++) {
    for (let output = tables.outputStart[node]!; output < tables.outputStart[node + 1]!; output++) outputNode[output] = node;
  }
  return {
    nodeChar: encodeArray(tables.nodeChar),
    childCount: encodeArray(childCount),
    childCountOverflow: encodeArray(Uint32Array.from(overflow)),
    outputNode: encodeArray(outputNode),
    outputEntity: encodeArray(tables.outputEntity),
    outputInfo: encodeArray(tables.outputInfo),
    outputCase: encodeArray(tables.outputCase),
    casePool: encodeArray(tables.casePool),
  };
}

function field(serialized: Record<string, unknown>, name: keyof SerializedTables): string {
  const value = serialized[name];
  if (typeof value !== 'string') throw new Error(`compiled KB is missing its "${name}" table`);
  return value;
}

function corrupt(why: string): never {
  throw new Error(`compiled KB is corrupt: ${why}`);
}

export function deserializeTables(serialized: Record<string, unknown>): MatcherTables {
  const nodeChar = decodeUint16(field(serialized, 'nodeChar'));
  const childCount = decodeUint8(field(serialized, 'childCount'));
  const overflow = decodeUint32(field(serialized, 'childCountOverflow'));
  const outputNode = decodeUint32(field(serialized, 'outputNode'));
  const outputEntity = decodeUint32(field(serialized, 'outputEntity'));
  const outputInfo = decodeUint8(field(serialized, 'outputInfo'));
  const outputCase = decodeUint32(field(serialized, 'outputCase'));
  const casePool = decodeUint8(field(serialized, 'casePool'));
  const nodes = nodeChar.length;
  const outputs = outputEntity.length;
  if (childCount.length !== nodes || nodes === 0) corrupt('node tables disagree in length');
  if (outputNode.length !== outputs || outputInfo.length !== outputs || outputCase.length !== outputs) corrupt('output tables disagree in length');

  const counts = Uint32Array.from(childCount);
  for (let k = 0; k + 1 < overflow.length; k += 2) counts[overflow[k]!] = overflow[k + 1]!;
  const childStart = new Uint32Array(nodes + 1);
  let next = 1;
  for (let node = 0; node < nodes; node++) {
    childStart[node] = next;
    next += counts[node]!;
  }
  if (next !== nodes) corrupt('child counts do not add up to the node count');
  childStart[nodes] = nodes;

  const outputStart = new Uint32Array(nodes + 1);
  let output = 0;
  for (let node = 0; node <= nodes; node++) {
    outputStart[node] = output;
    while (output < outputs && outputNode[output] === node) output++;
  }
  if (output !== outputs) corrupt('outputs are not in node order');
  for (const offset of outputCase) if (offset > casePool.length) corrupt('a case pattern lies outside its pool');
  return { childStart, nodeChar, outputStart, outputEntity, outputInfo, outputCase, casePool };
}
