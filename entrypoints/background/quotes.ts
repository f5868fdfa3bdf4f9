/**
 * The recorded statements the quote check compares quotations with: the `statements` of the
 * bundled KB, indexed once per background lifetime. A KB whose statements cannot be read
 * checks no quotation (and says so in the console) rather than failing recognition.
 */
import { buildStatementIndex, loadStatements, type StatementIndex } from '@/lib/quotes';
import { bundledKbJson } from './bundled-kb';

let loading: Promise<StatementIndex> | null = null;

export function statementIndex(): Promise<StatementIndex> {
  loading ??= bundledKbJson()
    .then(loadStatements)
    .catch((error: unknown) => {
      console.warn('Backstory checks no quotations: the recorded statements could not be read.', error);
      loading = null;
      return buildStatementIndex([]);
    });
  return loading;
}
