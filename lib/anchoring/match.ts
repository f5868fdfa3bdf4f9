/**
 * Finding a quote again in text that may have changed since it was saved. Three steps, each
 * tried only when the one before fails:
 *
 * 1. the saved position, if the text there is still the quote;
 * 2. exact occurrences of the quote, chosen by how well their surroundings match the saved
 *    prefix and suffix, then by closeness to the saved position;
 * 3. approximate occurrences (approx-string-match), scored on quote, context and position.
 *
 * Every step has a floor. A short quote ("Putin") occurs all over a news article: without its
 * context it proves nothing, so it is left an orphan rather than attached to the wrong mention.
 */
import approximateSearch from 'approx-string-match';
import type { HighlightSelectors } from './selectors';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface TextMatch {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 0..1: how sure the match is, for diagnostics and tie-breaking. */
  score: number;
}

/** A quote at least this long is specific enough to stand on its own when it occurs once. */
const DISTINCTIVE_LENGTH = 24;
/** Context agreement (0..1) that confirms a short quote. Unrelated English scores about 0.3–0.45. */
const CONTEXT_FLOOR = 0.7;
/** Approximate matches must keep at least this share of the quote. */
const FUZZY_QUOTE_FLOOR = 0.8;
/** Context agreement an approximate match needs: its quote already agrees by at least 80 %. */
const FUZZY_CONTEXT_FLOOR = 0.5;
/** …and a long quote matched this well needs no context. */
const FUZZY_SELF_SUFFICIENT = 0.9;
/** Quotes shorter than this are never matched approximately: too many near-misses in any article. */
const FUZZY_MIN_LENGTH = 8;
const MAX_EXACT_CANDIDATES = 2000;
/** Bounds the work of the approximate search on very long quotes. */
const MAX_FUZZY_ERRORS = 256;

/** Levenshtein distance with two rows; contexts are at most a few dozen characters. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for identical strings, falling towards 0 as they differ. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

interface ContextScores {
  prefix: number | null;
  suffix: number | null;
}

/** How well the text around [start, end) agrees with the saved prefix and suffix (null: nothing saved). */
function contextScores(text: string, start: number, end: number, prefix: string, suffix: string): ContextScores {
  return {
    // An empty context was saved at the edge of the text: still being there confirms it.
    prefix: prefix ? similarity(prefix, text.slice(Math.max(0, start - prefix.length), start)) : start === 0 ? 1 : null,
    suffix: suffix ? similarity(suffix, text.slice(end, end + suffix.length)) : end === text.length ? 1 : null,
  };
}

/** The stronger side vouches for the match: an edit on one side must not orphan a highlight. */
function contextSupport(scores: ContextScores): number {
  if (scores.prefix === null && scores.suffix === null) return 1;
  return Math.max(scores.prefix ?? 0, scores.suffix ?? 0);
}

function contextAverage(scores: ContextScores): number {
  const known = [scores.prefix, scores.suffix].filter((s): s is number => s !== null);
  return known.length ? known.reduce((sum, s) => sum + s, 0) / known.length : 1;
}

function closeness(text: string, start: number, hint: number | undefined): number {
  if (hint === undefined || text.length === 0) return 0;
  return 1 - Math.min(1, Math.abs(start - hint) / text.length);
}

function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1 && found.length < MAX_EXACT_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    found.push(at);
  }
  return found;
}

function matchAtPosition(text: string, selectors: HighlightSelectors): TextMatch | null {
  const { position, quote } = selectors;
  if (!position || text.slice(position.start, position.end) !== quote.exact) return null;
  const scores = contextScores(text, position.start, position.end, quote.prefix, quote.suffix);
  if (quote.exact.length < DISTINCTIVE_LENGTH && contextSupport(scores) < CONTEXT_FLOOR) return null;
  return { start: position.start, end: position.end, method: 'position', score: 1 };
}

function matchExactQuote(text: string, selectors: HighlightSelectors): TextMatch | null {
  const { quote, position } = selectors;
  const occurrences = exactOccurrences(text, quote.exact);
  let best: { start: number; support: number; rank: number } | null = null;
  for (const start of occurrences) {
    const scores = contextScores(text, start, start + quote.exact.length, quote.prefix, quote.suffix);
    const rank = contextAverage(scores) * 10 + closeness(text, start, position?.start);
    if (!best || rank > best.rank) best = { start, support: contextSupport(scores), rank };
  }
  if (!best) return null;
  const distinctive = quote.exact.length >= DISTINCTIVE_LENGTH;
  if (best.support < CONTEXT_FLOOR && !distinctive) return null;
  return { start: best.start, end: best.start + quote.exact.length, method: 'quote', score: best.support };
}

function matchApproximately(text: string, selectors: HighlightSelectors): TextMatch | null {
  const { quote, position } = selectors;
  const length = quote.exact.length;
  if (length < FUZZY_MIN_LENGTH) return null;
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(length * (1 - FUZZY_QUOTE_FLOOR)));
  let best: TextMatch | null = null;
  let bestRank = -Infinity;
  for (const candidate of approximateSearch(text, quote.exact, maxErrors)) {
    const quoteScore = 1 - candidate.errors / length;
    const scores = contextScores(text, candidate.start, candidate.end, quote.prefix, quote.suffix);
    const support = contextSupport(scores);
    const confirmed = support >= FUZZY_CONTEXT_FLOOR || (length >= DISTINCTIVE_LENGTH && quoteScore >= FUZZY_SELF_SUFFICIENT);
    if (quoteScore < FUZZY_QUOTE_FLOOR || !confirmed) continue;
    const rank = 50 * quoteScore + 20 * (scores.prefix ?? support) + 20 * (scores.suffix ?? support) + 2 * closeness(text, candidate.start, position?.start);
    if (rank > bestRank) {
      bestRank = rank;
      best = { start: candidate.start, end: candidate.end, method: 'fuzzy', score: rank / 92 };
    }
  }
  return best;
}

/** Where the selected passage is in `text` now, or null: an orphan, never a guess. */
export function locate(text: string, selectors: HighlightSelectors): TextMatch | null {
  if (!selectors.quote.exact) return null;
  return matchAtPosition(text, selectors) ?? matchExactQuote(text, selectors) ?? matchApproximately(text, selectors);
}
