import { isWordEnd, isWordStart } from '../text/boundaries';
import type { MatchText } from '../text/normalize';
import type { Kb } from '../kb/load';
import { HYPHEN, OutputInfo, OutputKind, SPACE } from '../kb/tables';
import { caseMatches } from './case-rules';
import { plainlyAName } from './context';
import { CueHits } from './cue-hits';
import { walkTableOf } from './walk-table';

/** The longest name found at one word start, with every KB reading of it that fits its case. */
export interface Candidate {
  /** Unit offsets in the match text. */
  start: number;
  end: number;
  /** Indices of name and adjective outputs whose case rule the text satisfies. */
  outputs: number[];
}

export interface ScanResult {
  /** In order of `start`; candidates may overlap (the caller keeps the leftmost-longest). */
  candidates: Candidate[];
  /** Entity index → the distinct context cues of it (as trie nodes) found anywhere in the text. */
  cues: Map<number, Set<number>>;
  /** Every cue occurrence, in order of `start`, for evidence near one name. */
  cueHits: CueHits;
}

/** Names longer than this many units are not looked for (none comes close). */
const MAX_PATH = 256;

/**
 * Walks the trie from every word start. Cost: the text's length times the length of the longest
 * KB prefix found there, and nothing that grows with the KB: the root's children are one table
 * load, and deeper nodes have a handful of children, searched in order (see `walkTableOf` for
 * the layout the walk reads).
 */
export function scan(kb: Kb, text: MatchText): ScanResult {
  const { codes, meta, length } = text;
  const { outputStart, outputInfo, outputCase, casePool, outputEntity } = kb.tables;
  const rootChild = kb.rootChild;
  const walk = walkTableOf(kb);
  const candidates: Candidate[] = [];
  const cues = new Map<number, Set<number>>();
  const cueHits = new CueHits();
  const pathEnds = new Int32Array(MAX_PATH);
  const pathNodes = new Int32Array(MAX_PATH);

  for (let start = 0; start < length; start++) {
    if (!isWordStart(text, start)) continue;

    let node = rootChild[codes[start]!]!;
    let position = start + 1;
    let pathLength = 0;
    while (node >= 0) {
      const record = walk[2 * node]!;
      if ((record & 1) === 1 && isWordEnd(text, position) && pathLength < MAX_PATH) {
        pathEnds[pathLength] = position;
        pathNodes[pathLength++] = node;
      }
      if (position >= length) break;
      let code = codes[position]!;
      if (code === HYPHEN) code = SPACE;
      let child = record >>> 1;
      const last = walk[2 * node + 2]! >>> 1;
      if (last - child > 8) {
        let high = last;
        while (child < high) {
          const middle = (child + high) >>> 1;
          if (walk[2 * middle + 1]! < code) child = middle + 1;
          else high = middle;
        }
      } else {
        while (child < last && walk[2 * child + 1]! < code) child++;
      }
      node = child < last && walk[2 * child + 1] === code ? child : -1;
      position++;
    }
    if (pathLength === 0) continue;

    // Longest name first; context cues count at every length.
    let found = false;
    for (let p = pathLength - 1; p >= 0; p--) {
      const end = pathEnds[p]!;
      const pathNode = pathNodes[p]!;
      let outputs: number[] | undefined;
      for (let output = outputStart[pathNode]!; output < outputStart[pathNode + 1]!; output++) {
        const info = outputInfo[output]!;
        const isCue = OutputInfo.kind(info) === OutputKind.cue;
        if (found && !isCue) continue;
        if (OutputInfo.needsHyphenAfter(info) && codes[end] !== HYPHEN) continue;
        if (!caseMatches(OutputInfo.caseRule(info), casePool, outputCase[output]!, meta, start, end - start)) continue;
        if (OutputInfo.isOrdinaryWord(info) && !plainlyAName(text, start, end)) continue;
        if (isCue) {
          const entity = outputEntity[output]!;
          let seen = cues.get(entity);
          if (!seen) cues.set(entity, (seen = new Set()));
          seen.add(pathNode);
          cueHits.push(start, end, entity, pathNode);
        } else {
          (outputs ??= []).push(output);
        }
      }
      if (outputs) {
        candidates.push({ start, end, outputs });
        found = true;
      }
    }
  }
  return { candidates, cues, cueHits };
}
