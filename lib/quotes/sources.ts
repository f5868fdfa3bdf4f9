import * as v from 'valibot';
import type { EntityType } from '../kb/schema';
import { idOf, problemsOfIssues, type KbProblem, type KbSourceFile } from '../kb/sources';
import { Statement } from './schema';

/**
 * Validates statement files (each a JSON array of statements) against the schema and the KB's
 * entities: the speaker must be a person and the event an event. Returns the statements and the
 * problems found, each naming file, statement id and field; the caller decides how to fail.
 */
export function parseStatementSources(
  files: readonly KbSourceFile[],
  entityTypes: ReadonlyMap<string, EntityType>,
): { statements: Statement[]; problems: KbProblem[] } {
  const statements: Statement[] = [];
  const problems: KbProblem[] = [];
  const firstFile = new Map<string, string>();
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(file.text);
    } catch (error) {
      problems.push({ file: file.path, message: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push({ file: file.path, message: 'must be a JSON array of statements' });
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const where = { file: file.path, entityId: idOf(raw, index), record: 'statement' as const };
      const result = v.safeParse(Statement, raw);
      if (!result.success) {
        problems.push(...problemsOfIssues(result.issues, where));
        return;
      }
      const statement = result.output;
      const other = firstFile.get(statement.id);
      if (other !== undefined) problems.push({ ...where, field: 'id', message: `is already defined in ${other}` });
      else firstFile.set(statement.id, file.path);
      const references: [string, string | undefined, EntityType][] = [
        ['speaker', statement.speaker, 'person'],
        ['event', statement.event, 'event'],
      ];
      for (const [field, id, type] of references) {
        if (id === undefined) continue;
        const actual = entityTypes.get(id);
        if (actual === undefined) problems.push({ ...where, field, message: `refers to "${id}", which no KB file defines` });
        else if (actual !== type) problems.push({ ...where, field, message: `refers to "${id}", which is a ${actual}, not a ${type}` });
      }
      statements.push(statement);
    });
  }
  return { statements, problems };
}
