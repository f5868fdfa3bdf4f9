/**
 * Finds the quotations in article text: curly, straight, low-9 and angle quotation marks, quotes
 * nested in quotes, quotes closed by the wrong mark and quotes never closed. Only outermost
 * quotations are returned; what is nested inside belongs to them.
 */

export interface Quotation {
  /** UTF-16 offsets of the quoted words, between the marks. */
  start: number;
  end: number;
  /** False when the paragraph ended before a closing mark (a subhead, a fragment, a glitch). */
  closed: boolean;
}

interface Opening {
  mark: string;
  /** Offset just after the mark. */
  at: number;
}

const CLOSING: Record<string, readonly string[]> = {
  '“': ['”'],
  '„': ['“', '”'],
  '«': ['»'],
  '‹': ['›'],
  '"': ['"'],
  '‘': ['’'],
  "'": ["'"],
};
const DOUBLE = new Set(['“', '„', '«', '"']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CLAUSE_PUNCTUATION = /[,.;:!?…]/u;

const isWordChar = (char: string | undefined): boolean => char !== undefined && LETTER_OR_DIGIT.test(char);
const isSpaceOrNone = (char: string | undefined): boolean => char === undefined || /\s/u.test(char);

function trimmed(text: string, start: number, end: number, closed: boolean): Quotation | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end, closed } : null;
}

const isApostrophe = (char: string, before: string | undefined, after: string | undefined): boolean =>
  (char === '’' || char === "'") && isWordChar(before) && isWordChar(after);

/** Where in the stack `char` closes an opening: the top, or below single marks that never closed. */
function closingDepth(stack: readonly Opening[], char: string, before: string | undefined, after: string | undefined): number {
  if (isApostrophe(char, before, after)) return -1;
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const opening = stack[depth]!;
    if (CLOSING[opening.mark]!.includes(char)) return depth;
    if (DOUBLE.has(opening.mark)) break;
  }
  return -1;
}

/** The quotations of one paragraph (no line breaks inside). */
function quotationsOfParagraph(text: string, from: number, to: number, found: Quotation[]): void {
  const stack: Opening[] = [];
  const closeAt = (depth: number, at: number): void => {
    const opening = stack[depth]!;
    const outermost = !stack.slice(0, depth).some((below) => DOUBLE.has(below.mark));
    stack.length = depth;
    if (!outermost) return;
    const quotation = trimmed(text, opening.at, at, true);
    if (quotation) found.push(quotation);
  };
  for (let k = from; k < to; k++) {
    const char = text[k]!;
    const before = k > from ? text[k - 1] : undefined;
    const after = k + 1 < to ? text[k + 1] : undefined;
    const depth = closingDepth(stack, char, before, after);
    if (depth >= 0) {
      closeAt(depth, k);
      continue;
    }
    const top = stack[stack.length - 1];
    // “…,’ — a double quotation closed by a single mark, as re-posts sometimes do.
    const wrongMark = char === '’' && top !== undefined && DOUBLE.has(top.mark) && CLAUSE_PUNCTUATION.test(before ?? '') && isSpaceOrNone(after);
    if (wrongMark && !CLOSING[top.mark]!.some((mark) => text.slice(k + 1, to).includes(mark))) {
      closeAt(stack.length - 1, k);
      continue;
    }
    if (char === '“' || char === '„' || char === '«' || char === '‹' || char === '‘') {
      stack.push({ mark: char, at: k + 1 });
    } else if ((char === '"' || char === "'") && !isWordChar(before) && !isSpaceOrNone(after)) {
      // A straight mark opens only at the start of a word.
      stack.push({ mark: char, at: k + 1 });
    }
  }
  // An unclosed double quotation runs to the end of the paragraph; unclosed single marks were apostrophes.
  const outer = stack.find((opening) => DOUBLE.has(opening.mark));
  if (outer) {
    const quotation = trimmed(text, outer.at, to, false);
    if (quotation) found.push(quotation);
  }
}

/** Outermost quotations of `text`, in order. Quotations never cross a line break. */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to > from) quotationsOfParagraph(text, from, to, found);
    from = to + 1;
  }
  return found.sort((a, b) => a.start - b.start);
}
