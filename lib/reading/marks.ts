/**
 * Marks are live DOM Ranges over recognised names, kept in document order. Nothing is inserted
 * into the page for them (they are painted with the CSS Custom Highlight API), so finding the mark
 * under the pointer is a search: the caret position at the pointer, then a binary search.
 */

import { rangeOf, type TextSegment } from '../extract/text';

const MENTIONS_PER_STEP = 32;

export interface Mark {
  range: Range;
  entityId: string;
  /** The name as written. */
  text: string;
}

// Range.START_TO_START and friends, spelled out so this file needs no browser globals.
const START_TO_START = 0;

/** Sorts and merges a batch of marks into marks already sorted; ranges must not overlap. */
export function mergeMarks(existing: readonly Mark[], added: readonly Mark[]): Mark[] {
  const incoming = [...added].sort((a, b) => a.range.compareBoundaryPoints(START_TO_START, b.range));
  if (existing.length === 0) return incoming;
  const merged: Mark[] = [];
  let i = 0;
  let j = 0;
  while (i < existing.length && j < incoming.length) {
    if (existing[i]!.range.compareBoundaryPoints(START_TO_START, incoming[j]!.range) <= 0) merged.push(existing[i++]!);
    else merged.push(incoming[j++]!);
  }
  while (i < existing.length) merged.push(existing[i++]!);
  while (j < incoming.length) merged.push(incoming[j++]!);
  return merged;
}

/**
 * Where a DOM point falls among sorted marks: the index of the mark holding it, or -1. A point on
 * a mark's boundary counts as inside (the caret after a name's last letter is still on the name).
 */
export function markIndexAt(marks: readonly Mark[], node: Node, offset: number): number {
  let low = 0;
  let high = marks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = marks[middle]!.range;
    let position: number;
    try {
      position = range.comparePoint(node, offset);
    } catch {
      // The point is in another document or a doctype: it is in no mark.
      return -1;
    }
    if (position < 0) high = middle - 1;
    else if (position > 0) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Index of the first mark that starts at or after the point (marks.length when none does). */
export function firstMarkFrom(marks: readonly Mark[], node: Node, offset: number): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const range = marks[middle]!.range;
    // comparePoint < 0: the point lies before the range, so this mark starts after it.
    if (range.comparePoint(node, offset) < 0) high = middle;
    else low = middle + 1;
  }
  return low;
}

interface RectLike {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** True when (x, y) lies on one of the rectangles (with `slop` pixels of tolerance). */
export function pointInRects(rects: Iterable<RectLike>, x: number, y: number, slop = 1): boolean {
  for (const rect of rects) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) return true;
  }
  return false;
}

/** Drops marks whose text left the document or changed under them (a page rewrote its DOM). */
export function liveMarks(marks: readonly Mark[]): Mark[] {
  return marks.filter(({ range, text }) => range.startContainer.isConnected && !range.collapsed && range.toString() === text);
}

/**
 * Marks for recognised mentions of a text collected by `collectText` (offsets into that text).
 * Stepwise, like extraction: a book has thousands of names.
 */
export function* marksFor(
  doc: Document,
  segments: readonly TextSegment[],
  mentions: readonly { start: number; end: number; entityId: string; text: string }[],
): Generator<void, Mark[]> {
  const marks: Mark[] = [];
  for (let index = 0; index < mentions.length; index++) {
    if (index % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
    const mention = mentions[index]!;
    const range = rangeOf(doc, segments, mention.start, mention.end);
    if (range && !range.collapsed) marks.push({ range, entityId: mention.entityId, text: range.toString() });
  }
  return marks;
}
