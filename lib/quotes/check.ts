/**
 * The quote check: finds the quotations of an article, matches each against the recorded
 * statements and says, word by word, whether it reproduces the record, paraphrases it, or changes
 * its meaning by dropping or adding a negation. Quotations with no recorded statement get no
 * result at all. Everything returned is plain data, ready to post to a content script.
 */
import { align, type AlignInput } from './align';
import { alignInput, diffOf, measure, negationChange, verdictOf, type DiffPart, type Measured, type QuoteVerdict, type TextSpan } from './compare';
import { findQuotations, type Quotation } from './find';
import type { Source } from './schema';
import { candidateStatements, type IndexedWording, type StatementIndex } from './statement-index';
import { tokenize, type Token } from './words';

export type { DiffPart, QuoteVerdict, TextSpan } from './compare';

export interface QuoteCheck {
  /** The whole quotation, between its marks. */
  quotation: TextSpan & { closed: boolean };
  /** The part of it compared with this statement (a quotation can stitch several). */
  span: TextSpan;
  statementId: string;
  speaker: string;
  date: string;
  event?: string;
  verdict: QuoteVerdict;
  /** 0–1: agreement of the span with the record's corresponding words, content words weighing most. */
  similarity: number;
  /** The published wording it was compared with. */
  wording: { text: string; source: Source; reference: boolean };
  diff: DiffPart[];
  /** What a reader should know about the record (disputed attribution, second-hand wording). */
  caveat?: string;
}

export interface CheckOptions {
  /**
   * Entity ids of the people the article names: only their statements are considered. Pass the
   * recognizer's person mentions, so that a quotation is never matched to someone absent.
   */
  speakers?: ReadonlySet<string>;
}

/** Content words a stretch needs to be checked at all ("historical Russia" is too short to tell). */
const MIN_CONTENT_WORDS = 3;
/** Distinct content words a statement must share with the quotation to be aligned with it. */
const MIN_SHARED_WORDS = 3;
/** Of the quotation's content words, the share that must be found in the record. */
const MIN_COVERAGE = 0.4;
const MIN_SIMILARITY = 0.3;
/** Candidate statements aligned per quotation. */
const MAX_CANDIDATES = 4;

interface Found {
  wording: IndexedWording;
  record: AlignInput;
  local: Measured;
}

/** The recorded wording whose best-aligned stretch agrees most with the quote, if any agrees enough. */
function bestMatch(index: StatementIndex, quote: AlignInput, options: CheckOptions): Found | null {
  let best: Found | null = null;
  for (const candidate of candidateStatements(index, quote.words, MIN_SHARED_WORDS, options.speakers).slice(0, MAX_CANDIDATES)) {
    for (const wording of index.statements[candidate.statement]!.wordings) {
      const record = alignInput(wording.tokens);
      const local = measure(quote, record, align(quote, record));
      if (local.sharedContent < MIN_SHARED_WORDS || local.coverage < MIN_COVERAGE || local.similarity < MIN_SIMILARITY) continue;
      if (!best || local.similarity > best.local.similarity) best = { wording, record, local };
    }
  }
  return best;
}

function sentenceStart(words: readonly Token[], k: number): number {
  while (k > 0 && !words[k - 1]!.sentenceEnd) k--;
  return k;
}

function sentenceEnd(words: readonly Token[], k: number): number {
  while (k < words.length - 1 && !words[k]!.sentenceEnd) k++;
  return k;
}

const tokensBetween = (tokens: readonly Token[], first: Token, last: Token): Token[] =>
  tokens.filter((token) => token.start >= first.start && token.end <= last.end);

/**
 * Checks the words `tokens` (part of one quotation). When a statement matches only part of them,
 * the parts before and after are checked too (one quotation may stitch several statements); what
 * no statement claims joins the match as far as its sentence goes, so that "That's why we" before
 * a matched "recognize Taiwan" is compared with the record's "For this reason, we do not".
 */
function checkTokens(text: string, quotation: Quotation, tokens: readonly Token[], index: StatementIndex, options: CheckOptions): QuoteCheck[] {
  const quote = alignInput(tokens);
  if (quote.words.filter((token) => token.content).length < MIN_CONTENT_WORDS) return [];
  const best = bestMatch(index, quote, options);
  if (!best) return [];
  const { quoteFrom, quoteTo, recordFrom, recordTo } = best.local.alignment;
  const before = checkTokens(text, quotation, tokens.filter((token) => token.end <= quote.words[quoteFrom]!.start), index, options);
  const after = checkTokens(text, quotation, tokens.filter((token) => token.start >= quote.words[quoteTo]!.end), index, options);

  let [quoteStart, quoteEnd, recordStart, recordEnd] = [quoteFrom, quoteTo, recordFrom, recordTo];
  if (before.length === 0 && sentenceStart(quote.words, quoteFrom) < quoteFrom) {
    quoteStart = sentenceStart(quote.words, quoteFrom);
    recordStart = sentenceStart(best.record.words, recordFrom);
  }
  if (after.length === 0 && sentenceEnd(quote.words, quoteTo) > quoteTo) {
    quoteEnd = sentenceEnd(quote.words, quoteTo);
    recordEnd = sentenceEnd(best.record.words, recordTo);
  }
  const firstWord = quote.words[quoteStart]!;
  const lastWord = quote.words[quoteEnd]!;
  const stretchTokens = tokensBetween(tokens, firstWord, lastWord);
  const stretch = alignInput(stretchTokens);
  const window = alignInput(tokensBetween(best.wording.tokens, best.record.words[recordStart]!, best.record.words[recordEnd]!));
  const compared = measure(stretch, window, align(stretch, window, 'global'));
  const negation = negationChange(stretch, window, compared.alignment.pairs);
  const statement = index.statements[best.wording.statement]!.statement;
  const { text: recordText, source } = best.wording.wording;
  const check: QuoteCheck = {
    quotation: { start: quotation.start, end: quotation.end, closed: quotation.closed },
    span: { start: firstWord.start, end: lastWord.end },
    statementId: statement.id,
    speaker: statement.speaker,
    date: statement.date,
    ...(statement.event ? { event: statement.event } : {}),
    verdict: verdictOf(compared, negation),
    similarity: Math.round(compared.similarity * 100) / 100,
    wording: { text: recordText, source, reference: best.wording.reference },
    diff: diffOf(text, stretchTokens, recordText, window, compared.alignment, negation !== null),
    ...(statement.caveat ? { caveat: statement.caveat } : {}),
  };
  return [...before, check, ...after];
}

/** Checks one quotation of `text`. */
export function checkQuotation(text: string, quotation: Quotation, index: StatementIndex, options: CheckOptions = {}): QuoteCheck[] {
  return checkTokens(text, quotation, tokenize(text, quotation.start, quotation.end), index, options);
}

/** Finds and checks every quotation of `text`; quotations no statement matches are left out. */
export function checkQuotations(text: string, index: StatementIndex, options: CheckOptions = {}): QuoteCheck[] {
  if (index.statements.length === 0) return [];
  return findQuotations(text).flatMap((quotation) => checkQuotation(text, quotation, index, options));
}
