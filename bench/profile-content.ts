/**
 * Where the content script spends its time on a page: Chromium's sampling profiler over repeated
 * fresh loads, self time summed per function of the content script. Given two builds it loads them
 * in turn, so a change and its baseline share the machine's noise (this machine's load moves a
 * single run by ±40%; compare the per-function figures, not one total).
 *
 *   npx wxt build -c bench/wxt.unminified.config.ts
 *   npx tsx bench/profile-content.ts .output/unminified/chrome-mv3 [baseline-dir]
 *
 * Env: PAGE (a file of samples/pages, default the bench's fixture), RUNS (default 8), TOP (default 25).
 * A diagnostic, not a benchmark: nothing here is a goal or is written to results.json.
 */
import type { Profiler } from 'node:inspector';
import { launchWithExtension } from './lib/browser';
import { median } from './lib/stats';
import { startSampleServer } from '../scripts/serve';

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('Give one or two unpacked extension folders.');
const runs = Number(process.env.RUNS ?? 8);
const top = Number(process.env.TOP ?? 25);
const server = await startSampleServer();
const url = `${server.origin}/${process.env.PAGE ?? '000_40a4911dea31cc08.html'}`;
const builds = await Promise.all(dirs.map((dir) => launchWithExtension(dir)));
try {
  // The first load warms the KB in the background; the figures are for the pages after it.
  for (const build of builds) {
    const page = await build.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1500);
    await page.close();
  }
  const perFunction = dirs.map(() => new Map<string, number>());
  const totals = dirs.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    for (const [index, build] of builds.entries()) {
      const page = await build.context.newPage();
      const cdp = await build.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await page.goto(url);
      await page.waitForTimeout(1500);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profiler.Profile };
      const selfMs = new Map<number, number>();
      profile.samples?.forEach((id, at) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas?.[at + 1] ?? 0) / 1000));
      let total = 0;
      for (const node of profile.nodes) {
        if (!node.callFrame.url.includes('/content-scripts/')) continue;
        const name = node.callFrame.functionName || '(top level and anonymous)';
        const ms = selfMs.get(node.id) ?? 0;
        total += ms;
        perFunction[index]!.set(name, (perFunction[index]!.get(name) ?? 0) + ms / runs);
      }
      totals[index]!.push(total);
      await page.close();
    }
  }
  for (const [index, dir] of dirs.entries()) {
    console.log(`${dir}: content-script self time, median of ${runs} loads ${median(totals[index]!).toFixed(1)} ms (${totals[index]!.map((ms) => ms.toFixed(0)).join(', ')})`);
    const ranked = [...perFunction[index]!].sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [name, ms] of ranked) console.log(`  ${ms.toFixed(2).padStart(6)} ms  ${name}`);
  }
} finally {
  await Promise.all(builds.map((build) => build.close()));
  await server.close();
}
