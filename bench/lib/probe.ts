/**
 * A small script the benchmark adds to pages (main world, before the page's own scripts). It
 * watches the CSS highlight registry, which the content script's isolated world shares with the
 * page, and leaves user-timing marks the trace can see:
 * - `bench:changed` when the watched highlights change size, `bench:painted` after the next frame;
 * - a console message `<label> <size>` once the size satisfies the watch and has held still.
 * It polls with timers (every 16 ms), which cost microseconds and force no frames; the trace
 * accounting leaves those timer tasks out. Written as plain JS text: it runs in the page, not here.
 */
import { PROBE_URL } from './trace';

export interface ProbeOptions {
  /** Highlight names to count: exact names, or prefixes ending in "*". */
  names: string[];
  /** Names to leave out even when a prefix matches. */
  except?: string[];
  settleMs: number;
  /** Report `bench:done` once the size reaches this; 0 starts no watch (the harness calls `__bench.watch`). */
  atLeast: number;
}

const PROBE = `
(options) => {
  const matches = (name) =>
    !(options.except || []).includes(name) &&
    options.names.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern));
  const size = () => {
    let total = 0;
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return 0;
    CSS.highlights.forEach((highlight, name) => { if (matches(name)) total += highlight.size; });
    return total;
  };
  const afterNextFrame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
  const watch = (label, wanted) => {
    let last = size();
    let stableSince = performance.now();
    const done = (now) => (wanted === 'empty' ? now === 0 : now >= wanted);
    const tick = () => {
      const now = size();
      if (now !== last) {
        last = now;
        stableSince = performance.now();
        performance.mark('bench:changed', { detail: now });
        afterNextFrame(() => performance.mark('bench:painted', { detail: now }));
      }
      if (done(now) && performance.now() - stableSince >= options.settleMs) {
        afterNextFrame(() => console.debug(label + ' ' + now));
        return;
      }
      setTimeout(tick, 16);
    };
    setTimeout(tick, 16);
  };
  window.__bench = { watch, size };
  if (options.atLeast > 0) watch('bench:done', options.atLeast);
}`;

/** The probe as an init script for `page.addInitScript`. */
export function probeScript(options: ProbeOptions): string {
  return `(${PROBE})(${JSON.stringify(options)});\n//# sourceURL=${PROBE_URL}`;
}
