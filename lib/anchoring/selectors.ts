/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors): the two that
 * Backstory writes for every highlight. The quote survives edits elsewhere on the page; the
 * position tells identical quotes apart.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to `CONTEXT_LENGTH` characters before the quote ('' at the start of the text). */
  prefix: string;
  /** Up to `CONTEXT_LENGTH` characters after the quote ('' at the end of the text). */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface HighlightSelectors {
  quote: TextQuoteSelector;
  /** Absent only for imported annotations whose author did not record one. */
  position?: TextPositionSelector;
}

/** How much context is kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

const isWhitespace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/**
 * Selectors for `text.slice(start, end)`, without whitespace at either end (a triple-click
 * selects the line break after a paragraph, which says nothing about the passage). Null when
 * nothing but whitespace is selected.
 */
export function selectorsForSpan(text: string, start: number, end: number): HighlightSelectors | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && isWhitespace(text[from])) from++;
  while (to > from && isWhitespace(text[to - 1])) to--;
  if (from === to) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}
