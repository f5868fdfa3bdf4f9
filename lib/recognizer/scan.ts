import { isWordEnd } from '../text/boundaries';
import { CharClass } from '../text/chars';
import { META_CLASS, type MatchText } from '../text/normalize';
import type { Kb } from '../kb/load';
import { HYPHEN, OutputInfo, OutputKind, SPACE } from '../kb/tables';
import { caseMatches, caseMatchesMasked, casedMaskOf, MASKED_SPAN, upperMaskOf } from './case-rules';
import { plainlyAName } from './context';
import { CueHits } from './cue-hits';
import { firstRunsOf, hasFirstRun, isRunUnit, runHashSeed, runHashStep } from './first-runs';

/** The longest name found at one word start, with every KB reading of it that fits its case. */
export interface Candidate {
  /** Unit offsets in the match text. */
  start: number;
  end: number;
  /** Indices of name and adjective outputs whose case rule the text satisfies. */
  outputs: number[];
  /**
   * When every output is a weak name: the next-longest strong name at the same start, for the
   * resolver to fall back on if the text does not support the longer one ("Victory Day" in "a
   * Victory Day parade" in Almaty, when "Victory Day parade" is a weak name of Moscow's).
   */
  shorter?: Candidate;
}

export interface ScanResult {
  /** In order of `start`; candidates may overlap (the caller keeps the leftmost-longest). */
  candidates: Candidate[];
  /** Entity index → how many distinct context cues of it (trie nodes) the text holds anywhere. */
  cueCounts: Map<number, number>;
  /** Every cue occurrence, in order of `start`, for evidence near one name. */
  cueHits: CueHits;
}

/** Names longer than this many units are not looked for (none comes close). */
const MAX_PATH = 256;

/**
 * Walks the trie from every word start. Cost: the text's length times the length of the longest
 * KB prefix found there, and nothing that grows with the KB: the root's children are one table
 * load, and deeper nodes have a handful of children, searched in order.
 */
export function scan(kb: Kb, text: MatchText): ScanResult {
  const { codes, meta, length } = text;
  const { childStart, nodeChar, outputStart, outputInfo, outputCase, casePool, outputEntity } = kb.tables;
  const rootChild = kb.rootChild;
  const firstRuns = firstRunsOf(kb);
  const candidates: Candidate[] = [];
  const cueCounts = new Map<number, number>();
  // Cue outputs already counted: a text repeats its cues, and each repeat then costs one load.
  let countedCue: Uint8Array | undefined;
  const cueHits = new CueHits();
  const pathEnds = new Int32Array(MAX_PATH);
  const pathNodes = new Int32Array(MAX_PATH);

  for (let start = 0; start < length; start++) {
    // `isWordStart`, spelled out: this test runs at every unit of the text.
    const startClass = meta[start]! & META_CLASS;
    if (startClass === CharClass.Word) {
      if (start > 0 && (meta[start - 1]! & META_CLASS) === CharClass.Word) continue;
    } else if (startClass !== CharClass.Unspaced) continue;

    let node = rootChild[codes[start]!]!;
    if (node < 0) continue;
    if (startClass === CharClass.Word) {
      // Skip the walk when the word's run of ASCII letters and digits opens no key (see `firstRunsOf`).
      let hash = runHashSeed();
      let runEnd = start;
      let allWord = true;
      for (; runEnd < length && isRunUnit(codes[runEnd]!); runEnd++) {
        if ((meta[runEnd]! & META_CLASS) !== CharClass.Word) allWord = false;
        hash = runHashStep(hash, codes[runEnd]!);
      }
      if (runEnd > start && allWord && !hasFirstRun(firstRuns, hash)) continue;
    }
    let position = start + 1;
    let pathLength = 0;
    while (node >= 0) {
      if (outputStart[node] !== outputStart[node + 1]) {
        if (isWordEnd(text, position) && pathLength < MAX_PATH) {
          pathEnds[pathLength] = position;
          pathNodes[pathLength++] = node;
        }
      }
      if (position >= length) break;
      let code = codes[position]!;
      if (code === HYPHEN) code = SPACE;
      const last = childStart[node + 1]!;
      let child = childStart[node]!;
      if (last - child > 8) {
        let high = last;
        while (child < high) {
          const middle = (child + high) >>> 1;
          if (nodeChar[middle]! < code) child = middle + 1;
          else high = middle;
        }
      } else {
        while (child < last && nodeChar[child]! < code) child++;
      }
      node = child < last && nodeChar[child] === code ? child : -1;
      position++;
    }
    if (pathLength === 0) continue;

    // Longest name first; context cues count at every length.
    let found = false;
    let foundEnd = 0;
    let possessor: Candidate | undefined;
    let longestIsWeak = false;
    let shorter: Candidate | undefined;
    for (let p = pathLength - 1; p >= 0; p--) {
      const end = pathEnds[p]!;
      const pathNode = pathNodes[p]!;
      const collectsPossessor = found && !possessor && isPossessiveInside(codes, end, foundEnd);
      const collectsShorter = longestIsWeak && !shorter;
      const spanLength = end - start;
      const masked = spanLength <= MASKED_SPAN;
      const textUpper = masked ? upperMaskOf(meta, start, spanLength) : 0;
      const textCased = masked ? casedMaskOf(meta, start, spanLength) : 0;
      let outputs: number[] | undefined;
      for (let output = outputStart[pathNode]!; output < outputStart[pathNode + 1]!; output++) {
        const info = outputInfo[output]!;
        const isCue = OutputInfo.kind(info) === OutputKind.cue;
        if (found && !isCue && !collectsPossessor && !collectsShorter) continue;
        if (OutputInfo.needsHyphenAfter(info) && codes[end] !== HYPHEN) continue;
        const rule = OutputInfo.caseRule(info);
        if (
          masked
            ? !caseMatchesMasked(rule, casePool, outputCase[output]!, spanLength, textUpper, textCased)
            : !caseMatches(rule, casePool, outputCase[output]!, meta, start, spanLength)
        ) {
          continue;
        }
        if (OutputInfo.isOrdinaryWord(info) && !plainlyAName(text, start, end)) continue;
        if (isCue) {
          const entity = outputEntity[output]!;
          countedCue ??= new Uint8Array(outputEntity.length);
          if (countedCue[output] === 0) {
            // The same cue in another case form is the same cue.
            for (let other = outputStart[pathNode]!; other < outputStart[pathNode + 1]!; other++) {
              if (outputEntity[other] === entity) countedCue[other] = 1;
            }
            cueCounts.set(entity, (cueCounts.get(entity) ?? 0) + 1);
          }
          cueHits.push(start, end, entity, pathNode);
        } else {
          (outputs ??= []).push(output);
        }
      }
      if (!outputs) continue;
      if (found) {
        if (collectsPossessor) possessor = { start, end, outputs };
        // A weak one would need the very support the longer name lacked.
        if (collectsShorter && outputs.some((output) => !OutputInfo.isWeak(outputInfo[output]!))) shorter = { start, end, outputs };
      } else {
        candidates.push({ start, end, outputs });
        found = true;
        foundEnd = end;
        longestIsWeak = outputs.every((output) => OutputInfo.isWeak(outputInfo[output]!));
      }
    }
    if (!found) continue;
    const longest = candidates[candidates.length - 1]!;
    if (possessor && namesAnotherOwner(possessor, longest, outputInfo, outputEntity)) splitAtPossessor(candidates, possessor);
    else if (shorter) longest.shorter = shorter;
  }
  return { candidates, cueCounts, cueHits };
}

const APOSTROPHE = 0x27;
const LETTER_S = 0x73;

/** `end` is a name's end followed by "'s " inside a longer name that runs on to `nameEnd`. */
function isPossessiveInside(codes: Uint16Array, end: number, nameEnd: number): boolean {
  return end + 3 < nameEnd && codes[end] === APOSTROPHE && codes[end + 1] === LETTER_S && codes[end + 2] === SPACE;
}

/**
 * Whether a possessor inside a longer name is an owner of its own: some strong name of an entity
 * the whole name is not. "Prosecutor General's Office" opens with a weak name of the office itself.
 */
function namesAnotherOwner(possessor: Candidate, whole: Candidate, outputInfo: ArrayLike<number>, outputEntity: ArrayLike<number>): boolean {
  return possessor.outputs.some(
    (output) => !OutputInfo.isWeak(outputInfo[output]!) && !whole.outputs.some((other) => outputEntity[other] === outputEntity[output]),
  );
}

/**
 * A KB name that opens with another name's possessive ("Russia's central bank") names two
 * things, as a reader sees them: the possessor, and the rest of the words for the whole name. The
 * last candidate becomes those two, side by side, so marks never overlap.
 */
function splitAtPossessor(candidates: Candidate[], possessor: Candidate): void {
  const whole = candidates.pop()!;
  candidates.push(possessor, { start: possessor.end + 3, end: whole.end, outputs: whole.outputs });
}
