/** The DOM side of anchoring: selectors from a selected range, and a range from selectors. */
import { locate, type TextMatch } from './match';
import { selectorsForSpan, type HighlightSelectors } from './selectors';
import { indexText, offsetsOfRange, rangeOfOffsets, type TextIndex } from './text';

/**
 * W3C selectors (quote with 32-character context, and position) for `range` within `root`'s
 * text. Null when the range holds no text worth keeping (only whitespace, or only skipped
 * content such as a textarea).
 */
export function describe(root: Node, range: Range, index: TextIndex = indexText(root)): HighlightSelectors | null {
  const [start, end] = offsetsOfRange(index, range);
  return selectorsForSpan(index.text, start, end);
}

export interface Anchored {
  range: Range;
  match: TextMatch;
}

/**
 * Finds the passage again. Null means orphan: the caller keeps the highlight and tells the
 * reader, it never guesses. Pass one `index` when anchoring many highlights in the same pass.
 */
export function anchorWithDetails(root: Node, selectors: HighlightSelectors, index: TextIndex = indexText(root)): Anchored | null {
  const match = locate(index.text, selectors);
  if (!match) return null;
  const range = rangeOfOffsets(index, match.start, match.end);
  return range ? { range, match } : null;
}

export function anchor(root: Node, selectors: HighlightSelectors, index?: TextIndex): Range | null {
  return anchorWithDetails(root, selectors, index)?.range ?? null;
}
