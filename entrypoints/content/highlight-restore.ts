/**
 * The page's saved highlights, anchored and painted. Anchoring runs on load, again on a schedule
 * and whenever the page changes, because articles often arrive after `document_idle` (hydration,
 * paywalls lifting, "read more"). Only after the retry window closes is a highlight an orphan,
 * and orphans keep being tried when the page changes: they are never deleted.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { anchor, indexText } from '@/lib/anchoring';
import type { Highlight } from '@/lib/highlights/record';
import type { AnchorState, PageHighlightsState } from '@/lib/highlights/protocol';
import type { HighlightPainter } from './highlight-paint';

/** Tries after load, in ms; mutations add tries in between. */
const RETRY_DELAYS = [300, 800, 1500, 3000, 6000];
/** After this long without a match a highlight is reported as an orphan (it is still retried). */
const ORPHAN_AFTER_MS = 8000;
const MUTATION_SETTLE_MS = 400;
/** Orphans are looked for again at most this often while the page keeps changing. */
const ORPHAN_RETRY_MS = 2000;

interface Item {
  highlight: Highlight;
  range: Range | null;
  state: AnchorState;
}

function rangeIsLive(range: Range): boolean {
  return !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected;
}

export class PageHighlightSet {
  private items = new Map<string, Item>();
  private generation = 0;
  private loadedAt = 0;
  private observer: MutationObserver | null = null;
  private settleTimer: number | null = null;
  url = '';

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly painter: HighlightPainter,
    /** Our own UI hosts: changes inside them are not page changes. */
    private readonly isOwnNode: (node: Node) => boolean,
    private readonly onChange: () => void = () => undefined,
  ) {
    ctx.onInvalidated(() => this.stopObserving());
  }

  /** Replaces everything with the records of `url` and starts anchoring them. */
  load(url: string, records: readonly Highlight[]): void {
    this.generation++;
    this.painter.clear();
    this.items = new Map(records.map((highlight) => [highlight.id, { highlight, range: null, state: 'pending' as AnchorState }]));
    this.url = url;
    this.loadedAt = Date.now();
    this.anchorUnplaced();
    this.scheduleRetries(this.generation);
    this.observe();
  }

  /**
   * Brings the set in line with fresh records of the same page (edited elsewhere), keeping the
   * ranges of highlights that are still placed.
   */
  sync(records: readonly Highlight[]): void {
    const fresh = new Map(records.map((highlight) => [highlight.id, highlight]));
    for (const [id] of this.items) if (!fresh.has(id)) this.remove(id);
    for (const highlight of fresh.values()) {
      const item = this.items.get(highlight.id);
      if (item) {
        item.highlight = highlight;
        if (item.range) this.painter.paint(highlight.id, item.range, highlight.colour);
      } else {
        this.items.set(highlight.id, { highlight, range: null, state: 'pending' });
      }
    }
    this.anchorUnplaced();
    this.onChange();
  }

  /** A highlight just made on this page, with the range it was made from. */
  add(highlight: Highlight, range: Range): void {
    this.items.set(highlight.id, { highlight, range, state: 'anchored' });
    this.painter.paint(highlight.id, range, highlight.colour);
    this.onChange();
  }

  update(highlight: Highlight): void {
    const item = this.items.get(highlight.id);
    if (!item) return;
    item.highlight = highlight;
    if (item.range) this.painter.paint(highlight.id, item.range, highlight.colour);
    this.onChange();
  }

  remove(id: string): void {
    this.painter.erase(id);
    this.items.delete(id);
    this.onChange();
  }

  get(id: string): Item | undefined {
    return this.items.get(id);
  }

  /** The placed highlight whose text is at the caret position, if any. */
  at(node: Node, offset: number): Highlight | null {
    for (const item of this.items.values()) {
      if (!item.range) continue;
      try {
        if (item.range.isPointInRange(node, offset)) return item.highlight;
      } catch {
        // A point in another document or a doctype: not ours.
      }
    }
    return null;
  }

  /** Anchored in page order, then those still being looked for, then orphans by their old position. */
  state(): PageHighlightsState {
    const items = [...this.items.values()];
    const placed = items.filter((item) => item.range).sort((a, b) => a.range!.compareBoundaryPoints(Range.START_TO_START, b.range!));
    const byOldPosition = (a: Item, b: Item) => (a.highlight.selectors.position?.start ?? 0) - (b.highlight.selectors.position?.start ?? 0);
    const pending = items.filter((item) => !item.range && item.state === 'pending').sort(byOldPosition);
    const orphans = items.filter((item) => !item.range && item.state === 'orphan').sort(byOldPosition);
    return {
      url: this.url,
      items: [...placed, ...pending, ...orphans].map((item) => ({ highlight: item.highlight, state: item.range ? 'anchored' : item.state })),
    };
  }

  /** Anchors everything that has no live range, with one text index for the whole pass. */
  private anchorUnplaced(): void {
    let changed = false;
    for (const item of this.items.values()) {
      if (item.range && !rangeIsLive(item.range)) {
        // The page replaced the text under it (an SPA re-render): find it again.
        this.painter.erase(item.highlight.id);
        item.range = null;
        item.state = 'pending';
        changed = true;
      }
    }
    const unplaced = [...this.items.values()].filter((item) => !item.range);
    if (unplaced.length > 0 && document.body) {
      const index = indexText(document.body);
      for (const item of unplaced) {
        const range = anchor(document.body, item.highlight.selectors, index);
        if (range) {
          item.range = range;
          item.state = 'anchored';
          this.painter.paint(item.highlight.id, range, item.highlight.colour);
          changed = true;
        }
      }
    }
    if (Date.now() - this.loadedAt >= ORPHAN_AFTER_MS) {
      for (const item of this.items.values()) {
        if (!item.range && item.state === 'pending') {
          item.state = 'orphan';
          changed = true;
        }
      }
    }
    if (changed) this.onChange();
  }

  private scheduleRetries(generation: number): void {
    for (const delay of [...RETRY_DELAYS, ORPHAN_AFTER_MS]) {
      this.ctx.setTimeout(() => {
        if (generation === this.generation) this.anchorUnplaced();
      }, delay);
    }
  }

  private observe(): void {
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver((mutations) => {
      const ours = (mutation: MutationRecord) =>
        this.isOwnNode(mutation.target) || (mutation.type === 'childList' && [...mutation.addedNodes, ...mutation.removedNodes].every(this.isOwnNode));
      if (this.items.size === 0 || mutations.every(ours) || this.settleTimer !== null) return;
      // A throttle, not a debounce: a page that never stops changing (tickers, ads) still gets passes.
      const stillLooking = [...this.items.values()].some((item) => item.state === 'pending');
      this.settleTimer = this.ctx.setTimeout(
        () => {
          this.settleTimer = null;
          this.anchorUnplaced();
        },
        stillLooking ? MUTATION_SETTLE_MS : ORPHAN_RETRY_MS,
      );
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
