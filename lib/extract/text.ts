/**
 * Reads the text of DOM subtrees as a reader sees it, with a map from every text offset back to
 * the Text node it came from.
 *
 * - Blocks (p, h2, li, blockquote…) are separated by "\n\n", so no name runs across paragraphs.
 * - Inline elements join without a separator: `<a>Kassym-Jomart</a> Tokayev` and
 *   `Kassym-<wbr>Jomart` read as written. `&nbsp;` and numeric references are already decoded
 *   characters in Text nodes.
 * - Skipped subtrees (see rules.ts) contribute nothing; a skipped inline element leaves a space so
 *   the words on either side do not fuse. `<br>` is a line break ("\n"); two in a row separate
 *   paragraphs, as in old CMSes' bodies of text and `<br><br>`.
 * - Line breaks inside a block's source are read as spaces (same length, so the map stays exact),
 *   except in <pre>, where they are real.
 */
import { isBlock, isSkipped, preservesLineBreaks, type SkipOptions } from './rules';

/** `text.slice(start, start + length)` is `node.data.slice(nodeOffset, nodeOffset + length)`. */
export interface TextSegment {
  start: number;
  length: number;
  node: Text;
  nodeOffset: number;
}

export interface CollectedText {
  text: string;
  /** Sorted by `start`; separators and other synthetic characters belong to no segment. */
  segments: TextSegment[];
}

export interface CollectOptions {
  skip?: SkipOptions;
  /** Text nodes to leave out because they were read before (content is annotated once). */
  alreadyRead?: (node: Text) => boolean;
}

/** Yield to the caller every so many nodes so a book-sized page can be read in slices. */
const NODES_PER_STEP = 128;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const COLLAPSIBLE_BREAKS = /[\t\n\r\f]/g;
const HTML_SPACE = /[ \t\n\r\f]/;

interface Piece {
  text: string;
  node: Text | null;
  nodeOffset: number;
}

/** Accumulates one block at a time, trims it, and appends it to the output. */
class TextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  readonly segments: TextSegment[] = [];
  private block: Piece[] = [];

  text(node: Text, preserve: boolean): void {
    const data = node.data;
    if (data.length === 0) return;
    this.block.push({ text: preserve ? data : data.replace(COLLAPSIBLE_BREAKS, ' '), node, nodeOffset: 0 });
  }

  synthetic(text: string): void {
    this.block.push({ text, node: null, nodeOffset: 0 });
  }

  endBlock(): void {
    const pieces = this.block;
    this.block = [];
    let first = 0;
    let last = pieces.length - 1;
    // Drop leading and trailing HTML whitespace; NBSP is text and stays.
    while (first <= last) {
      const piece = pieces[first]!;
      let cut = 0;
      while (cut < piece.text.length && HTML_SPACE.test(piece.text[cut]!)) cut++;
      if (cut < piece.text.length) {
        pieces[first] = { text: piece.text.slice(cut), node: piece.node, nodeOffset: piece.nodeOffset + cut };
        break;
      }
      first++;
    }
    while (last >= first) {
      const piece = pieces[last]!;
      let end = piece.text.length;
      while (end > 0 && HTML_SPACE.test(piece.text[end - 1]!)) end--;
      if (end > 0) {
        pieces[last] = { ...piece, text: piece.text.slice(0, end) };
        break;
      }
      last--;
    }
    if (first > last) return;
    if (this.length > 0) this.append('\n\n', null, 0);
    for (let index = first; index <= last; index++) {
      const piece = pieces[index]!;
      this.append(piece.text, piece.node, piece.nodeOffset);
    }
  }

  private append(text: string, node: Text | null, nodeOffset: number): void {
    if (node) this.segments.push({ start: this.length, length: text.length, node, nodeOffset });
    this.chunks.push(text);
    this.length += text.length;
  }

  result(): CollectedText {
    this.endBlock();
    return { text: this.chunks.join(''), segments: this.segments };
  }
}

function isTextNode(node: Node): node is Text {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE;
}

/** True when the nearest sibling before `br`, whitespace aside, is another <br>. */
function followsBreak(br: Element): boolean {
  let previous = br.previousSibling;
  while (previous && isTextNode(previous) && !/[^ \t\n\r\f]/.test(previous.data)) previous = previous.previousSibling;
  return previous?.nodeType === ELEMENT_NODE && (previous as Element).tagName.toUpperCase() === 'BR';
}

/**
 * The text of each root in turn (each starts a new block). Roots themselves are not judged by
 * the skip rules: the caller chose them.
 */
export function* collectText(roots: readonly Node[], options: CollectOptions = {}): Generator<void, CollectedText> {
  const out = new TextBuilder();
  const skip = options.skip ?? { classes: true };
  const alreadyRead = options.alreadyRead ?? (() => false);
  let steps = 0;
  for (const root of roots) {
    out.endBlock();
    if (isTextNode(root)) {
      if (!alreadyRead(root)) out.text(root, root.parentElement ? preservesLineBreaks(root.parentElement) : false);
      continue;
    }
    let preserveDepth = 0;
    let node: Node | null = root.firstChild;
    while (node) {
      if (++steps % NODES_PER_STEP === 0) yield;
      let entered = false;
      if (node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        const block = isBlock(element);
        if (isSkipped(element, skip)) {
          if (block) out.endBlock();
          else out.synthetic(' ');
        } else if (element.tagName.toUpperCase() === 'BR') {
          // Two line breaks in a row are how old CMSes separate paragraphs: a block break.
          if (followsBreak(element)) out.endBlock();
          else out.synthetic('\n');
        } else {
          if (block) out.endBlock();
          if (element.firstChild) {
            if (preservesLineBreaks(element)) preserveDepth++;
            node = element.firstChild;
            entered = true;
          } else if (block) {
            out.endBlock();
          }
        }
      } else if (isTextNode(node)) {
        if (alreadyRead(node)) out.synthetic(' ');
        else out.text(node, preserveDepth > 0);
      }
      if (entered) continue;
      // Next node in document order, closing the elements we climb out of.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (!node || node === root) break;
        const element = node as Element;
        if (isBlock(element)) out.endBlock();
        if (preservesLineBreaks(element)) preserveDepth--;
      }
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return out.result();
}

/** Runs a stepwise computation to its end in one go (for Node tools and tests). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The DOM point of a text offset. `edge` says which side of a segment boundary an offset that
 * falls exactly on it belongs to: a range's start goes with the text after it, its end with the
 * text before it.
 */
export function domPointAt(
  segments: readonly TextSegment[],
  offset: number,
  edge: 'start' | 'end',
): { node: Text; offset: number } | null {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    const from = segment.start;
    const to = segment.start + segment.length;
    const before = edge === 'start' ? offset < from : offset <= from;
    const after = edge === 'start' ? offset >= to : offset > to;
    if (before) high = middle - 1;
    else if (after) low = middle + 1;
    else return { node: segment.node, offset: segment.nodeOffset + (offset - from) };
  }
  return null;
}

/** A live DOM Range over `text[start, end)`, or null when an end falls on a separator. */
export function rangeOf(doc: Document, segments: readonly TextSegment[], start: number, end: number): Range | null {
  const from = domPointAt(segments, start, 'start');
  const to = domPointAt(segments, end, 'end');
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
