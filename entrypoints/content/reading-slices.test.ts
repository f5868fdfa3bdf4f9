// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Aborted, runInSlices } from './reading-slices';

const ctx = {
  isInvalid: false,
  setTimeout: (handler: () => void, timeout?: number) => window.setTimeout(handler, timeout),
  requestIdleCallback: (callback: IdleRequestCallback) => window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 0),
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, options),
} as unknown as ContentScriptContext;

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

function* counting(steps: number, log: number[]): Generator<void, string> {
  for (let k = 0; k < steps; k++) {
    log.push(k);
    yield;
  }
  return 'done';
}

function* slow(log: number[]): Generator<void, number> {
  for (let k = 0; k < 20; k++) {
    const until = performance.now() + 3;
    while (performance.now() < until) {
      // busy: one step of real work
    }
    log.push(performance.now());
    yield;
  }
  return 20;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => setVisibility('visible'));

describe('runInSlices', () => {
  it('runs stepwise work to its end', async () => {
    const log: number[] = [];
    await expect(runInSlices(ctx, counting(1000, log), new AbortController().signal)).resolves.toBe('done');
    expect(log).toHaveLength(1000);
  });

  it('spreads work over several tasks, each within its budget', async () => {
    const times: number[] = [];
    await runInSlices(ctx, slow(times), new AbortController().signal);
    // 20 steps of 3 ms cannot fit one 8 ms slice: there were gaps where the page could run.
    const gaps = times.slice(1).filter((time, k) => time - times[k]! > 4);
    expect(gaps.length).toBeGreaterThanOrEqual(4);
  });

  it('hands the result over in a task of its own when the last slice did real work', async () => {
    const order: string[] = [];
    function* busyLast(): Generator<void, string> {
      yield;
      // Page work queued while the last step runs must get its turn before the caller continues.
      setTimeout(() => order.push('page task'), 0);
      const until = performance.now() + 3;
      while (performance.now() < until) {
        // busy: the last step of real work
      }
      return 'done';
    }
    await runInSlices(ctx, busyLast(), new AbortController().signal);
    order.push('caller continues');
    expect(order).toEqual(['page task', 'caller continues']);
  });

  it('does not start a step that would overrun the slice budget', async () => {
    let tasks = 0;
    const taskAtStep: number[] = [];
    function* steady(): Generator<void, number> {
      for (let k = 0; k < 12; k++) {
        taskAtStep.push(tasks);
        // Counts task boundaries: fires before the next slice, never inside this one.
        setTimeout(() => tasks++, 0);
        const until = performance.now() + 5;
        while (performance.now() < until) {
          // busy: 5 ms steps, so an 8 ms slice has room for one, not two
        }
        yield;
      }
      return 12;
    }
    await runInSlices(ctx, steady(), new AbortController().signal);
    const sameTask = taskAtStep.slice(1).filter((task, k) => task === taskAtStep[k]);
    expect(sameTask).toEqual([]);
  });

  it('does no work while the tab is hidden, and resumes when it is shown', async () => {
    setVisibility('hidden');
    const log: number[] = [];
    const done = runInSlices(ctx, counting(5, log), new AbortController().signal);
    await tick();
    await tick();
    expect(log).toEqual([]);
    setVisibility('visible');
    await expect(done).resolves.toBe('done');
    expect(log).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const log: number[] = [];
    setVisibility('hidden');
    const run = runInSlices(ctx, counting(5, log), controller.signal);
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(Aborted);
    expect(log).toEqual([]);
  });
});
