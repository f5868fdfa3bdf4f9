/**
 * The page's marks, painted with the CSS Custom Highlight API (see reading.css for why), and found
 * under the pointer by caret hit-testing plus a binary search over the sorted ranges.
 */
import { markIndexAt, mergeMarks, pointInRects, type Mark } from '@/lib/reading/marks';
import { caretAt } from './caret';

export const HIGHLIGHT_NAMES = {
  marks: 'backstory-entity',
  active: 'backstory-entity-active',
  flash: 'backstory-entity-flash',
} as const;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class MarkLayer {
  marks: Mark[] = [];
  private readonly painted = new Highlight();
  private readonly active = new Highlight();
  private readonly flashing = new Highlight();

  constructor() {
    // Below the reader's own highlights (backstory-hl-*), which paint backgrounds and should win.
    this.painted.priority = -1;
    this.active.priority = 0;
    this.flashing.priority = 1;
  }

  add(batch: readonly Mark[]): void {
    if (batch.length === 0) return;
    this.marks = mergeMarks(this.marks, batch);
    for (const mark of batch) this.painted.add(mark.range);
    if (!CSS.highlights.has(HIGHLIGHT_NAMES.marks)) CSS.highlights.set(HIGHLIGHT_NAMES.marks, this.painted);
  }

  /** The mark under a viewport point, if the point is really on its glyphs. */
  hitTest(x: number, y: number): Mark | null {
    if (this.marks.length === 0) return null;
    const caret = caretAt(x, y);
    if (!caret) return null;
    const index = markIndexAt(this.marks, caret.node, caret.offset);
    if (index < 0) return null;
    const mark = this.marks[index]!;
    // The caret snaps to the nearest text even when the pointer is in a margin: check the glyphs.
    return pointInRects(mark.range.getClientRects(), x, y) ? mark : null;
  }

  setActive(mark: Mark | null): void {
    this.active.clear();
    if (mark) {
      this.active.add(mark.range);
      CSS.highlights.set(HIGHLIGHT_NAMES.active, this.active);
    } else {
      CSS.highlights.delete(HIGHLIGHT_NAMES.active);
    }
  }

  flash(mark: Mark): void {
    this.flashing.clear();
    this.flashing.add(mark.range);
    CSS.highlights.set(HIGHLIGHT_NAMES.flash, this.flashing);
  }

  endFlash(): void {
    this.flashing.clear();
    CSS.highlights.delete(HIGHLIGHT_NAMES.flash);
  }

  /** Ids of the entities whose marks overlap `range` (a reader's highlight), in page order. */
  entitiesIn(range: Range): string[] {
    const overlapping = this.marks.filter(
      (mark) =>
        range.compareBoundaryPoints(Range.START_TO_END, mark.range) > 0 &&
        range.compareBoundaryPoints(Range.END_TO_START, mark.range) < 0,
    );
    return [...new Set(overlapping.map((mark) => mark.entityId))];
  }

  marksOf(entityId: string): Mark[] {
    return this.marks.filter((mark) => mark.entityId === entityId);
  }

  /** Unpaints everything; the page's DOM was never touched. */
  clear(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    this.painted.clear();
    this.active.clear();
    this.flashing.clear();
    this.marks = [];
  }
}
