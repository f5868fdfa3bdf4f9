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
// "hidden" only as a class of its own (Bootstrap's `.hidden`): `field--label-hidden` hides a label
// and Tailwind's `overflow-hidden` clips a box, neither says the element is not content.
const NEGATIVE =
  /-ad-|(?:^|\s)hidden(?:\s|$)|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

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

/** True for the element a page declares as its article body with schema.org microdata. */
function declaresArticleBody(element: Element): boolean {
  const itemprop = element.getAttribute('itemprop');
  return itemprop !== null && /(?:^|\s)articleBody(?:\s|$)/.test(itemprop);
}

function classWeight(element: Element): number {
  // schema.org's articleBody counts like a class that says "content" (CMSes of every age emit it).
  let weight = declaresArticleBody(element) ? 25 : 0;
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
  /** What each candidate got from its paragraphs alone, without tag and class weights. */
  credit: Map<Element, number>;
}

function* scoreParagraphs(scope: Element, options: SkipOptions): Generator<void, Scored> {
  const stopAt = scope.ownerDocument.documentElement;
  // <body> classes describe the whole site's layout ("has-sidebar"), never one block.
  const skips = new SkipCache(options, scope.ownerDocument.body ?? stopAt);
  const candidates = new Map<Element, number>();
  const credit = new Map<Element, number>();
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
    // A body declared as such (old CMSes: one <div itemprop="articleBody"> of text and <br>s) is a
    // candidate even when it is its own only paragraph.
    let ancestor = declaresArticleBody(element) ? element : element.parentElement;
    for (let level = 0; ancestor && ancestor !== stopAt && level < ANCESTOR_LEVELS; level++) {
      if (!candidates.has(ancestor)) candidates.set(ancestor, tagWeight(ancestor) + classWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      candidates.set(ancestor, candidates.get(ancestor)! + score / divider);
      credit.set(ancestor, (credit.get(ancestor) ?? 0) + score / divider);
      ancestor = ancestor.parentElement;
    }
  }
  return { paragraphs, candidates, credit };
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

/**
 * Siblings of the best candidate that score like article text too: a body split around an ad, or
 * a free teaser before the paywalled rest. Judged by their paragraphs alone: a header block whose
 * class says "article" is not a part for that.
 */
function siblingParts(best: Element, bestScore: number, credit: Map<Element, number>): Element[] | null {
  const parent = best.parentElement;
  if (!parent) return null;
  const threshold = Math.max(10, bestScore * 0.2);
  const parts: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling === best) parts.push(sibling);
    else if ((credit.get(sibling) ?? 0) * (1 - linkDensity(sibling)) >= threshold) parts.push(sibling);
  }
  return parts.length > 1 ? parts : null;
}

/** How far above the best candidate `sectionParts` looks through wrappers that hold nothing else. */
const SECTION_WRAPPER_LEVELS = 4;
/** Share of the best section's paragraph text a sibling section must hold to be a part of the body. */
const SECTION_SHARE = 0.2;

/**
 * A body split over sibling sections, each wrapped in layers of its own (a long read's `<section>`s
 * with subheads, boxes between them): climb from the best candidate through wrappers that are their
 * parent's only element, and where the wrapper has siblings, take those that hold paragraph text
 * like it (at least SECTION_SHARE of the wrapper's and one readerable paragraph). Credit fades over
 * the wrappers, so the siblings are weighed by the paragraph text they hold, not by credit.
 */
function sectionParts(best: Element, scored: Scored): Element[] | null {
  let wrapper = best;
  for (let level = 0; level < SECTION_WRAPPER_LEVELS; level++) {
    const parent = wrapper.parentElement;
    if (!parent || parent === best.ownerDocument.body) return null;
    if (parent.childElementCount > 1) break;
    for (const node of parent.childNodes) if (node.nodeType === 3 && (node as Text).data.trim() !== '') return null;
    wrapper = parent;
  }
  const parent = wrapper.parentElement;
  if (!parent || wrapper === best || parent.childElementCount === 1) return null;
  const held = new Map<Element, number>();
  for (const { element, length } of scored.paragraphs) {
    let child: Element | null = element;
    while (child && child.parentElement !== parent) child = child.parentElement;
    if (child) held.set(child, (held.get(child) ?? 0) + length);
  }
  const own = held.get(wrapper) ?? 0;
  const threshold = Math.max(READERABLE_MIN_LENGTH, own * SECTION_SHARE);
  const parts = [...parent.children].filter((child) => child === wrapper || ((held.get(child) ?? 0) * (1 - linkDensity(child)) >= threshold));
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
  best = narrowed(promoted(best, bestScore, frontRunners), scored);
  const parts = siblingParts(best, bestScore, scored.credit) ?? sectionParts(best, scored) ?? afterHeadline(best, bestScore, scored.credit, options);
  const root = parts && parts[0]!.parentElement !== best ? parts[0]!.parentElement! : best;
  if (readerableScore(scored.paragraphs, root, parts) <= READERABLE_MIN_SCORE) return null;
  if (teaserCards(root) > MAX_NESTED_ARTICLES) return null;
  return { root, parts, score: bestScore };
}

const HEADING = 'h1, h2, h3, h4, h5, h6';

/** Readability's rule: this many close rivals under one ancestor make that ancestor the body. */
const MINIMUM_RIVALS = 3;
const RIVAL_SHARE = 0.75;

/**
 * When several front runners score close to the best (each paragraph wrapped in components of its
 * own, so no single wrapper gathers the story), the body is their nearest common ancestor holding
 * at least MINIMUM_RIVALS of them, as Readability does.
 */
function promoted(best: Element, bestScore: number, frontRunners: [Element, number][]): Element {
  // Rivals beside the best, not its own wrappers or parts (those say nothing about a split body).
  const rivals = frontRunners
    .filter(([element, raw]) => raw >= bestScore * RIVAL_SHARE && !element.contains(best) && !best.contains(element))
    .map(([element]) => element);
  if (rivals.length < MINIMUM_RIVALS) return best;
  const body = best.ownerDocument.body;
  for (let ancestor = best.parentElement; ancestor && ancestor !== body; ancestor = ancestor.parentElement) {
    if (rivals.filter((rival) => ancestor.contains(rival)).length >= MINIMUM_RIVALS) return ancestor;
  }
  return best;
}

/** Share of a container's paragraph text that one child must hold for the body to be that child. */
const NARROW_SHARE = 0.9;

/**
 * The smallest element below `best` that still holds nearly all of its paragraph text. Class words
 * such as "main" and "content" lift page wrappers (`<main id="main-content">`), and on sites that
 * wrap every paragraph in components of their own the paragraphs' credit fades before it reaches the
 * story element: go down while one child candidate holds at least NARROW_SHARE of the text.
 */
function narrowed(best: Element, scored: Scored): Element {
  // Paragraph text held by each element from `best` down, in one pass over the paragraphs.
  const held = new Map<Element, number>();
  for (const { element, length } of scored.paragraphs) {
    if (!best.contains(element)) continue;
    for (let ancestor: Element | null = element; ancestor; ancestor = ancestor.parentElement) {
      held.set(ancestor, (held.get(ancestor) ?? 0) + length);
      if (ancestor === best) break;
    }
  }
  let current = best;
  for (;;) {
    const total = held.get(current) ?? 0;
    if (total === 0) return current;
    const next = [...current.children].find((child) => scored.candidates.has(child) && (held.get(child) ?? 0) >= total * NARROW_SHARE);
    if (!next) return current;
    current = next;
  }
}

/**
 * When the chosen element also holds the story's head (a child with the <h1>: section label,
 * headline, standfirst, byline), the body is what follows it: those children of `root`, or null
 * when there is no such head, when the head carries paragraphs that score like text, or when
 * `root` holds text of its own that parts would lose. Skipped children are not parts.
 */
function afterHeadline(root: Element, rootScore: number, credit: Map<Element, number>, options: SkipOptions): Element[] | null {
  const children = [...root.children];
  const head = children.findIndex((child) => child.tagName.toUpperCase() === 'H1' || child.querySelector('h1') !== null);
  if (head < 0 || head === children.length - 1) return null;
  if ((credit.get(children[head]!) ?? 0) >= Math.max(10, rootScore * 0.2)) return null;
  // A head holds a standfirst at most, not the story's paragraphs (deeply wrapped ones credit it little).
  if (children[head]!.querySelectorAll('p').length > 2) return null;
  for (const node of root.childNodes) if (node.nodeType === 3 && (node as Text).data.trim() !== '') return null;
  // Parts are read without the skip rules (the caller chose them): leave out the skipped ones here.
  const parts = children.slice(head + 1).filter((child) => !isSkipped(child, options));
  return parts.length > 0 ? parts : null;
}

/**
 * How many <article> elements below `root` are teaser cards: their heading links to another page
 * (or a link wraps the heading). A live blog's entries are <article>s too, but their only links
 * are permalinks to themselves and links inside the text.
 */
function teaserCards(root: Element): number {
  let count = 0;
  for (const article of root.querySelectorAll('article')) {
    for (const link of article.querySelectorAll('a[href]')) {
      if ((link.getAttribute('href') ?? '').trim().startsWith('#')) continue;
      const heading = link.closest(HEADING);
      if ((heading && article.contains(heading)) || link.querySelector(HEADING)) {
        count++;
        break;
      }
    }
  }
  return count;
}

/**
 * The article body inside `scope`, or null when `scope` holds no article. Tries first with
 * class/id judgement (teasers, comments, promos), then, like Readability, without it for sites
 * whose outer wrappers carry words such as "has-sidebar".
 */
export function* findArticleBody(scope: Element): Generator<void, BodyCandidate | null> {
  return (yield* findBody(scope, { classes: true })) ?? (yield* findBody(scope, { classes: false }));
}
