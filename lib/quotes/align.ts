/**
 * Word-by-word alignment of a quotation with a recorded wording: a local alignment (the quote may
 * cover part of the record, or run past it) where an ellipsis on either side excuses the words it
 * stands for, and editors' bracketed insertions are left out of the comparison.
 */
import type { Token } from './words';

/**
 * `same`: the word is in the record. `changed`: a different word in its place. `added`: in the
 * quote, not the record. `removed`: in the record, not the quote. `omitted`: in the record, left
 * out where the quote has an ellipsis.
 */
export type AlignOp = 'same' | 'changed' | 'added' | 'removed' | 'omitted';

export interface AlignedPair {
  op: AlignOp;
  /** Index into the quote's words. */
  quote?: number;
  /** Index into the record's words. */
  record?: number;
}

export interface Alignment {
  /** In reading order; quote words outside the aligned stretch come first or last as `added`. */
  pairs: AlignedPair[];
  /** First and last record word of the aligned stretch (inclusive); -1 when nothing aligned. */
  recordFrom: number;
  recordTo: number;
  quoteFrom: number;
  quoteTo: number;
}

/** Words only, each knowing whether an ellipsis stands right after it in its own text. */
export interface AlignInput {
  words: readonly Token[];
  /** `elisionAfter[k]`: an ellipsis follows word k (k = -1: before the first word). */
  elisionAfter: (k: number) => boolean;
}

const weightOf = (token: Token): number => (token.content || token.negation ? 3 : 1);
const MISMATCH = -2;
const STEP = { diagonal: 1, up: 2, left: 3 } as const;

function unaligned(quoteWords: number): Alignment {
  const pairs = Array.from({ length: quoteWords }, (_, k): AlignedPair => ({ op: 'added', quote: k }));
  return { pairs, recordFrom: -1, recordTo: -1, quoteFrom: -1, quoteTo: -1 };
}

/**
 * Aligns the quote's words with the record's in O(quote × record) time and memory. `local`: the
 * best-matching stretches of each (where a quote renders a record); `global`: all words of both
 * (to compare a stretch once it is known).
 */
export function align(quote: AlignInput, record: AlignInput, mode: 'local' | 'global' = 'local'): Alignment {
  const n = quote.words.length;
  const m = record.words.length;
  const width = m + 1;
  const local = mode === 'local';
  const score = new Float64Array((n + 1) * width);
  const step = new Uint8Array((n + 1) * width);
  // A word with no counterpart is free right after an ellipsis on the other side.
  const addCost = (i: number, j: number): number => (record.elisionAfter(j - 1) ? 0 : weightOf(quote.words[i - 1]!) / 1.5);
  const removeCost = (i: number, j: number): number => (quote.elisionAfter(i - 1) ? 0 : weightOf(record.words[j - 1]!) / 1.5);
  if (!local) {
    for (let i = 1; i <= n; i++) [score[i * width], step[i * width]] = [score[(i - 1) * width]! - addCost(i, 0), STEP.up];
    for (let j = 1; j <= m; j++) [score[j], step[j]] = [score[j - 1]! - removeCost(0, j), STEP.left];
  }
  let best = 0;
  let bestCell = local ? 0 : n * width + m;
  for (let i = 1; i <= n; i++) {
    const q = quote.words[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const diagonal = score[(i - 1) * width + j - 1]! + (q.key === record.words[j - 1]!.key ? weightOf(q) : MISMATCH);
      const added = score[(i - 1) * width + j]! - addCost(i, j);
      const removed = score[i * width + j - 1]! - removeCost(i, j);
      let [cell, from] = local ? [0, 0] : [diagonal, STEP.diagonal as number];
      if (diagonal > cell) [cell, from] = [diagonal, STEP.diagonal];
      if (added > cell) [cell, from] = [added, STEP.up];
      if (removed > cell) [cell, from] = [removed, STEP.left];
      score[i * width + j] = cell;
      step[i * width + j] = from;
      if (local && cell > best) [best, bestCell] = [cell, i * width + j];
    }
  }
  if (local && best === 0) return unaligned(n);

  const middle: AlignedPair[] = [];
  let i = Math.floor(bestCell / width);
  let j = bestCell % width;
  while (local ? i > 0 && j > 0 && score[i * width + j]! > 0 : i > 0 || j > 0) {
    const from = step[i * width + j];
    if (from === STEP.diagonal) {
      middle.push({ op: quote.words[i - 1]!.key === record.words[j - 1]!.key ? 'same' : 'changed', quote: i - 1, record: j - 1 });
      i--;
      j--;
    } else if (from === STEP.up) {
      middle.push({ op: 'added', quote: i - 1 });
      i--;
    } else {
      middle.push({ op: quote.elisionAfter(i - 1) ? 'omitted' : 'removed', record: j - 1 });
      j--;
    }
  }
  middle.reverse();
  if (!local) return { pairs: middle, recordFrom: 0, recordTo: m - 1, quoteFrom: 0, quoteTo: n - 1 };
  // A local stretch starts and ends on a shared word.
  while (middle.length > 0 && middle[0]!.op !== 'same') middle.shift();
  while (middle.length > 0 && middle[middle.length - 1]!.op !== 'same') middle.pop();
  const first = middle[0];
  const last = middle[middle.length - 1];
  if (!first || !last) return unaligned(n);
  const pairs: AlignedPair[] = [];
  for (let k = 0; k < first.quote!; k++) pairs.push({ op: 'added', quote: k });
  pairs.push(...middle);
  for (let k = last.quote! + 1; k < n; k++) pairs.push({ op: 'added', quote: k });
  return { pairs, recordFrom: first.record!, recordTo: last.record!, quoteFrom: first.quote!, quoteTo: last.quote! };
}
