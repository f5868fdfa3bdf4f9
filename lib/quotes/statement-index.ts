/**
 * An inverted index from content words to the recorded statements that use them, so that a
 * quotation is compared only with the few statements it shares rare words with, however many
 * statements the KB records.
 */
import type { Statement, Wording } from './schema';
import { tokenize, type Token } from './words';

export interface IndexedWording {
  /** Index of its statement in `StatementIndex.statements`. */
  statement: number;
  /** The published wording, with its source. */
  wording: Wording;
  /** True for the statement's reference wording (`text`/`source`), false for `otherWordings`. */
  reference: boolean;
  tokens: Token[];
}

export interface IndexedStatement {
  statement: Statement;
  wordings: IndexedWording[];
}

export interface StatementIndex {
  statements: readonly IndexedStatement[];
  /** Content-word key → indices of the statements whose wordings use it. */
  postings: ReadonlyMap<string, readonly number[]>;
  /** Content-word key → inverse document frequency over statements. */
  weights: ReadonlyMap<string, number>;
}

export function buildStatementIndex(statements: readonly Statement[]): StatementIndex {
  const indexed = statements.map((statement, index): IndexedStatement => {
    const wordings: Wording[] = [{ text: statement.text, source: statement.source }, ...(statement.otherWordings ?? [])];
    return {
      statement,
      wordings: wordings.map((wording, k) => ({ statement: index, wording, reference: k === 0, tokens: tokenize(wording.text) })),
    };
  });
  const postings = new Map<string, number[]>();
  indexed.forEach(({ wordings }, index) => {
    const keys = new Set(wordings.flatMap(({ tokens }) => tokens.filter((token) => token.content).map((token) => token.key)));
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const weights = new Map<string, number>();
  for (const [key, list] of postings) weights.set(key, Math.log(1 + indexed.length / list.length));
  return { statements: indexed, postings, weights };
}

export interface Candidate {
  statement: number;
  /** Distinct content words shared with the quote. */
  shared: number;
  /** Their summed weight. */
  weight: number;
}

/**
 * Statements sharing at least `minShared` distinct content words with `words`, best first; when
 * `speakers` is given, only statements by those entities.
 */
export function candidateStatements(
  index: StatementIndex,
  words: readonly Token[],
  minShared: number,
  speakers?: ReadonlySet<string>,
): Candidate[] {
  const byStatement = new Map<number, Candidate>();
  const keys = new Set(words.filter((token) => token.content).map((token) => token.key));
  for (const key of keys) {
    for (const statement of index.postings.get(key) ?? []) {
      if (speakers && !speakers.has(index.statements[statement]!.statement.speaker)) continue;
      const candidate = byStatement.get(statement) ?? { statement, shared: 0, weight: 0 };
      candidate.shared++;
      candidate.weight += index.weights.get(key) ?? 0;
      byStatement.set(statement, candidate);
    }
  }
  return [...byStatement.values()].filter((candidate) => candidate.shared >= minShared).sort((a, b) => b.weight - a.weight);
}
