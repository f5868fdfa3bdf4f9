/** The caret position under a viewport point, in whichever form the browser offers. */
export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(document, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
