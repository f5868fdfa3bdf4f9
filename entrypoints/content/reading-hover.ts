/**
 * When the card opens and closes: after a short dwell on a mark, kept open while the pointer moves
 * onto the card, closed a moment after the pointer leaves both, and on Esc. The keyboard path
 * (a shortcut moves through the marks) opens the same card with focus in it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mark } from '@/lib/reading/marks';
import type { MarkLayer } from './reading-marks';

/** Long enough that sweeping the pointer across a paragraph opens nothing. */
export const DWELL_MS = 220;
/** Time to cross the gap between a mark and its card. */
export const CLOSE_GRACE_MS = 300;

export interface HoverTarget {
  open(mark: Mark, options: { focus: boolean; pointer?: { x: number; y: number } }): void;
  close(): void;
  isOpen(): boolean;
  openMark(): Mark | null;
  isOnCard(event: Event): boolean;
}

export class HoverController {
  /** Set while a card opened from the keyboard is open: it holds focus and ignores the pointer. */
  keyboardOpen = false;
  private dwellTimer: number | null = null;
  private closeTimer: number | null = null;
  private dwellMark: Mark | null = null;
  private pending: { x: number; y: number; onCard: boolean } | null = null;
  private frameRequested = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly layer: Pick<MarkLayer, 'hitTest'>,
    private readonly card: HoverTarget,
    signal: AbortSignal,
  ) {
    const options = { passive: true, signal } as const;
    ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => this.onPointerMove(event), options);
    ctx.addEventListener(document, 'pointerleave', () => this.onPointerAway(), options);
    ctx.addEventListener(window, 'blur', () => this.onPointerAway(), options);
    signal.addEventListener('abort', () => this.cancelTimers(), { once: true });
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    // composedPath() is only valid while the event is dispatched: decide "on the card" now.
    this.pending = { x: event.clientX, y: event.clientY, onCard: this.card.isOnCard(event) };
    if (this.frameRequested) return;
    this.frameRequested = true;
    // One hit test per frame, however fast the pointer moves.
    this.ctx.requestAnimationFrame(() => {
      this.frameRequested = false;
      const latest = this.pending;
      this.pending = null;
      if (latest) this.evaluate(latest);
    });
  }

  private evaluate(pointer: { x: number; y: number; onCard: boolean }): void {
    if (pointer.onCard) {
      this.cancelClose();
      this.cancelDwell();
      return;
    }
    const mark = this.layer.hitTest(pointer.x, pointer.y);
    if (mark && mark === this.card.openMark()) {
      this.cancelClose();
      this.cancelDwell();
      return;
    }
    if (mark !== this.dwellMark) {
      this.cancelDwell();
      if (mark) {
        this.dwellMark = mark;
        this.dwellTimer = this.ctx.setTimeout(() => {
          this.dwellTimer = null;
          this.dwellMark = null;
          this.cancelClose();
          this.card.open(mark, { focus: false, pointer: { x: pointer.x, y: pointer.y } });
        }, DWELL_MS);
      }
    }
    if (!mark && this.card.isOpen()) this.scheduleClose();
  }

  /** The pointer entered the card: it stays. */
  onCardEnter(): void {
    this.cancelClose();
  }

  /** The pointer left the card: it goes after the grace period unless the pointer comes back. */
  onCardLeave(): void {
    this.scheduleClose();
  }

  private onPointerAway(): void {
    this.cancelDwell();
    if (this.card.isOpen()) this.scheduleClose();
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = this.ctx.setTimeout(() => {
      this.closeTimer = null;
      // A card opened from the keyboard holds focus: pointer wandering must not close it.
      if (this.card.isOpen() && !this.keyboardOpen) this.card.close();
    }, CLOSE_GRACE_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private cancelDwell(): void {
    if (this.dwellTimer !== null) clearTimeout(this.dwellTimer);
    this.dwellTimer = null;
    this.dwellMark = null;
  }

  cancelTimers(): void {
    this.cancelClose();
    this.cancelDwell();
  }
}
