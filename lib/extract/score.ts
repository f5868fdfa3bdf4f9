/**
 * Finds the element that holds the article body by scoring paragraphs and crediting their
 * ancestors, in the manner of Readability, but reading the live document in place: nothing is
 * cloned or rewritten, so the cost is one pass over the page's paragraphs.
 *
 * Why not `@mozilla/readability`: its `isProbablyReaderable` only answers yes/no (we need the
 * body element anyway, so we would score twice), and `Readability.parse` needs a cloned document
 * it may rewrite — measured on a book-sized page that is hundreds of milliseconds in one task.
 * The readerable threshold below is the same one `isProbablyReaderable` uses.
 */
import { isSkipped, type SkipOptions } from './rules';

/** Paragraphs shorter than this say nothing about where the article is. */
const MIN_PARAGRAPH_LENGTH = 25;
/** isProbablyReaderable: Σ √(length − 140) over paragraphs longer than 140 must exceed 20. */
const READERABLE_MIN_LENGTH = 140;
const READERABLE_MIN_SCORE = 20;
/** A root holding several <article> elements is a listing of stories, not a story. */
const MAX_NESTED_ARTICLES = 2;
/** How many ancestors of a paragraph share its score, and by how much each is divided. */
const ANCESTOR_LEVELS = 5;
/** Candidates whose link density is weighed (a link-heavy front runner can lose to the next). */
const FRONT_RUNNERS = 5;
/** Yield to the caller every so many paragraphs, so the work can be spread over idle time. */
const PARAGRAPHS_PER_STEP = 16;

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

export interface BodyCandidate {
  /** The element to read article text from. */
  root: Element;
  /** When set, only these children of `root` hold the article (the body was split into siblings). */
  parts: Element[] | null;
  score: number;
}

function tagWeight(element: Element): number {
  switch (element.tagName.toUpperCase()) {
    case 'DIV':
    case 'ARTICLE':
    case 'MAIN':
    case 'SECTION':
      return 5;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      return 3;
    case 'ADDRESS':
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      return -3;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      return -5;
    default:
      return 0;
  }
}

function classWeight(element: Element): number {
  let weight = 0;
  for (const value of [element.getAttribute('class') ?? '', element.id]) {
    if (!value) continue;
    if (NEGATIVE.test(value)) weight -= 25;
    if (POSITIVE.test(value)) weight += 25;
  }
  return weight;
}

/**
 * Length of `text` with whitespace runs collapsed to one space and the ends trimmed (what
 * `text.replace(/\s+/g, ' ').trim().length` gives), counted without building the string: an
 * article container's text runs to hundreds of kilobytes.
 */
export function normalizedLength(text: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    if (isWhitespace(text.charCodeAt(index))) {
      pendingSpace = length > 0;
    } else {
      if (pendingSpace) length++;
      pendingSpace = false;
      length++;
    }
  }
  return length;
}

/** The characters JavaScript's `\s` (and `trim`) match. */
function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function linkDensity(element: Element): number {
  const length = normalizedLength(element.textContent ?? '');
  if (length === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += normalizedLength(link.textContent ?? '');
  return linked / length;
}

/** Paragraph-like elements: p, pre, td, and divs used as paragraphs (no block children). */
function paragraphsOf(scope: Element): Element[] {
  const found: Element[] = [];
  for (const element of scope.querySelectorAll('p, pre, td, div')) {
    if (element.tagName.toUpperCase() === 'DIV' && !holdsOnlyInlineContent(element)) continue;
    found.push(element);
  }
  return found;
}

const BLOCKISH_CHILD = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DIV|DL|FIELDSET|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|MAIN|NAV|OL|P|PRE|SECTION|TABLE|UL)$/;

function holdsOnlyInlineContent(element: Element): boolean {
  for (const child of element.children) if (BLOCKISH_CHILD.test(child.tagName.toUpperCase())) return false;
  return true;
}

/** Skip decisions are shared by many paragraphs of one page: remember them. */
class SkipCache {
  private readonly known = new Map<Element, boolean>();
  constructor(
    private readonly options: SkipOptions,
    private readonly stopAt: Element,
  ) {}
  /** True when the element or an ancestor below `stopAt` is skipped. */
  excluded(element: Element): boolean {
    const trail: Element[] = [];
    let answer = false;
    for (let current: Element | null = element; current && current !== this.stopAt; current = current.parentElement) {
      const cached = this.known.get(current);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      trail.push(current);
      if (isSkipped(current, this.options)) {
        answer = true;
        break;
      }
    }
    for (const visited of trail) this.known.set(visited, answer);
    return answer;
  }
}

interface Scored {
  paragraphs: { element: Element; length: number }[];
  candidates: Map<Element, number>;
}

function* scoreParagraphs(scope: Element, options: SkipOptions): Generator<void, Scored> {
  const stopAt = scope.ownerDocument.documentElement;
  // <body> classes describe the whole site's layout ("has-sidebar"), never one block.
  const skips = new SkipCache(options, scope.ownerDocument.body ?? stopAt);
  const candidates = new Map<Element, number>();
  const paragraphs: Scored['paragraphs'] = [];
  const all = paragraphsOf(scope);
  for (let index = 0; index < all.length; index++) {
    if (index % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    const element = all[index]!;
    if (skips.excluded(element)) continue;
    const text = element.textContent ?? '';
    const length = normalizedLength(text);
    if (length < MIN_PARAGRAPH_LENGTH) continue;
    paragraphs.push({ element, length });
    const score = 1 + text.split(',').length - 1 + Math.min(Math.floor(length / 100), 3);
    let ancestor = element.parentElement;
    for (let level = 0; ancestor && ancestor !== stopAt && level < ANCESTOR_LEVELS; level++) {
      if (!candidates.has(ancestor)) candidates.set(ancestor, tagWeight(ancestor) + classWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      candidates.set(ancestor, candidates.get(ancestor)! + score / divider);
      ancestor = ancestor.parentElement;
    }
  }
  return { paragraphs, candidates };
}

function readerableScore(paragraphs: Scored['paragraphs'], root: Element, parts: Element[] | null): number {
  let total = 0;
  for (const { element, length } of paragraphs) {
    if (length < READERABLE_MIN_LENGTH) continue;
    const inside = parts ? parts.some((part) => part.contains(element)) : root.contains(element);
    if (inside) total += Math.sqrt(length - READERABLE_MIN_LENGTH);
  }
  return total;
}

/** Siblings of the best candidate that score like article text too: a body split around an ad. */
function siblingParts(best: Element, bestScore: number, candidates: Map<Element, number>): Element[] | null {
  const parent = best.parentElement;
  if (!parent) return null;
  const threshold = Math.max(10, bestScore * 0.2);
  const parts: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling === best) parts.push(sibling);
    else if ((candidates.get(sibling) ?? 0) * (1 - linkDensity(sibling)) >= threshold) parts.push(sibling);
  }
  return parts.length > 1 ? parts : null;
}

function* findBody(scope: Element, options: SkipOptions): Generator<void, BodyCandidate | null> {
  const scored = yield* scoreParagraphs(scope, options);
  // Link density needs each candidate's whole text: weigh only the front runners, one at a time.
  const frontRunners = [...scored.candidates].sort((a, b) => b[1] - a[1]).slice(0, FRONT_RUNNERS);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, raw] of frontRunners) {
    yield;
    const score = raw * (1 - linkDensity(element));
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  yield;
  if (!best) return null;
  const parts = siblingParts(best, bestScore, scored.candidates);
  const root = parts ? best.parentElement! : best;
  if (readerableScore(scored.paragraphs, root, parts) <= READERABLE_MIN_SCORE) return null;
  if (root.querySelectorAll('article').length > MAX_NESTED_ARTICLES) return null;
  return { root, parts, score: bestScore };
}

/**
 * The article body inside `scope`, or null when `scope` holds no article. Tries first with
 * class/id judgement (teasers, comments, promos), then, like Readability, without it for sites
 * whose outer wrappers carry words such as "has-sidebar".
 */
export function* findArticleBody(scope: Element): Generator<void, BodyCandidate | null> {
  return (yield* findBody(scope, { classes: true })) ?? (yield* findBody(scope, { classes: false }));
}
