/**
 * The benchmark's texts: a ~6,000-word article made of the seed stories' paragraphs (real
 * mentions of the bundled KB) mixed with news paragraphs naming synthetic entities (real mentions
 * of the synthetic KBs), and a ~100,000-word page built by repeating and reshuffling it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seeded, type Random } from './prng';
import type { SyntheticEntity } from './synthetic-kb';

/** The shared seed texts next to the project; a clone without them falls back to the sample pages built from them. */
export const SEEDS_DIR = process.env.BENCH_SEEDS_DIR ?? resolve(import.meta.dirname, '../../../shared/seeds');
const SAMPLES_DIR = resolve(import.meta.dirname, '../../samples/pages');

/** Paragraphs of at least this many words are body text; shorter blocks are labels and captions. */
const MIN_PARAGRAPH_WORDS = 12;

const countWords = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

const decodeEntities = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Blocks of each seed text, or of each sample page's article body when the seeds are absent. */
function seedBlocks(dir: string): string[][] {
  if (existsSync(dir)) {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((file) => readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/u));
  }
  return readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(SAMPLES_DIR, file), 'utf8');
      const body = /<div class="article-body">([\s\S]*?)<\/div>\s*<\/article>/u.exec(html)?.[1] ?? '';
      return [...body.matchAll(/<(?:p|h2)\b[^>]*>([\s\S]*?)<\/(?:p|h2)>/gu)].map((match) => decodeEntities(match[1]!));
    });
}

/** The seed stories' paragraphs, each once (two seeds carry the same article). */
export function seedParagraphs(dir = SEEDS_DIR): string[] {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const blocks of seedBlocks(dir)) {
    for (const block of blocks) {
      const paragraph = block.replace(/\s+/gu, ' ').trim();
      if (countWords(paragraph) < MIN_PARAGRAPH_WORDS || seen.has(paragraph)) continue;
      seen.add(paragraph);
      paragraphs.push(paragraph);
    }
  }
  return paragraphs;
}

const TEMPLATES = [
  '{person}, who chairs the {org}, told reporters in {place} on Tuesday that talks on the {event} would resume next month, although officials in {place2} said no date had been agreed.',
  'Speaking after the meeting, {person} rejected claims by the {org} that {place} had broken the terms of the {event}, and said {person2} would travel to {place2} to settle the dispute.',
  'The {org} has warned that shipments through {place} could be halted if the {event} is not extended; {person} called the warning “premature” in an interview with local television.',
  'In {place}, where the {event} began, residents told journalists that prices had doubled since the spring. {person}, a former adviser to the {org}, blamed the government in {place2}.',
  'Analysts in {place2} said the decision by {person} to leave the {org} weakened the coalition that negotiated the {event}, and that {person2} was now the likeliest successor.',
  '{person2} and {person} met on the sidelines of the forum in {place}. Neither mentioned the {event}, but aides said the future of the {org} dominated their conversation.',
];

function fill(template: string, random: Random, byType: Record<string, string[]>): string {
  const pick = (type: string): string => random.pick(byType[type]!);
  return template
    .replaceAll('{person2}', pick('person'))
    .replaceAll('{person}', pick('person'))
    .replaceAll('{org}', pick('organization'))
    .replaceAll('{place2}', pick('place'))
    .replaceAll('{place}', pick('place'))
    .replaceAll('{event}', pick('event'));
}

export interface Article {
  paragraphs: string[];
  /** Paragraphs joined with blank lines, as the content script sends article text. */
  text: string;
  words: number;
}

function articleOf(paragraphs: string[]): Article {
  const text = paragraphs.join('\n\n');
  return { paragraphs, text, words: countWords(text) };
}

/**
 * About `words` words: the seed paragraphs in order, with a paragraph naming synthetic entities
 * after every third one, then more synthetic paragraphs until the count is reached.
 */
export function buildArticle(synthetic: readonly SyntheticEntity[], words = 6000, seed = 7): Article {
  const random = seeded(seed);
  const byType: Record<string, string[]> = { person: [], organization: [], place: [], event: [] };
  for (const { entity, mention } of synthetic) byType[entity.type]!.push(mention);
  const paragraphs: string[] = [];
  let total = 0;
  const add = (paragraph: string): void => {
    paragraphs.push(paragraph);
    total += countWords(paragraph);
  };
  const seeds = seedParagraphs();
  seeds.forEach((paragraph, index) => {
    add(paragraph);
    if (index % 3 === 2) add(fill(random.pick(TEMPLATES), random, byType));
  });
  while (total < words) add(fill(random.pick(TEMPLATES), random, byType));
  return articleOf(paragraphs);
}

/** The article's paragraphs repeated in shuffled order until the text has at least `words` words. */
export function bookOf(article: Article, words = 100_000, seed = 11): Article {
  const random = seeded(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const order = article.paragraphs.map((_, index) => index);
    for (let k = order.length - 1; k > 0; k--) {
      const j = random.int(k + 1);
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const index of order) {
      paragraphs.push(article.paragraphs[index]!);
      total += countWords(article.paragraphs[index]!);
      if (total >= words) break;
    }
  }
  return articleOf(paragraphs);
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page around `article`: header, navigation, the body with a subhead every dozen paragraphs, a footer. */
export function articlePage(article: Article, title: string): string {
  const body = article.paragraphs
    .map((paragraph, index) => (index > 0 && index % 12 === 0 ? `<h2>Part ${index / 12 + 1}</h2>\n` : '') + `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="2022-06-25T09:30:00+00:00">
<style>body{font:18px/1.5 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><header><a href="/">The Benchmark Times</a><nav><a href="/world">World</a> <a href="/europe">Europe</a></nav></header>
<main><article><h1>${escapeHtml(title)}</h1><p class="byline">By the benchmark desk · <time datetime="2022-06-25">25 June 2022</time></p>
<div class="article-body">
${body}
</div></article></main>
<footer>© The Benchmark Times</footer></body></html>`;
}
