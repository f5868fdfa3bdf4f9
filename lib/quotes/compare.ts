/**
 * Comparing a quotation's words with a recorded wording once aligned: how much agrees, whether a
 * negation was lost or gained, and the word-level difference shown on the card.
 */
import type { AlignedPair, Alignment, AlignInput, AlignOp } from './align';
import type { Token } from './words';

export type QuoteVerdict = 'matches' | 'paraphrased' | 'negation-missing' | 'negation-added';

export interface TextSpan {
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
}

export interface DiffPart {
  /** `editorial`: the article's own bracketed insertion, not compared. */
  op: AlignOp | 'editorial';
  /** The article's words (absent for record-only parts). */
  quote?: TextSpan & { text: string };
  /** The record's words (absent for quote-only parts). */
  record?: string;
  /** This part holds the negation that one side has and the other lacks. */
  negation?: true;
}

export interface Measured {
  alignment: Alignment;
  /** Dice agreement of the quote's words and the record's aligned words, content words weighing most. */
  similarity: number;
  /** Share of the quote's content words found in the record. */
  coverage: number;
  sharedContent: number;
  /** A content word or negation differs (changed, added or removed; not omitted at an ellipsis). */
  contentDiffers: boolean;
}

/** A quotation agreeing this much, with no content word changed, matches the record. */
const MATCH_SIMILARITY = 0.9;
const NEGATING_PREFIXES = ['un', 'in', 'im', 'ir', 'il', 'dis', 'non'];

/** The words of `tokens`, each knowing whether an ellipsis follows it. */
export function alignInput(tokens: readonly Token[]): AlignInput {
  const words: Token[] = [];
  const elision: boolean[] = [false];
  for (const token of tokens) {
    if (token.kind === 'word') {
      words.push(token);
      elision.push(false);
    } else if (token.kind === 'elision') {
      elision[elision.length - 1] = true;
    }
  }
  return { words, elisionAfter: (k) => elision[k + 1] ?? false };
}

const weightOf = (token: Token): number => (token.content || token.negation ? 1 : 0.3);

export function measure(quote: AlignInput, record: AlignInput, alignment: Alignment): Measured {
  let same = 0;
  let sharedContent = 0;
  let recordWeight = 0;
  let contentDiffers = false;
  for (const pair of alignment.pairs) {
    const quoteWord = pair.quote === undefined ? undefined : quote.words[pair.quote];
    const recordWord = pair.record === undefined ? undefined : record.words[pair.record];
    if (pair.op === 'same') {
      same += weightOf(quoteWord!);
      if (quoteWord!.content) sharedContent++;
    } else if (pair.op !== 'omitted' && [quoteWord, recordWord].some((word) => word && (word.content || word.negation))) {
      contentDiffers = true;
    }
    if (recordWord && pair.op !== 'omitted') recordWeight += weightOf(recordWord);
  }
  const quoteWeight = quote.words.reduce((total, token) => total + weightOf(token), 0);
  const quoteContent = quote.words.filter((token) => token.content).length;
  return {
    alignment,
    similarity: quoteWeight + recordWeight === 0 ? 0 : (2 * same) / (quoteWeight + recordWeight),
    coverage: quoteContent === 0 ? 0 : sharedContent / quoteContent,
    sharedContent,
    contentDiffers,
  };
}

/** A negation word, or a negating prefix on a word the other side has bare ("uninhabited" / "inhabited"). */
const negates = (token: Token, others: ReadonlySet<string>): boolean =>
  token.negation ||
  (token.content &&
    NEGATING_PREFIXES.some((prefix) => token.key.startsWith(prefix) && token.key.length - prefix.length >= 4 && others.has(token.key.slice(prefix.length))));

/**
 * Compares negation sentence by sentence of the record: a record sentence that the quote clearly
 * renders (two shared content words) must be negated on both sides or on neither. Quote words
 * with no counterpart count with the record sentence around them.
 */
export function negationChange(quote: AlignInput, record: AlignInput, pairs: readonly AlignedPair[]): 'missing' | 'added' | null {
  const sentenceOf: number[] = [];
  let sentence = 0;
  record.words.forEach((token, k) => {
    sentenceOf[k] = sentence;
    if (token.sentenceEnd) sentence++;
  });
  const pairSentence = pairs.map((pair) => (pair.record === undefined ? undefined : sentenceOf[pair.record]));
  let previous: number | undefined;
  for (let k = 0; k < pairs.length; k++) previous = pairSentence[k] = pairSentence[k] ?? previous;
  let next: number | undefined;
  for (let k = pairs.length - 1; k >= 0; k--) next = pairSentence[k] = pairSentence[k] ?? next;

  const groups = new Map<number, { quote: Token[]; record: Token[]; shared: number }>();
  pairs.forEach((pair, k) => {
    const id = pairSentence[k];
    if (id === undefined) return;
    const group = groups.get(id) ?? { quote: [], record: [], shared: 0 };
    groups.set(id, group);
    const recordWord = pair.record === undefined ? undefined : record.words[pair.record];
    if (recordWord && pair.op !== 'omitted') group.record.push(recordWord);
    if (pair.quote !== undefined) group.quote.push(quote.words[pair.quote]!);
    if (pair.op === 'same' && recordWord?.content) group.shared++;
  });
  for (const group of groups.values()) {
    if (group.shared < 2) continue;
    const recordKeys = new Set(group.record.map((token) => token.key));
    const quoteKeys = new Set(group.quote.map((token) => token.key));
    const recordNegated = group.record.some((token) => negates(token, quoteKeys));
    const quoteNegated = group.quote.some((token) => negates(token, recordKeys));
    if (recordNegated && !quoteNegated) return 'missing';
    if (!recordNegated && quoteNegated) return 'added';
  }
  return null;
}

export function verdictOf(compared: Measured, negation: 'missing' | 'added' | null): QuoteVerdict {
  if (negation === 'missing') return 'negation-missing';
  if (negation === 'added') return 'negation-added';
  return compared.similarity >= MATCH_SIMILARITY && !compared.contentDiffers ? 'matches' : 'paraphrased';
}

interface DiffItem {
  op: AlignOp | 'editorial';
  quote?: Token;
  record?: Token;
}

/** Runs of equal operations, with the article's and the record's words of each. */
export function diffOf(
  text: string,
  quoteTokens: readonly Token[],
  recordText: string,
  record: AlignInput,
  alignment: Alignment,
  flagNegations: boolean,
): DiffPart[] {
  const words = alignInput(quoteTokens).words;
  const items: DiffItem[] = alignment.pairs.map((pair) => ({
    op: pair.op,
    quote: pair.quote === undefined ? undefined : words[pair.quote],
    record: pair.record === undefined ? undefined : record.words[pair.record],
  }));
  // Bracketed insertions go where they stand in the quote: before the first word after them.
  for (const token of quoteTokens.filter((candidate) => candidate.kind === 'editorial')) {
    const at = items.findIndex((item) => item.quote !== undefined && item.quote.start > token.start);
    items.splice(at < 0 ? items.length : at, 0, { op: 'editorial', quote: token });
  }
  const parts: DiffPart[] = [];
  for (let from = 0; from < items.length; ) {
    let to = from + 1;
    while (to < items.length && items[to]!.op === items[from]!.op && items[from]!.op !== 'editorial') to++;
    const run = items.slice(from, to);
    const quoted = run.flatMap((item) => (item.quote ? [item.quote] : []));
    const recorded = run.flatMap((item) => (item.record ? [item.record] : []));
    const part: DiffPart = { op: run[0]!.op };
    if (quoted.length > 0) {
      const start = quoted[0]!.start;
      const end = quoted[quoted.length - 1]!.end;
      part.quote = { start, end, text: text.slice(start, end) };
    }
    if (recorded.length > 0) part.record = recordText.slice(recorded[0]!.start, recorded[recorded.length - 1]!.end);
    if (flagNegations && part.op !== 'same' && [...quoted, ...recorded].some((token) => token.negation)) part.negation = true;
    parts.push(part);
    from = to;
  }
  return parts;
}
