/** The quote check, for the background (which holds the KB) to run on an article's text. */
export { checkQuotation, checkQuotations, type CheckOptions, type DiffPart, type QuoteCheck, type QuoteVerdict, type TextSpan } from './check';
export { findQuotations, type Quotation } from './find';
export { loadStatements } from './load';
export type { Source, SourceKind, Statement, Wording } from './schema';
export { buildStatementIndex, type StatementIndex } from './statement-index';
