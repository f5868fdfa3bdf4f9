import * as v from 'valibot';
import { Statement } from './schema';
import { buildStatementIndex, type StatementIndex } from './statement-index';

/**
 * The recorded statements of the build's `kb.json` (already parsed), indexed for the quote check.
 * A KB built without statements gives an empty index; a malformed one throws.
 */
export function loadStatements(compiled: unknown): StatementIndex {
  const statements = typeof compiled === 'object' && compiled !== null ? (compiled as { statements?: unknown }).statements : undefined;
  if (statements === undefined) return buildStatementIndex([]);
  const result = v.safeParse(v.array(Statement), statements);
  if (!result.success) throw new Error(`compiled KB has malformed statements: ${result.issues[0]?.message ?? 'unknown problem'}`);
  return buildStatementIndex(result.output);
}
