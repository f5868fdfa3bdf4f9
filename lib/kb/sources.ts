import * as v from 'valibot';
import { CharClass } from '../text/chars';
import { classAt, toMatchText } from '../text/normalize';
import { referencesIn } from './references';
import { Entity, type Alias } from './schema';

/** One KB source file as read from disk (reading is the caller's business: lib/ stays portable). */
export interface KbSourceFile {
  /** Shown in errors, e.g. "kb/people.json". */
  path: string;
  text: string;
}

export interface SourcedEntity {
  file: string;
  entity: Entity;
}

export interface KbProblem {
  file: string;
  /** The id of the entry at fault (an entity's, or a statement's when `record` says so). */
  entityId?: string;
  record?: 'entity' | 'statement';
  field?: string;
  message: string;
}

export function formatProblem(problem: KbProblem): string {
  const where = [problem.file];
  if (problem.entityId !== undefined) where.push(`${problem.record ?? 'entity'} "${problem.entityId}"`);
  if (problem.field !== undefined) where.push(`field ${problem.field}`);
  return `${where.join(', ')}: ${problem.message}`;
}

/** A broken KB: every problem found, each naming its file, entity and field. */
export class KbError extends Error {
  readonly problems: readonly KbProblem[];

  constructor(problems: readonly KbProblem[]) {
    const shown = problems.slice(0, 20).map((problem) => `  - ${formatProblem(problem)}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super([`The knowledge base has ${problems.length} problem(s):`, ...shown, ...more].join('\n'));
    this.name = 'KbError';
    this.problems = problems;
  }
}

type Issue = v.BaseIssue<unknown>;
type IssuePath = readonly { key: unknown }[];

function fieldPath(path: IssuePath): string {
  let field = '';
  for (const { key } of path) field += typeof key === 'number' ? `[${key}]` : field === '' ? String(key) : `.${String(key)}`;
  return field;
}

/**
 * A union ("a string or an alias object") reports one vague issue at the union itself; the
 * branch that got furthest says what is actually wrong ("aliases[1].case: invalid option").
 * Sub-issues carry paths relative to their union.
 */
function mostSpecific(issue: Issue, base: IssuePath = []): { path: IssuePath; message: string } {
  const path: IssuePath = [...base, ...(issue.path ?? [])];
  let best: { path: IssuePath; message: string } = { path, message: issue.message };
  for (const sub of issue.issues ?? []) {
    if (!sub.path?.length) continue;
    const candidate = mostSpecific(sub, path);
    if (candidate.path.length > best.path.length) best = candidate;
  }
  return best;
}

export function idOf(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : `#${index}`;
}

/** A KB source already parsed from JSON (a pack's entity list, taken out of its envelope). */
export interface KbSourceData {
  path: string;
  data: unknown;
}

function parseFile(file: KbSourceFile | KbSourceData, problems: KbProblem[], rawIds: Set<string>): SourcedEntity[] {
  let data: unknown;
  if ('data' in file) {
    data = file.data;
  } else {
    try {
      data = JSON.parse(file.text);
    } catch (error) {
      problems.push({ file: file.path, message: `not valid JSON (${(error as Error).message})` });
      return [];
    }
  }
  if (!Array.isArray(data)) {
    problems.push({ file: file.path, message: 'must be a JSON array of entities' });
    return [];
  }
  const entities: SourcedEntity[] = [];
  data.forEach((raw: unknown, index) => {
    rawIds.add(idOf(raw, index));
    const result = v.safeParse(Entity, raw);
    if (result.success) {
      entities.push({ file: file.path, entity: result.output });
      return;
    }
    problems.push(...problemsOfIssues(result.issues, { file: file.path, entityId: idOf(raw, index) }));
  });
  return entities;
}

/** One problem per schema issue, naming the most specific field at fault. */
export function problemsOfIssues(issues: readonly Issue[], where: Pick<KbProblem, 'file' | 'entityId' | 'record'>): KbProblem[] {
  return issues.map((issue) => {
    const { path, message } = mostSpecific(issue);
    return { ...where, field: path.length > 0 ? fieldPath(path) : undefined, message };
  });
}

export const aliasText = (alias: Alias): string => (typeof alias === 'string' ? alias : alias.text);

/** A name can only be found if its matching form starts with a letter or digit. */
function unmatchableReason(text: string): string | undefined {
  const form = toMatchText(text.trim());
  let first = 0;
  while (first < form.length && classAt(form, first) === CharClass.Space) first++;
  if (first === form.length) return 'is empty once spaces and invisible characters are removed';
  const firstClass = classAt(form, first);
  if (firstClass !== CharClass.Word && firstClass !== CharClass.Unspaced) return 'must start with a letter or digit';
  for (let k = first; k < form.length; k++) if (classAt(form, k) === CharClass.Paragraph) return 'must not contain a blank line';
  return undefined;
}

function checkNames(sourced: SourcedEntity, problems: KbProblem[]): void {
  const { entity, file } = sourced;
  const lists: [string, readonly string[]][] = [
    ['aliases', entity.aliases.map(aliasText)],
    ['adjectives', entity.adjectives ?? []],
    ['context', entity.context ?? []],
  ];
  for (const [field, names] of lists) {
    const seen = new Map<string, number>();
    names.forEach((name, index) => {
      const reason = unmatchableReason(name);
      if (reason) problems.push({ file, entityId: entity.id, field: `${field}[${index}]`, message: `"${name}" ${reason}` });
      const key = name.normalize('NFC').trim();
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ file, entityId: entity.id, field: `${field}[${index}]`, message: `"${name}" repeats ${field}[${first}]` });
      } else {
        seen.set(key, index);
      }
    });
  }
}

function checkReferences(sourced: SourcedEntity, known: ReadonlySet<string>, problems: KbProblem[]): void {
  const { entity, file } = sourced;
  for (const [field, id] of referencesIn(entity)) {
    if (!known.has(id)) {
      problems.push({ file, entityId: entity.id, field, message: `refers to "${id}", which no KB file defines` });
    }
  }
}

export interface ParseKbOptions {
  /**
   * Ids defined outside these files that references may name: a reader's KB pack may point at
   * the bundled KB's entities ("country": "kazakhstan").
   */
  knownIds?: Iterable<string>;
}

/**
 * Validates KB source files against the schema and against each other (unique ids, references
 * that resolve, no repeated names) and returns their entities in file order. Throws a `KbError`
 * listing every problem.
 */
export function parseKbSources(files: readonly (KbSourceFile | KbSourceData)[], options: ParseKbOptions = {}): SourcedEntity[] {
  const problems: KbProblem[] = [];
  // Ids of invalid entities count as known, so that one broken entry reports once, not again
  // from every entry that refers to it.
  const known = new Set<string>(options.knownIds ?? []);
  const entities = files.flatMap((file) => parseFile(file, problems, known));

  const firstFile = new Map<string, string>();
  for (const { entity, file } of entities) {
    const other = firstFile.get(entity.id);
    if (other !== undefined) {
      problems.push({ file, entityId: entity.id, field: 'id', message: `is already defined in ${other}` });
    } else {
      firstFile.set(entity.id, file);
    }
  }
  for (const sourced of entities) {
    checkNames(sourced, problems);
    checkReferences(sourced, known, problems);
  }
  if (problems.length > 0) throw new KbError(problems);
  return entities;
}
