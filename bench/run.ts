/**
 * `npm run bench`: builds the extension into its own folder, prepares the KBs and pages, runs the
 * four sections, prints the side-by-side tables, and writes `bench/results.json`.
 *
 * Flags: --quick (fewer repetitions, for trying changes), --skip-build (reuse .output/bench),
 * --only=recognizer,page,highlights,sizes, --readme (rewrite README's Performance figures),
 * --from-results (report bench/results.json again without measuring). Quick and partial runs
 * only print: results.json and the README always hold a full run.
 * Benchmarks report; they never fail on a missed goal.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, type } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'wxt';
import { startSampleServer } from '../scripts/serve';
import { findChromium } from '../scripts/browsers';
import { prepareKbs } from './lib/kbs';
import { articlePage, bookOf, buildArticle } from './lib/article';
import { bundle } from './lib/bundle';
import { chromiumVersion } from './lib/browser';
import { benchRecognizer } from './recognizer';
import { benchPage } from './page';
import { benchHighlightsBrowser, benchHighlightsNode } from './highlights';
import { benchSizes } from './sizes';
import { formatTables, judgeGoals, readmeSection, type Results } from './report';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = '.output/bench';
const EXTENSION_DIR = join(ROOT, OUT_DIR, 'chrome-mv3');
const RESULTS_PATH = join(ROOT, 'bench/results.json');
const README_PATH = join(ROOT, 'README.md');
const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';
const FIXTURE = '000_40a4911dea31cc08.html';
const KB_SIZES = [10_000, 100_000];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const runs = (section: string): boolean => !only || only.includes(section);

const log = (line: string): void => console.log(line);

async function buildExtension(): Promise<void> {
  if (args.includes('--skip-build') && existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  log(`Building the extension into ${OUT_DIR} …`);
  // Its own output folder: a test run rebuilding .output/chrome-mv3 meanwhile cannot disturb it.
  await build({ root: ROOT, outDir: OUT_DIR });
}

function updateReadme(results: Results): void {
  const readme = readFileSync(README_PATH, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} markers to fill.`);
  writeFileSync(README_PATH, `${readme.slice(0, start + README_START.length)}\n${readmeSection(results)}\n${readme.slice(end)}`);
  log('README.md: Performance figures updated.');
}

/** Prints (and with --readme, writes) the report of the last run again, without measuring. */
function reportAgain(): void {
  const results = JSON.parse(readFileSync(RESULTS_PATH, 'utf8')) as Results;
  // The goals are judged from the figures: judge them again, in case the judging changed.
  results.goals = judgeGoals(results);
  writeFileSync(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  log(formatTables(results));
  if (args.includes('--readme')) updateReadme(results);
}

async function main(): Promise<void> {
  if (args.includes('--from-results')) return reportAgain();
  const started = performance.now();
  const loadStart = loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model.trim() ?? 'unknown', cores: cpus().length, os: `${type()} ${release()}`, node: process.version, chromium: null, loadAverage: { start: loadStart, end: 0 } },
    durationS: 0,
  };
  const browserNeeded = runs('page') || runs('highlights');
  try {
    if (browserNeeded || runs('sizes')) await buildExtension();
    if (browserNeeded) {
      findChromium();
      results.machine.chromium = await chromiumVersion();
    }

    log('Preparing the KBs (bundled, 10k and 100k names) and the article …');
    const { kbs, shared } = prepareKbs(dir, KB_SIZES, quick ? 1 : 3);
    const article = buildArticle(shared);
    const articlePath = join(dir, 'article.txt');
    writeFileSync(articlePath, article.text);
    const book = bookOf(article);
    const bookPath = join(dir, 'book.html');
    writeFileSync(bookPath, articlePage(book, 'The long read: a hundred thousand words on the forum'));
    const bundled = kbs[0]!;
    const large = kbs.at(-1)!;

    if (runs('sizes')) {
      log('4. Sizes');
      results.sizes = benchSizes(EXTENSION_DIR);
    }
    if (runs('recognizer')) {
      log('1. Recognizer (Node)');
      results.recognizer = await benchRecognizer(
        {
          kbs,
          articleText: article.text,
          articlePath,
          dir,
          coldScript: await bundle('bench/children/cold.ts', dir, 'node'),
          sideBySideScript: await bundle('bench/children/side-by-side.ts', dir, 'node'),
          runs: quick ? { cold: 3, rounds: 15, boxMs: 30_000 } : { cold: 7, rounds: 41, boxMs: 60_000 },
        },
        log,
      );
    }
    if (runs('highlights')) {
      log('3. Highlights (Node)');
      const entityIds = bundled.kb.entities.map((entity) => entity.id);
      results.highlights = { node: benchHighlightsNode({ paragraphs: article.paragraphs, entityIds, libraryCount: 10_000 }) };
    }
    if (browserNeeded) {
      const server = await startSampleServer();
      try {
        if (runs('page')) {
          log('2. In the page (Chromium)');
          results.page = await benchPage(
            {
              server,
              extensionDir: EXTENSION_DIR,
              dir,
              fixturePath: FIXTURE,
              bookPath,
              largeKb: { name: large.name, path: large.path },
              bundledKbPath: bundled.path,
              names: bundled.writtenNames,
              inTabScript: readFileSync(await bundle('bench/page/in-tab.ts', dir, 'browser'), 'utf8'),
              markjsScript: readFileSync(await bundle('bench/page/markjs.ts', dir, 'browser'), 'utf8'),
              runs: quick
                ? { fixture: 3, book: 1, launches: 2, warmPerLaunch: 2, markjsBoxMs: 10_000 }
                : { fixture: 7, book: 3, launches: 3, warmPerLaunch: 4, markjsBoxMs: 30_000 },
            },
            log,
          );
        }
        if (runs('highlights')) {
          log('3. Highlights (Chromium)');
          results.highlights = {
            ...results.highlights,
            browser: await benchHighlightsBrowser(
              {
                server,
                extensionDir: EXTENSION_DIR,
                articleHtml: articlePage(article, 'Tensions at the forum: the long view'),
                paragraphs: article.paragraphs,
                entityIds: bundled.kb.entities.map((entity) => entity.id),
                seedsScript: readFileSync(await bundle('bench/page/highlight-seeds.ts', dir, 'browser'), 'utf8'),
                restoreCount: 200,
                libraryCount: 10_000,
                runs: quick ? { restore: 3, saves: 5, searches: 4 } : { restore: 7, saves: 10, searches: 8 },
              },
              log,
            ),
          };
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  results.machine.loadAverage.end = loadavg()[0]!;
  results.durationS = Math.round((performance.now() - started) / 1000);
  results.goals = judgeGoals(results);
  log('');
  log(formatTables(results));
  log('');
  // results.json and the README keep the last full run: a partial or quick one only prints.
  if (quick || only) {
    log(`Done in ${results.durationS} s (a ${quick ? 'quick' : 'partial'} run: bench/results.json and README.md left as they were).`);
    return;
  }
  writeFileSync(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  log(`Written to bench/results.json in ${results.durationS} s.`);
  if (args.includes('--readme')) updateReadme(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
