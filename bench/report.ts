/** The benchmark's results: their shape, the goals they are judged against, the console tables and the README section. */
import type { RecognizerResults } from './recognizer';
import type { PageResults } from './page';
import type { BrowserHighlightResults, NodeHighlightResults } from './highlights';
import type { SizeResults } from './sizes';
import { bytes, ms, ratio, type Figures } from './lib/stats';
import { SEARCH_PAGE_SIZE } from '../lib/highlights/protocol';

export interface Machine {
  cpu: string;
  cores: number;
  os: string;
  node: string;
  chromium: string | null;
  /** 1-minute load average at the start and end: the machine is shared, so figures are noisy when these are high. */
  loadAverage: { start: number; end: number };
}

export interface Results {
  date: string;
  machine: Machine;
  durationS: number;
  recognizer?: RecognizerResults;
  page?: PageResults;
  highlights?: { node?: NodeHighlightResults; browser?: BrowserHighlightResults };
  sizes?: SizeResults;
  goals?: Goal[];
}

export interface Goal {
  goal: string;
  measured: string;
  /** null when the section was not run. */
  met: boolean | null;
}

const LARGE = '100k';
const n = (value: number | undefined): string => (value === undefined ? '–' : Math.round(value).toLocaleString('en-US'));
const f = (figures: Figures | undefined, key: string): number | undefined => figures?.[key];

const range = (figures: Figures | undefined): string =>
  figures?.busyMsMin === undefined ? '–' : `${figures.busyMsMin.toFixed(0)}–${(figures.busyMsMax ?? 0).toFixed(0)} ms`;

function regexpText(regexp: { warmMs: number | null; timedOut: boolean; boxMs: number } | undefined, which: 'warm' | 'first' = 'warm', firstMs?: number | null): string {
  if (!regexp) return '–';
  const value = which === 'warm' ? regexp.warmMs : firstMs;
  if (value === null || value === undefined) return regexp.timedOut ? `> ${(regexp.boxMs / 1000).toFixed(0)} s` : '–';
  return ms(value);
}

export function judgeGoals(results: Results): Goal[] {
  const goals: Goal[] = [];
  const large = results.recognizer?.kbs.find((kb) => kb.kb === LARGE);
  if (large) {
    const vsFloor = large.ratios.warmOverFloor;
    goals.push({
      goal: 'Warm match at 100k names within 3× of the floor',
      measured: `${ms(large.warmMs)} vs floor ${ms(large.floorMs)} = ${ratio(vsFloor)} (trie walk alone: ${ratio(large.scanMs / large.floorMs)})`,
      met: vsFloor <= 3,
    });
    const vsRegexp = large.ratios.regexpOverWarm ?? (large.regexp.timedOut ? large.regexp.boxMs / large.warmMs : null);
    goals.push({
      goal: 'Warm match at 100k names at least 5× faster than one RegExp',
      measured: vsRegexp === null ? 'RegExp failed' : `RegExp ${regexpText(large.regexp)} vs ${ms(large.warmMs)} = ${ratio(vsRegexp)} faster`,
      met: vsRegexp === null ? false : vsRegexp >= 5,
    });
  }
  const placement = results.page?.placement;
  if (placement?.background[LARGE] && placement.background.bundled) {
    const big = placement.background[LARGE];
    const small = placement.background.bundled;
    const added = Math.max(0, (f(big.warm, 'busyMs') ?? 0) - (f(small.warm, 'busyMs') ?? 0));
    const inTab = placement.inTab[LARGE];
    goals.push({
      goal: 'Cold start added to a page at 100k names ≤ 15 ms',
      measured:
        `KB warm in the background (the design): page main thread ${ms(f(big.warm, 'busyMs'))} with the 100k KB vs ${ms(f(small.warm, 'busyMs'))} with the bundled one, ` +
        `so +${ms(added, 1)} (the page never parses the KB: it does the same work with either; runs ranged ${range(big.warm)} with the 100k KB, ${range(small.warm)} with the bundled one). Not free in latency: when the worker is cold ` +
        `(browser start, or ~30 s idle) marks appear after ${ms(f(big.cold, 'wallMs'))} vs ${ms(f(small.cold, 'wallMs'))}. ` +
        `Loaded in every tab instead: parse + load + match ${ms((f(inTab, 'parseMs') ?? 0) + (f(inTab, 'loadMs') ?? 0) + (f(inTab, 'recognizeMs') ?? 0))} of main thread, longest task ${ms(f(inTab, 'longestTaskMs'))}`,
      met: added <= 15,
    });
  }
  const extension = results.page?.extension;
  if (extension) {
    const busy = f(extension.fixture, 'busyMs') ?? Number.NaN;
    goals.push({
      goal: 'Fixture article annotated in ≤ 5 ms of main-thread time (KB load aside)',
      measured: `${ms(busy)} from content-script start to marks painted, of which ${ms(f(extension.fixture, 'bootMs'))} evaluating the content script`,
      met: busy <= 5,
    });
    const longest = f(extension.book, 'longestTaskMs') ?? Number.NaN;
    goals.push({ goal: 'No task over 50 ms on the 100,000-word page', measured: `longest task ${ms(longest)}`, met: longest <= 50 });
  }
  const markjs = results.page?.markjs;
  if (extension && markjs) {
    const fixtureRatio = (f(markjs.fixture, 'busyMs') ?? 0) / (f(extension.fixture, 'busyMs') ?? Number.NaN);
    const bookRatio = (f(markjs.book, 'busyMs') ?? 0) / (f(extension.book, 'busyMs') ?? Number.NaN);
    const bookTimedOut = (f(markjs.book, 'timedOut') ?? 0) > 0;
    goals.push({
      goal: 'At least 10× less main-thread time than mark.js',
      measured: `fixture ${ratio(fixtureRatio)}, 100k-word page ${bookTimedOut ? '> ' : ''}${ratio(bookRatio)}`,
      met: fixtureRatio >= 10 && bookRatio >= 10,
    });
  }
  const highlights = results.highlights?.browser;
  if (highlights) {
    const restore = f(highlights.restore, 'busyMs') ?? Number.NaN;
    goals.push({
      goal: 'Restoring 200 highlights ≤ 50 ms',
      measured: `${ms(restore)} main thread from content-script start to painted (${ms(f(highlights.restore, 'bootMs'))} of it evaluating the content script)`,
      met: restore <= 50,
    });
  }
  if (highlights || results.highlights?.node) {
    const node = results.highlights?.node;
    const roundTrip = highlights?.library.searchMs;
    goals.push({
      goal: 'Searching 10,000 highlights ≤ 50 ms',
      measured:
        `${roundTrip === undefined ? '' : `library → background round trip ${ms(roundTrip)} for the best ${SEARCH_PAGE_SIZE} (every match sent: ${ms(highlights?.library.searchAllMs)}); `}` +
        `search function alone ${ms(node?.searchColdMs)} on fresh records, ${ms(node?.searchWarmMs)} when its per-record cache is warm`,
      met: roundTrip === undefined ? (node ? node.searchColdMs <= 50 : null) : roundTrip <= 50,
    });
  }
  const content = results.sizes?.bundles['content script'];
  if (content) goals.push({ goal: 'Content script ≤ 60 kB gzip without the KB', measured: bytes(content.gzip), met: content.gzip <= 60_000 });
  return goals;
}

/** Columns padded to their widest cell. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

const topTasks = (tasks: readonly { ms: number; what: string }[] | undefined): string =>
  (tasks ?? []).map((task) => `${ms(task.ms)} ${task.what}`).join('; ') || '–';

function mainThread(figures: Figures | undefined): string {
  if (!figures) return '–';
  return `${ms(figures.busyMs)} (longest ${ms(figures.longestTaskMs)})`;
}

export function formatTables(results: Results): string {
  const out: string[] = [];
  const { machine } = results;
  out.push(
    `Backstory benchmarks — ${results.date}, ${machine.cpu}, ${machine.cores} cores, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium ?? '–'}` +
      ` (load average ${machine.loadAverage.start.toFixed(1)} → ${machine.loadAverage.end.toFixed(1)})`,
  );
  const recognizer = results.recognizer;
  if (recognizer) {
    out.push('', `1. Recognizer (Node), on a ${n(recognizer.articleWords)}-word article (${n(recognizer.articleChars)} characters)`);
    out.push(
      table([
        ['KB', 'names', 'entities', 'build', 'kb.json', 'gzip', 'cold (parse+load+1st)', 'warm', 'trie walk', 'RegExp warm', 'floor', 'warm/floor', 'RegExp/warm', 'heap + buffers'],
        ...recognizer.kbs.map((kb) => [
          kb.kb,
          n(kb.names),
          n(kb.entities),
          ms(kb.buildMs),
          bytes(kb.rawBytes),
          bytes(kb.gzipBytes),
          ms(kb.cold.coldMs),
          ms(kb.warmMs),
          ms(kb.scanMs),
          regexpText(kb.regexp),
          ms(kb.floorMs),
          ratio(kb.ratios.warmOverFloor),
          kb.ratios.regexpOverWarm === null ? '–' : ratio(kb.ratios.regexpOverWarm),
          `${bytes(kb.cold.heapBytes)} + ${bytes(kb.cold.arrayBufferBytes)}`,
        ]),
      ]),
    );
    out.push(
      table([
        ['cold, in a fresh process', 'read', 'JSON.parse', 'loadKb', 'first match', 'RegExp: new RegExp', 'RegExp: first pass', 'matches (Backstory / RegExp)'],
        ...recognizer.kbs.map((kb) => [
          kb.kb,
          ms(kb.cold.readMs),
          ms(kb.cold.parseMs),
          ms(kb.cold.loadMs),
          ms(kb.cold.firstMatchMs),
          kb.regexp.constructMs === null ? '–' : ms(kb.regexp.constructMs),
          regexpText(kb.regexp, 'first', kb.regexp.firstMs),
          `${kb.mentions} / ${kb.regexp.matches ?? '–'}`,
        ]),
      ]),
    );
  }
  const page = results.page;
  if (page) {
    const { extension, markjs, placement } = page;
    out.push('', '2. In the page (Chromium, built extension): main-thread time from content-script start to marks painted');
    out.push(
      table([
        ['page', 'Backstory', 'boot', 'to painted', 'marks', `mark.js (${n(f(markjs.fixture, 'names'))} names)`, 'marks', 'mark.js/Backstory'],
        [
          'fixture article',
          mainThread(extension.fixture),
          ms(f(extension.fixture, 'bootMs')),
          ms(f(extension.fixture, 'wallMs')),
          n(f(extension.fixture, 'marks')),
          mainThread(markjs.fixture),
          n(f(markjs.fixture, 'marks')),
          ratio((f(markjs.fixture, 'busyMs') ?? 0) / (f(extension.fixture, 'busyMs') ?? Number.NaN)),
        ],
        [
          '100,000-word page',
          mainThread(extension.book),
          ms(f(extension.book, 'bootMs')),
          ms(f(extension.book, 'wallMs')),
          n(f(extension.book, 'marks')),
          f(markjs.book, 'timedOut')
            ? `> ${ms(f(markjs.book, 'busyMs'), 0)} (time box; ${n(f(markjs.book, 'namesDone'))} of ${n(f(markjs.book, 'names'))} names done)`
            : mainThread(markjs.book),
          n(f(markjs.book, 'marks')),
          `${f(markjs.book, 'timedOut') ? '> ' : ''}${ratio((f(markjs.book, 'busyMs') ?? 0) / (f(extension.book, 'busyMs') ?? Number.NaN))}`,
        ],
      ]),
    );
    out.push(`Longest tasks, fixture: ${topTasks(extension.topTasks.fixture)}`);
    out.push(`Longest tasks, 100,000-word page: ${topTasks(extension.topTasks.book)}`);
    out.push(
      table([
        ['turning annotation off', 'main thread', 'to unpainted'],
        ['fixture article', mainThread(extension.off.fixture), ms(f(extension.off.fixture, 'wallMs'))],
        ['100,000-word page', mainThread(extension.off.book), ms(f(extension.off.book, 'wallMs'))],
        ['paused page (first second)', mainThread(extension.paused), '–'],
      ]),
    );
    out.push('', 'KB placement, fixture article: page main thread (longest task) and time from content-script start to marks painted');
    const rows = [['placement', 'KB', 'first page after start', 'to painted', 'later pages', 'to painted']];
    for (const [kb, figures] of Object.entries(placement.background)) {
      rows.push(['warm in the background', kb, mainThread(figures.cold), ms(f(figures.cold, 'wallMs')), mainThread(figures.warm), ms(f(figures.warm, 'wallMs'))]);
    }
    for (const [kb, figures] of Object.entries(placement.inTab)) {
      rows.push([
        'loaded in every tab',
        kb,
        mainThread(figures),
        ms(f(figures, 'wallMs')),
        `fetch ${ms(f(figures, 'fetchMs'))}, parse ${ms(f(figures, 'parseMs'))}, load ${ms(f(figures, 'loadMs'))}, match ${ms(f(figures, 'recognizeMs'))}`,
        '',
      ]);
    }
    out.push(table(rows));
  }
  const highlights = results.highlights;
  if (highlights) {
    out.push('', '3. Highlights');
    const browser = highlights.browser;
    const node = highlights.node;
    const rows = [['measure', 'through the extension', 'library function alone (Node)']];
    if (browser) {
      rows.push([`restore ${n(f(browser.restore, 'highlights'))} highlights on one page`, `${mainThread(browser.restore)}, painted after ${ms(f(browser.restore, 'wallMs'))}`, '–']);
      rows.push(['save: selection → stored (context-menu path)', ms(browser.saveMs), '–']);
    }
    rows.push([
      `search ${n(browser?.library.records ?? node?.records)} highlights`,
      browser ? `${ms(browser.library.searchMs)} round trip` : '–',
      node ? `${ms(node.searchColdMs)} fresh records, ${ms(node.searchWarmMs)} warm cache` : '–',
    ]);
    for (const format of ['markdown-pages', 'markdown-all', 'json', 'csv']) {
      rows.push([`export to ${format}`, browser ? `${ms(browser.library.exportMs[format])} round trip` : '–', node ? ms(node.exportMs[format]) : '–']);
    }
    if (browser) rows.push([`import ${n(node?.records)} (W3C JSON, ${bytes(node?.jsonBytes)})`, `${ms(browser.library.importMs)} round trip`, node ? `${ms(node.importParseMs)} parse + validate` : '–']);
    out.push(table(rows));
    if (browser) out.push(`Longest tasks, restore: ${topTasks(browser.restoreTopTasks)}`);
  }
  const sizes = results.sizes;
  if (sizes) {
    out.push('', '4. Size of the build (each bundle with the chunks and styles it loads)');
    out.push(
      table([
        ['bundle', 'raw', 'gzip', 'with the KB (gzip)'],
        ...Object.entries(sizes.bundles).map(([name, size]) => [name, bytes(size.raw), bytes(size.gzip), name === 'background' ? bytes(size.gzip + sizes.kb.gzip) : '–']),
        ['KB artifact (kb.json, shipped as kb.json.gz)', bytes(sizes.kb.raw), bytes(sizes.kb.gzip), ''],
        ['whole extension', bytes(sizes.extension.withoutKb.raw), bytes(sizes.extension.withoutKb.gzip), bytes(sizes.extension.withKb.gzip)],
      ]),
    );
  }
  const goals = results.goals ?? [];
  if (goals.length > 0) {
    out.push('', 'Goals');
    out.push(table(goals.map((goal) => [goal.met === null ? '  ?' : goal.met ? 'met' : 'NOT met', goal.goal, goal.measured])));
  }
  return out.join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The README's "Performance" section body (between its markers). */
export function readmeSection(results: Results): string {
  const { machine } = results;
  const lines = [
    `Measured by \`npm run bench\` on ${results.date.slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium ?? '–'}` +
      ` (a shared machine: load average ${machine.loadAverage.start.toFixed(1)} at the start, so expect noise). ` +
      'Medians of repeated runs; cold figures from fresh processes or fresh page loads. Full figures in `bench/results.json`; method in `bench/README.md`.',
    '',
    '| goal | measured | |',
    '|---|---|---|',
    ...(results.goals ?? []).map((goal) => `| ${cell(goal.goal)} | ${cell(goal.measured)} | ${goal.met === null ? '–' : goal.met ? 'met' : '**not met**'} |`),
  ];
  const recognizer = results.recognizer;
  if (recognizer) {
    lines.push(
      '',
      `Recognizer on a ${n(recognizer.articleWords)}-word article, side by side with one RegExp of every name and the floor (one typed-array load per character):`,
      '',
      '| KB | names | kb.json (gzip) | build | cold: parse + load + first match | warm match | RegExp warm | floor |',
      '|---|---|---|---|---|---|---|---|',
      ...recognizer.kbs.map(
        (kb) =>
          `| ${kb.kb} | ${n(kb.names)} | ${bytes(kb.rawBytes)} (${bytes(kb.gzipBytes)}) | ${ms(kb.buildMs)} | ${ms(kb.cold.coldMs)} | ${ms(kb.warmMs)} | ${cell(regexpText(kb.regexp))} | ${ms(kb.floorMs)} |`,
      ),
    );
  }
  const page = results.page;
  if (page) {
    const { extension, markjs } = page;
    lines.push(
      '',
      'In the page (main-thread time from content-script start to marks painted; longest task):',
      '',
      '| page | Backstory | marks | mark.js, same names | marks |',
      '|---|---|---|---|---|',
      `| fixture article | ${mainThread(extension.fixture)} | ${n(f(extension.fixture, 'marks'))} | ${mainThread(markjs.fixture)} | ${n(f(markjs.fixture, 'marks'))} |`,
      `| 100,000-word page | ${mainThread(extension.book)} | ${n(f(extension.book, 'marks'))} | ${
        f(markjs.book, 'timedOut') ? `> ${ms(f(markjs.book, 'busyMs'), 0)} (stopped after ${n(f(markjs.book, 'namesDone'))} of ${n(f(markjs.book, 'names'))} names)` : mainThread(markjs.book)
      } | ${n(f(markjs.book, 'marks'))} |`,
      '',
      `Turning annotation off costs ${ms(f(extension.off.fixture, 'busyMs'))} of main thread on the fixture and ${ms(f(extension.off.book, 'busyMs'))} on the 100,000-word page; ` +
        `a paused page still pays ${ms(f(extension.paused, 'busyMs'))} (the content script boots before it reads the setting).`,
    );
  }
  const sizes = results.sizes;
  if (sizes) {
    lines.push(
      '',
      `Sizes (gzip): content script ${bytes(sizes.bundles['content script']?.gzip)}, background ${bytes(sizes.bundles.background?.gzip)}, ` +
        `popup ${bytes(sizes.bundles.popup?.gzip)}, library ${bytes(sizes.bundles.library?.gzip)}; KB artifact ${bytes(sizes.kb.gzip)} (${bytes(sizes.kb.raw)} raw); ` +
        `whole extension ${bytes(sizes.extension.withoutKb.gzip)} without the KB, ${bytes(sizes.extension.withKb.gzip)} with it.`,
    );
  }
  return lines.join('\n');
}
