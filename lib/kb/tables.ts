/**
 * The matcher's tables: a character trie over the matching forms of every alias, adjective and
 * context cue, laid out breadth-first in typed arrays so that lookup never touches the KB's size
 * and the tables serialise as flat bytes.
 *
 * - Node 0 is the root. The children of node `v` are nodes `childStart[v] .. childStart[v + 1] - 1`,
 *   sorted by `nodeChar` (the UTF-16 unit on the edge into each child).
 * - The outputs ending at node `v` are `outputStart[v] .. outputStart[v + 1] - 1`. Several
 *   outputs share a node when entities share an alias or one alias comes in several case forms.
 * - Hyphens are stored as spaces: a name written "Nur-Sultan" or "Nur Sultan" is the same key.
 */
export interface MatcherTables {
  childStart: Uint32Array;
  nodeChar: Uint16Array;
  outputStart: Uint32Array;
  /** Index of the entity the output names. */
  outputEntity: Uint32Array;
  /** Case rule, weak, kind and hyphen flags, packed (see `OutputInfo`). */
  outputInfo: Uint8Array;
  /** Byte offset in `casePool` of the output's capitals: bit k is set when unit k is upper-case. */
  outputCase: Uint32Array;
  casePool: Uint8Array;
}

export const CaseRule = { default: 0, exact: 1, any: 2 } as const;
export type CaseRuleCode = (typeof CaseRule)[keyof typeof CaseRule];

export const OutputKind = { name: 0, adjective: 1, cue: 2 } as const;
export type OutputKindCode = (typeof OutputKind)[keyof typeof OutputKind];

/** Packing of `outputInfo`. */
export const OutputInfo = {
  caseRule: (info: number): CaseRuleCode => (info & 0b11) as CaseRuleCode,
  isWeak: (info: number): boolean => (info & 0b100) !== 0,
  kind: (info: number): OutputKindCode => ((info >> 3) & 0b11) as OutputKindCode,
  /** A combining form such as "Russo-": counts only when a hyphen follows it in the text. */
  needsHyphenAfter: (info: number): boolean => (info & 0b100000) !== 0,
  /** Added by the compiler (a person's bare surname), not written in the KB. */
  isDerived: (info: number): boolean => (info & 0b1000000) !== 0,
  /**
   * A person's one-word name that is also an ordinary word ("May", "Hunt"): it needs a title before
   * it, or a place mid-sentence where nothing but a name would be capitalised (see scan).
   */
  isOrdinaryWord: (info: number): boolean => (info & 0b10000000) !== 0,
  pack(fields: {
    caseRule: CaseRuleCode;
    weak: boolean;
    kind: OutputKindCode;
    hyphenAfter: boolean;
    derived: boolean;
    ordinaryWord?: boolean;
  }): number {
    return (
      fields.caseRule |
      (fields.weak ? 0b100 : 0) |
      (fields.kind << 3) |
      (fields.hyphenAfter ? 0b100000 : 0) |
      (fields.derived ? 0b1000000 : 0) |
      (fields.ordinaryWord ? 0b10000000 : 0)
    );
  },
};

export const HYPHEN = 0x2d;
export const SPACE = 0x20;
