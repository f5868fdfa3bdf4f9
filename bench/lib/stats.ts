/** Medians, timing and number formatting shared by the benchmark sections. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median wall time in ms of `runs` calls after `warmups` unmeasured ones. */
export function timeMedian(run: () => unknown, runs: number, warmups = 3): number {
  for (let k = 0; k < warmups; k++) run();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function ms(value: number | null | undefined, digits?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const places = digits ?? (value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3);
  return `${value.toFixed(places)} ms`;
}

export function bytes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  // Decimal units, as the goals ("60 kB") and WXT's build report use them.
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} MB`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} kB`;
  return `${value} B`;
}

export function ratio(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(1)}×`;
}

/** Named figures of one measurement (medians over its runs). */
export type Figures = Record<string, number>;

/** The run whose main-thread time is the median one (the upper middle for an even count). */
export function medianRun<T extends { busyMs: number }>(runs: readonly T[]): T {
  return [...runs].sort((a, b) => a.busyMs - b.busyMs)[runs.length >> 1]!;
}

/** Medians of each numeric field over runs, with the spread of `busyMs` and the number of runs. */
export function medians(runs: readonly object[]): Figures {
  const result: Figures = {};
  if (runs.length === 0) return result;
  for (const key of Object.keys(runs[0]!)) {
    const values = runs.map((run) => (run as Record<string, unknown>)[key]).filter((value): value is number => typeof value === 'number');
    if (values.length > 0) result[key] = median(values);
  }
  // The spread of the headline figure, so a reader can tell a difference from noise.
  const busy = runs.map((run) => (run as { busyMs?: unknown }).busyMs).filter((value): value is number => typeof value === 'number');
  if (busy.length > 1) {
    result.busyMsMin = Math.min(...busy);
    result.busyMsMax = Math.max(...busy);
  }
  result.runs = runs.length;
  return result;
}
