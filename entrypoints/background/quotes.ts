/**
 * The recorded statements the quote check compares quotations with: the `statements` of the
 * bundled `kb.json`, indexed once per background lifetime. A KB whose statements cannot be read
 * checks no quotation (and says so in the console) rather than failing recognition.
 */
import { browser } from 'wxt/browser';
import { buildStatementIndex, loadStatements, type StatementIndex } from '@/lib/quotes';

let loading: Promise<StatementIndex> | null = null;

export function statementIndex(): Promise<StatementIndex> {
  loading ??= (async () => {
    const response = await fetch(browser.runtime.getURL('/kb.json' as Parameters<typeof browser.runtime.getURL>[0]));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return loadStatements(await response.json());
  })().catch((error: unknown) => {
    console.warn('Backstory checks no quotations: the recorded statements could not be read.', error);
    loading = null;
    return buildStatementIndex([]);
  });
  return loading;
}
