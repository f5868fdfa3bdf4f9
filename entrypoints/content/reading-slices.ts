/**
 * Runs stepwise work (generators that yield at safe points) in idle time, a few milliseconds per
 * task, so a book-sized page never sees a long task. Work waits while the tab is hidden.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Well under the 50 ms that makes a task "long", leaving room for the page's own work. */
const SLICE_BUDGET_MS = 8;
/** Idle callbacks may starve on a busy page; run anyway after this long. */
const IDLE_TIMEOUT_MS = 300;

export class Aborted extends Error {
  constructor() {
    super('Reading work was cancelled.');
  }
}

/** Resolves once the document is visible (at once if it is). */
export function whenVisible(ctx: ContentScriptContext, signal: AbortSignal): Promise<void> {
  if (document.visibilityState === 'visible') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onChange = () => {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', onChange);
      resolve();
    };
    ctx.addEventListener(document, 'visibilitychange', onChange);
    signal.addEventListener('abort', () => reject(new Aborted()), { once: true });
  });
}

function nextIdle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else ctx.setTimeout(resolve, 0);
  });
}

function nextTask(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => ctx.setTimeout(resolve, 0));
}

/** Drives `steps` to its end in idle slices; rejects with `Aborted` when `signal` aborts. */
export async function runInSlices<T>(ctx: ContentScriptContext, steps: Generator<void, T>, signal: AbortSignal): Promise<T> {
  for (;;) {
    await whenVisible(ctx, signal);
    await nextIdle(ctx);
    if (signal.aborted || ctx.isInvalid) throw new Aborted();
    const sliceStart = performance.now();
    let elapsed = 0;
    let longestStep = 0;
    // Stop before a step that would likely overrun the budget, not after it has.
    do {
      const stepStart = performance.now();
      const next = steps.next();
      if (next.done) {
        // What the caller does next (send the text, paint the marks) gets a task of its own
        // rather than stretching this slice past its budget.
        if (performance.now() - sliceStart > 1) await nextTask(ctx);
        if (signal.aborted || ctx.isInvalid) throw new Aborted();
        return next.value;
      }
      const now = performance.now();
      longestStep = Math.max(longestStep, now - stepStart);
      elapsed = now - sliceStart;
    } while (elapsed + longestStep < SLICE_BUDGET_MS);
  }
}
