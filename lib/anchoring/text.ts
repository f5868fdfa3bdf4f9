/**
 * The text of a DOM subtree as anchoring sees it, and the way back from text offsets to DOM
 * positions. Offsets are UTF-16 code units into the concatenated text nodes, like
 * TextPositionSelector's in practice.
 */

/**
 * Elements whose text is not part of what a reader reads: code, styles, and form controls (the
 * user's own typing, which must never be highlighted or anchored to).
 */
const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'IFRAME', 'OBJECT']);

export interface TextIndex {
  root: Node;
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]`'s first character in `text`. */
  starts: number[];
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FOLLOWING = 0x04;

function documentOf(node: Node): Document {
  return node.nodeType === DOCUMENT_NODE ? (node as Document) : node.ownerDocument!;
}

export function indexText(root: Node): TextIndex {
  const walker = documentOf(root).createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      return SKIPPED_ELEMENTS.has((node as Element).tagName.toUpperCase()) ? FILTER_REJECT : FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** True when text node `node` lies at or after the boundary point (container, offset). */
function isAtOrAfter(node: Text, container: Node, offset: number): boolean {
  const reference = container.childNodes[offset];
  if (reference) {
    return reference === node || reference.contains(node) || (reference.compareDocumentPosition(node) & FOLLOWING) !== 0;
  }
  // The point is at the very end of `container`: only what follows the container is after it.
  return !container.contains(node) && (container.compareDocumentPosition(node) & FOLLOWING) !== 0;
}

/** The text offset of a DOM boundary point, clamped to the indexed text. */
export function offsetOfPoint(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === TEXT_NODE) {
    const position = index.nodes.indexOf(container as Text);
    if (position >= 0) return index.starts[position]! + Math.min(offset, (container as Text).data.length);
    // Text that is not indexed (inside a skipped element): use the position of its node.
    const parent = container.parentNode;
    if (!parent) return 0;
    return offsetOfPoint(index, parent, Array.prototype.indexOf.call(parent.childNodes, container));
  }
  // Binary search: "at or after the point" is monotonic over nodes in document order.
  let low = 0;
  let high = index.nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isAtOrAfter(index.nodes[middle]!, container, offset)) high = middle;
    else low = middle + 1;
  }
  return low < index.nodes.length ? index.starts[low]! : index.text.length;
}

/** [start, end) in text offsets for a DOM range. */
export function offsetsOfRange(index: TextIndex, range: Range): [number, number] {
  return [offsetOfPoint(index, range.startContainer, range.startOffset), offsetOfPoint(index, range.endContainer, range.endOffset)];
}

/** The last node whose text starts at or before `offset` and is not empty where possible. */
function nodeAt(index: TextIndex, offset: number, preferEnd: boolean): number {
  let low = 0;
  let high = index.nodes.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (index.starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  // For an end point, stay in the node whose text the range ends in, not the next one.
  if (preferEnd) {
    while (low > 0 && index.starts[low]! === offset) low--;
  } else {
    while (low < index.nodes.length - 1 && index.starts[low]! + index.nodes[low]!.data.length === offset) low++;
  }
  return low;
}

/** A DOM range over text offsets [start, end), or null when the offsets lie outside the text. */
export function rangeOfOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (index.nodes.length === 0 || start < 0 || end > index.text.length || start >= end) return null;
  const first = nodeAt(index, start, false);
  const last = nodeAt(index, end, true);
  const range = documentOf(index.root).createRange();
  range.setStart(index.nodes[first]!, start - index.starts[first]!);
  range.setEnd(index.nodes[last]!, end - index.starts[last]!);
  return range;
}
