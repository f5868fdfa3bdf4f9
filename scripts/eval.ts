/**
 * `npm run eval [-- --json] [--pages | --unseen]`: scores the recognizer against the gold annotations
 * of the seed articles' main bodies (rules in ../shared/gold/README.md), by Wikipedia title. With
 * `--pages`, the text comes instead from the fixture HTML pages through the content script's
 * article extraction, which measures extraction and recognition together. With `--unseen`, it
 * scores the project's own hand-annotated articles in `tests/unseen/` (NAME.txt is the whole body,
 * NAME.json its gold in the same format), which the KB was not written against; `UNSEEN_DIR`
 * points it at another such folder. With `--unseen-pages`, the same articles' hand-built HTML pages in
 * `tests/unseen-pages/` (NAME.html carries NAME.txt's body in a real-world page layout) go through
 * the article extraction first; it reports word-level text fidelity against NAME.txt, then the scores.
 *
 * Role descriptions (the gold's `descriptions` that name an office, such as "Kazakh leader") are
 * resolved at each article's date (the gold's `published`, else the fixture page's) and scored
 * separately, after the entity scores.
 *
 * - Recall: the gold entities with a non-empty `mentions` list that are not `uncertain`.
 * - A recognised entity is a false hit only when the gold's `entities` do not list it at all, or
 *   when the only text it was found in is a metonym the gold gives to another entity ("Moscow"
 *   for Russia may be linked to the city). Precision = recognised entities that are not false hits
 *   / recognised entities.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { extractArticle } from '../lib/extract/article';
import { loadKb, type Kb } from '../lib/kb/load';
import { currentTitleOf, parseTitleChecks } from '../lib/kb/checked-titles';
import { KbError } from '../lib/kb/sources';
import { recognize } from '../lib/recognizer/recognize';
import { pageDayOf, printRoleScores, scoreRoleDescriptions } from './eval-roles';
import { compileKbFromDisk, readTitleCheckFiles } from './kb-files';

interface GoldEntity {
  wikipedia: string;
  mentions: string[];
  metonyms?: string[];
  descriptions?: string[];
  uncertain?: boolean;
}

interface GoldFile {
  seed: string;
  title: string;
  published: string | null;
  body_start: string;
  body_end: string;
  entities: GoldEntity[];
}

/** An article of `tests/unseen/`: the text file is the body, so there are no body markers. */
interface UnseenGoldFile {
  file: string;
  title: string;
  published: string;
  entities: GoldEntity[];
}

interface ScoredText {
  name: string;
  body: string;
  entities: GoldEntity[];
  /** The article's date, for role descriptions and the weak names of recurring events. */
  day?: string;
}

interface ArticleScore {
  seed: string;
  recognised: number;
  correct: number;
  required: number;
  found: number;
  precision: number;
  recall: number;
  misses: { wikipedia: string; mentions: string[] }[];
  falseHits: { wikipedia: string; texts: string[] }[];
}

const sharedDir = resolve(process.env.SHARED_DIR ?? join(import.meta.dirname, '..', '..', 'shared'));
const unseenDir = resolve(process.env.UNSEEN_DIR ?? join(import.meta.dirname, '..', 'tests', 'unseen'));
const unseenPagesDir = resolve(process.env.UNSEEN_PAGES_DIR ?? join(import.meta.dirname, '..', 'tests', 'unseen-pages'));

function bodyOf(seedText: string, gold: GoldFile): string {
  const start = seedText.indexOf(gold.body_start);
  const endAt = start < 0 ? -1 : seedText.indexOf(gold.body_end, start);
  if (start < 0 || endAt < 0) throw new Error(`${gold.seed}: body_start or body_end not found in the seed`);
  return seedText.slice(start, endAt + gold.body_end.length);
}

function pageTextOf(pagePath: string): string {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(readFileSync(pagePath, 'utf8'), 'text/html') as unknown as Document;
    return extractArticle(doc)?.text ?? '';
  } finally {
    void window.happyDOM.close();
  }
}

/** Possessives are reduced to the name in the gold ("Tokayev’s" is listed as "Tokayev"). */
const withoutPossessive = (text: string): string => text.replace(/['’]s?$/u, '');

function scoreArticle(kb: Kb, { name, body, entities, day }: ScoredText): ArticleScore {
  const textsByTitle = new Map<string, Set<string>>();
  for (const mention of recognize(kb, body, { day })) {
    const title = kb.entities[kb.indexById.get(mention.entityId)!]!.wikipedia;
    let texts = textsByTitle.get(title);
    if (!texts) textsByTitle.set(title, (texts = new Set()));
    texts.add(mention.text);
  }
  const listed = new Set(entities.map((entity) => entity.wikipedia));
  const metonyms = new Set(entities.flatMap((entity) => entity.metonyms ?? []));
  const falseHits = [...textsByTitle]
    .filter(([title, texts]) => !listed.has(title) && ![...texts].every((text) => metonyms.has(withoutPossessive(text))))
    .map(([wikipedia, texts]) => ({ wikipedia, texts: [...texts] }));
  const required = entities.filter((entity) => entity.mentions.length > 0 && !entity.uncertain);
  const misses = required
    .filter((entity) => !textsByTitle.has(entity.wikipedia))
    .map(({ wikipedia, mentions }) => ({ wikipedia, mentions }));
  const recognised = textsByTitle.size;
  const correct = recognised - falseHits.length;
  return {
    seed: name,
    recognised,
    correct,
    required: required.length,
    found: required.length - misses.length,
    precision: recognised === 0 ? 1 : correct / recognised,
    recall: required.length === 0 ? 1 : (required.length - misses.length) / required.length,
    misses,
    falseHits,
  };
}

const jsonFilesIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();

function seedTexts(pages: boolean): ScoredText[] {
  const goldDir = join(sharedDir, 'gold');
  const seedsDir = join(sharedDir, 'seeds');
  if (!existsSync(goldDir)) {
    console.error(`eval: no gold annotations at ${goldDir} (set SHARED_DIR to the shared folder)`);
    process.exit(2);
  }
  return jsonFilesIn(goldDir).map((name) => {
    const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as GoldFile;
    const page = join(sharedDir, 'fixtures', 'pages', gold.seed.replace(/\.txt$/u, '.html'));
    const body = pages ? pageTextOf(page) : bodyOf(readFileSync(join(seedsDir, gold.seed), 'utf8'), gold);
    return { name: gold.seed, body, entities: gold.entities, day: gold.published ?? pageDayOf(page) };
  });
}

function unseenTexts(): ScoredText[] {
  return jsonFilesIn(unseenDir).map((name) => {
    const gold = JSON.parse(readFileSync(join(unseenDir, name), 'utf8')) as UnseenGoldFile;
    return { name: gold.file, body: readFileSync(join(unseenDir, gold.file), 'utf8'), entities: gold.entities, day: gold.published };
  });
}

/** Word-level fidelity of extracted text to the true body: bag-of-words precision and recall. */
interface Fidelity {
  name: string;
  extracted: number;
  gold: number;
  common: number;
  precision: number;
  recall: number;
}

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function fidelityOf(name: string, extracted: string, gold: string): Fidelity {
  const got = wordCounts(extracted);
  const want = wordCounts(gold);
  const total = (counts: Map<string, number>): number => [...counts.values()].reduce((sum, n) => sum + n, 0);
  let common = 0;
  for (const [word, n] of got) common += Math.min(n, want.get(word) ?? 0);
  const extractedWords = total(got);
  const goldWords = total(want);
  return {
    name,
    extracted: extractedWords,
    gold: goldWords,
    common,
    precision: extractedWords === 0 ? 0 : common / extractedWords,
    recall: goldWords === 0 ? 1 : common / goldWords,
  };
}

/** The unseen articles that have an HTML page, read through the article extraction. */
function unseenPageTexts(): { texts: ScoredText[]; fidelity: Fidelity[] } {
  const texts: ScoredText[] = [];
  const fidelity: Fidelity[] = [];
  const pages = readdirSync(unseenPagesDir).filter((name) => name.endsWith('.html')).sort();
  for (const page of pages) {
    const base = page.replace(/\.html$/u, '');
    const gold = JSON.parse(readFileSync(join(unseenDir, `${base}.json`), 'utf8')) as UnseenGoldFile;
    const body = pageTextOf(join(unseenPagesDir, page));
    fidelity.push(fidelityOf(page, body, readFileSync(join(unseenDir, gold.file), 'utf8')));
    texts.push({ name: page, body, entities: gold.entities, day: gold.published });
  }
  return { texts, fidelity };
}

/**
 * Gold titles as Wikipedia has them now: an annotation names an article as it was titled when
 * written (the seeds' gold cannot be edited), and the KB follows the moves kb/checked records.
 */
function withCurrentTitles(texts: ScoredText[]): ScoredText[] {
  const { checks } = parseTitleChecks(readTitleCheckFiles());
  const current = currentTitleOf(checks);
  return texts.map((text) => ({ ...text, entities: text.entities.map((entity) => ({ ...entity, wikipedia: current(entity.wikipedia) })) }));
}

function main(): void {
  const json = process.argv.includes('--json');
  const pages = process.argv.includes('--pages');
  const unseenPages = process.argv.includes('--unseen-pages');
  const unseen = process.argv.includes('--unseen') || unseenPages;
  if (pages && unseen) {
    console.error('eval: --pages and --unseen exclude each other (use --unseen-pages for the unseen articles as HTML)');
    process.exit(2);
  }
  const fromPages = unseenPages ? unseenPageTexts() : null;
  const texts = withCurrentTitles(fromPages ? fromPages.texts : unseen ? unseenTexts() : seedTexts(pages));
  const kb = loadKb(compileKbFromDisk());
  const articles = texts.map((text) => scoreArticle(kb, text));
  const sum = (pick: (score: ArticleScore) => number): number => articles.reduce((total, score) => total + pick(score), 0);
  const totals = {
    recognised: sum((score) => score.recognised),
    correct: sum((score) => score.correct),
    required: sum((score) => score.required),
    found: sum((score) => score.found),
  };
  const precision = totals.recognised === 0 ? 1 : totals.correct / totals.recognised;
  const recall = totals.required === 0 ? 1 : totals.found / totals.required;
  const roles = scoreRoleDescriptions(kb, texts);

  if (json) {
    console.log(JSON.stringify({ articles, totals: { ...totals, precision, recall }, roles, ...(fromPages ? { fidelity: fromPages.fidelity } : {}) }, null, 2));
    return;
  }
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  if (fromPages) {
    for (const page of fromPages.fidelity) {
      console.log(`${page.name}  text precision ${percent(page.precision)} (${page.common}/${page.extracted} words)  recall ${percent(page.recall)} (${page.common}/${page.gold})`);
    }
    const common = fromPages.fidelity.reduce((sum, page) => sum + page.common, 0);
    const extracted = fromPages.fidelity.reduce((sum, page) => sum + page.extracted, 0);
    const gold = fromPages.fidelity.reduce((sum, page) => sum + page.gold, 0);
    console.log(`PAGES TEXT  precision ${percent(extracted === 0 ? 0 : common / extracted)} (${common}/${extracted})  recall ${percent(common / gold)} (${common}/${gold})\n`);
  }
  for (const score of articles) {
    console.log(`${score.seed}  precision ${percent(score.precision)} (${score.correct}/${score.recognised})  recall ${percent(score.recall)} (${score.found}/${score.required})`);
    for (const miss of score.misses) console.log(`  miss       ${miss.wikipedia}  (gold: ${miss.mentions.map((m) => `"${m}"`).join(', ')})`);
    for (const hit of score.falseHits) console.log(`  false hit  ${hit.wikipedia}  (text: ${hit.texts.map((t) => `"${t}"`).join(', ')})`);
  }
  console.log(`${unseen ? 'UNSEEN ' : ''}TOTAL  precision ${percent(precision)} (${totals.correct}/${totals.recognised})  recall ${percent(recall)} (${totals.found}/${totals.required})`);
  printRoleScores(roles, unseen ? 'UNSEEN ' : '');
}

try {
  main();
} catch (error) {
  if (!(error instanceof KbError)) throw error;
  console.error(`eval: ${error.message}`);
  process.exitCode = 1;
}
