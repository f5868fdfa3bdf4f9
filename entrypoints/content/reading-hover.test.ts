// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mark } from '@/lib/reading/marks';
import { CLOSE_GRACE_MS, DWELL_MS, HoverController, type HoverTarget } from './reading-hover';
import type { MarkLayer } from './reading-marks';

/** Just what HoverController uses of WXT's context, on fake timers. */
function fakeContext(): ContentScriptContext {
  return {
    setTimeout: (handler: () => void, timeout?: number) => window.setTimeout(handler, timeout),
    requestAnimationFrame: (callback: FrameRequestCallback) => window.setTimeout(() => callback(0), 0),
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, handler, options),
  } as unknown as ContentScriptContext;
}

const tokayev = { entityId: 'tokayev', text: 'Tokayev' } as Mark;
const putin = { entityId: 'putin', text: 'Putin' } as Mark;

let under: Mark | null;
let card: HoverTarget & { opened: { mark: Mark; focus: boolean }[]; current: Mark | null; onCardNow: boolean };
let abort: AbortController;
let hover: HoverController;

function move(x = 10, y = 10) {
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse' }));
  vi.advanceTimersByTime(1); // the frame that evaluates it
}

beforeEach(() => {
  vi.useFakeTimers();
  under = null;
  card = {
    opened: [],
    current: null,
    onCardNow: false,
    open(mark, options) {
      this.opened.push({ mark, focus: options.focus });
      this.current = mark;
    },
    close() {
      this.current = null;
    },
    isOpen() {
      return this.current !== null;
    },
    openMark() {
      return this.current;
    },
    isOnCard() {
      return this.onCardNow;
    },
  };
  const layer = { hitTest: () => under } as unknown as MarkLayer;
  abort = new AbortController();
  hover = new HoverController(fakeContext(), layer, card, abort.signal);
});

afterEach(() => {
  abort.abort();
  vi.useRealTimers();
});

describe('HoverController', () => {
  it('opens a card only after the pointer dwells on a mark', () => {
    under = tokayev;
    move();
    vi.advanceTimersByTime(DWELL_MS - 20);
    expect(card.opened).toEqual([]);
    vi.advanceTimersByTime(40);
    expect(card.opened).toEqual([{ mark: tokayev, focus: false }]);
  });

  it('opens nothing when the pointer only sweeps across marks', () => {
    under = tokayev;
    move();
    vi.advanceTimersByTime(DWELL_MS / 2);
    under = null;
    move();
    under = putin;
    move();
    vi.advanceTimersByTime(DWELL_MS / 2);
    under = null;
    move();
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(card.opened).toEqual([]);
  });

  it('keeps the card while the pointer crosses to it, and closes it after leaving both', () => {
    under = tokayev;
    move();
    vi.advanceTimersByTime(DWELL_MS + 10);
    under = null;
    move(); // the gap between mark and card
    vi.advanceTimersByTime(CLOSE_GRACE_MS / 2);
    card.onCardNow = true;
    hover.onCardEnter();
    move();
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 3);
    expect(card.current).toBe(tokayev);
    card.onCardNow = false;
    hover.onCardLeave();
    move();
    vi.advanceTimersByTime(CLOSE_GRACE_MS + 10);
    expect(card.current).toBeNull();
  });

  it('leaves a card opened from the keyboard alone when the pointer wanders', () => {
    card.open(putin, { focus: true });
    hover.keyboardOpen = true;
    under = null;
    move();
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 3);
    expect(card.current).toBe(putin);
  });

  it('stops everything when its signal aborts', () => {
    under = tokayev;
    move();
    abort.abort();
    vi.advanceTimersByTime(DWELL_MS * 3);
    move();
    vi.advanceTimersByTime(DWELL_MS * 3);
    expect(card.opened).toEqual([]);
  });
});
