import type { Kb } from '../kb/load';

/**
 * The trie's nodes re-laid for walking: node `v` is the pair at `2v`, holding
 * `firstChild << 1 | hasOutputs` and the unit on the edge into `v`. A step of the walk reads the
 * children's units and then the chosen child's record from the same few cache lines, where the
 * KB's own tables (`childStart`, `nodeChar`, `outputStart`, one array each) cost a line in each:
 * on a large KB the walk waits on memory, not on arithmetic.
 */
export type WalkTable = Uint32Array;

const tableByKb = new WeakMap<Kb, WalkTable>();

export function walkTableOf(kb: Kb): WalkTable {
  let table = tableByKb.get(kb);
  if (!table) tableByKb.set(kb, (table = buildWalkTable(kb)));
  return table;
}

function buildWalkTable(kb: Kb): WalkTable {
  const { childStart, nodeChar, outputStart } = kb.tables;
  const nodes = nodeChar.length;
  // One record past the last node closes the last node's range of children.
  const table = new Uint32Array(2 * (nodes + 1));
  for (let node = 0; node < nodes; node++) {
    table[2 * node] = childStart[node]! * 2 + (outputStart[node] !== outputStart[node + 1] ? 1 : 0);
    table[2 * node + 1] = nodeChar[node]!;
  }
  table[2 * nodes] = childStart[nodes]! * 2;
  return table;
}

export const firstChildOf = (table: WalkTable, node: number): number => table[2 * node]! >>> 1;
export const hasOutputs = (table: WalkTable, node: number): boolean => (table[2 * node]! & 1) === 1;
export const edgeUnitOf = (table: WalkTable, node: number): number => table[2 * node + 1]!;
