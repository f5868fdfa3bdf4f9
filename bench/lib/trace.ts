/**
 * Main-thread accounting from a Chromium trace (CDP `Tracing`): the page renderer's top-level
 * tasks between two instants, their sum and the longest, with the benchmark's own probe tasks
 * left out. The page is static once loaded, so what runs on its main thread in the window is the
 * work being measured (script, style, layout, paint).
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; [key: string]: unknown }; [key: string]: unknown };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
].join(',');

/** The script the benchmark injects into pages names itself with this sourceURL. */
export const PROBE_URL = 'bench-probe.js';

export async function startTrace(cdp: CDPSession): Promise<() => Promise<Trace>> {
  const events: TraceEvent[] = [];
  const onData = (event: { value: object[] }): void => {
    for (const item of event.value) events.push(item as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return new Trace(events);
  };
}

/** One of a window's longest tasks and what it mostly did. */
export interface TopTask {
  ms: number;
  what: string;
}

export interface WindowCost {
  /** Sum of the main thread's tasks in the window, ms. */
  busyMs: number;
  longestTaskMs: number;
  /** Time spent running the extension's own scripts, ms. */
  extensionScriptMs: number;
  tasks: number;
  /** Wall time of the window, ms. */
  wallMs: number;
}

const urlOf = (event: TraceEvent): string => (typeof event.args?.data?.url === 'string' ? event.args.data.url : '');
const isScript = (event: TraceEvent): boolean => event.name === 'FunctionCall' || event.name === 'EvaluateScript' || event.name === 'v8.callFunction' || event.name === 'TimerFire';

export class Trace {
  /** The page renderer's main thread: where the benchmark's user-timing marks were made. */
  readonly pid: number;
  readonly tid: number;
  private readonly tasks: TraceEvent[];
  private readonly scripts: TraceEvent[];
  readonly marks: TraceEvent[];

  constructor(readonly events: TraceEvent[]) {
    const marks = events.filter((event) => event.cat.includes('blink.user_timing') && event.name.startsWith('bench:'));
    const anchor = marks[0] ?? events.find((event) => isScript(event) && urlOf(event).includes(PROBE_URL));
    if (!anchor) throw new Error('The trace holds no benchmark marks: the page never ran the probe.');
    this.pid = anchor.pid;
    const mainThread = events.find((event) => event.name === 'thread_name' && event.pid === anchor.pid && event.args?.name === 'CrRendererMain');
    this.tid = mainThread?.tid ?? anchor.tid;
    const onMain = (event: TraceEvent): boolean => event.pid === this.pid && event.tid === this.tid && event.ph === 'X';
    this.tasks = events.filter((event) => onMain(event) && event.name === 'RunTask').sort((a, b) => a.ts - b.ts);
    this.scripts = events.filter((event) => onMain(event) && isScript(event)).sort((a, b) => a.ts - b.ts);
    this.marks = marks.sort((a, b) => a.ts - b.ts);
  }

  /** Timestamp (µs) of the last mark called `name`, or of the first with `first`. */
  mark(name: string, which: 'first' | 'last' = 'last'): number | undefined {
    const found = this.marks.filter((event) => event.name === name);
    return (which === 'first' ? found[0] : found.at(-1))?.ts;
  }

  /** Start (µs) of the first evaluation of a script whose URL ends with `suffix`. */
  scriptStart(suffix: string): number | undefined {
    return this.scriptEvaluation(suffix)?.ts;
  }

  /** The first evaluation of a script whose URL ends with `suffix` (parse, compile, top-level code). */
  scriptEvaluation(suffix: string): TraceEvent | undefined {
    return this.scripts.find((event) => event.name === 'EvaluateScript' && urlOf(event).endsWith(suffix));
  }

  /**
   * From the content script's start to the last `bench:painted` mark: the main-thread cost of
   * what the extension does on a page load, with the script's own evaluation (`bootMs`) apart.
   */
  fromContentScript(suffix = '/content-scripts/content.js'): WindowCost & { bootMs: number; top: TopTask[] } {
    const boot = this.scriptEvaluation(suffix);
    const painted = this.mark('bench:painted');
    if (!boot || painted === undefined || painted < boot.ts) throw new Error('The trace lacks the content script start or the painted mark.');
    return { ...this.cost(boot.ts, painted), bootMs: (boot.dur ?? 0) / 1000, top: this.topTasks(boot.ts, painted) };
  }

  private scriptsIn(task: TraceEvent): TraceEvent[] {
    const end = task.ts + (task.dur ?? 0);
    return this.scripts.filter((script) => script.ts >= task.ts && script.ts < end);
  }

  /**
   * A probe's polling timer: a timer task running nothing but the probe. (Frames in which the
   * probe's animation-frame callback runs are kept: they hold the style, layout and paint work.)
   */
  private isProbeTimer(scripts: readonly TraceEvent[]): boolean {
    const named = scripts.filter((script) => urlOf(script) !== '');
    return scripts.some((script) => script.name === 'TimerFire') && named.length > 0 && named.every((script) => urlOf(script).includes(PROBE_URL));
  }

  /**
   * The `count` longest tasks in the window, each named by the biggest piece of work inside it
   * (a script and its URL's file name, idle callback, microtasks, paint…), for the report.
   */
  topTasks(from: number, to: number, count = 5): TopTask[] {
    const wrappers = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'SimpleWatcher::OnHandleReady', 'Receive mojo message', 'BlinkScheduler_PerformMicrotaskCheckpoint']);
    const inside = this.events.filter((event) => event.pid === this.pid && event.tid === this.tid && event.ph === 'X' && !wrappers.has(event.name));
    return this.tasks
      .filter((task) => task.ts + (task.dur ?? 0) > from && task.ts < to && !this.isProbeTimer(this.scriptsIn(task)))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, count)
      .map((task) => {
        const end = task.ts + (task.dur ?? 0);
        const biggest = inside.filter((event) => event.ts >= task.ts && event.ts < end).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
        const file = biggest ? urlOf(biggest).replace(/^.*\//, '') : '';
        return { ms: (task.dur ?? 0) / 1000, what: biggest ? `${biggest.name}${file ? ` ${file}` : ''}` : 'task' };
      });
  }

  /** Main-thread cost between `from` and `to` (µs), tasks clipped to the window, probe tasks excluded. */
  cost(from: number, to: number): WindowCost {
    let busy = 0;
    let longest = 0;
    let extension = 0;
    let count = 0;
    for (const task of this.tasks) {
      const end = task.ts + (task.dur ?? 0);
      if (end <= from || task.ts >= to) continue;
      const scripts = this.scriptsIn(task);
      if (this.isProbeTimer(scripts)) continue;
      const clipped = Math.min(end, to) - Math.max(task.ts, from);
      busy += clipped;
      longest = Math.max(longest, task.dur ?? 0);
      count++;
      // Top-level script events only: nested calls are already inside their parent.
      let coveredUntil = 0;
      for (const script of scripts) {
        if (script.ts < coveredUntil || !urlOf(script).startsWith('chrome-extension://')) continue;
        extension += script.dur ?? 0;
        coveredUntil = script.ts + (script.dur ?? 0);
      }
    }
    return { busyMs: busy / 1000, longestTaskMs: longest / 1000, extensionScriptMs: extension / 1000, tasks: count, wallMs: (to - from) / 1000 };
  }
}
