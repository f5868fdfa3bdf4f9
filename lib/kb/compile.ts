import type { Statement } from '../quotes/schema';
import { parseStatementSources } from '../quotes/sources';
import { CaseFlag, CharClass } from '../text/chars';
import { CALENDAR_WORDS } from '../text/calendar';
import { caseAt, classAt, toMatchText } from '../text/normalize';
import { bodyNamesOf, countrylessNamesOf, type CountryNames, lowerCaseHeadsOf, lowerCaseTailsOf, yearlessNamesOf } from './name-variants';
import type { Entity } from './schema';
import { aliasText, KbError, parseKbSources, type KbSourceFile } from './sources';
import { CaseRule, HYPHEN, OutputInfo, OutputKind, SPACE, type OutputKindCode } from './tables';
import { serializeTables, type SerializedTables } from './tables-codec';
import { buildMatcherTables, type TrieEntry } from './trie-builder';

/** What a card needs about an entity: everything but the names used for matching. */
export type EntityRecord = Omit<Entity, 'aliases' | 'adjectives' | 'context'> & {
  /** The name of the reader's KB pack it comes from; absent for the bundled KB (see lib/packs). */
  pack?: string;
};

export const COMPILED_KB_FORMAT = 1;

/** The build's output (`kb.json`): entity records plus the matcher tables as base64 text. */
export interface CompiledKb {
  format: typeof COMPILED_KB_FORMAT;
  entities: EntityRecord[];
  matcher: SerializedTables;
  /** Recorded statements for the quote check (absent when the KB has none). */
  statements?: Statement[];
}

interface NameSpec {
  text: string;
  entity: number;
  kind: OutputKindCode;
  caseRule: keyof typeof CaseRule;
  weak: boolean;
  derived: boolean;
  ordinaryWord?: boolean;
}

export interface CompileOptions {
  /**
   * Whether a word (in matching form: lower case, accents folded) is an ordinary English word. A
   * person's surname derived from the full name that is one ("May", "Hunt") then counts only after
   * a title or mid-sentence (see `OutputInfo.isOrdinaryWord`). Month and weekday names are always
   * treated so. The build passes one built from a word list; lib/ reads no files.
   */
  isCommonWord?: (word: string) => boolean;
}

/** The trie key and capitals of one name, or null when nothing of it is left to match. */
function toTrieEntry(spec: NameSpec): TrieEntry | null {
  const form = toMatchText(spec.text);
  let start = 0;
  let end = form.length;
  const isSpace = (k: number): boolean => classAt(form, k) === CharClass.Space || classAt(form, k) === CharClass.Paragraph;
  while (start < end && isSpace(start)) start++;
  while (end > start && isSpace(end - 1)) end--;
  // "Russo-" is a combining form: it counts only before a hyphen ("Russo-Kazakh").
  let hyphenAfter = false;
  if (end > start && form.codes[end - 1] === HYPHEN) {
    hyphenAfter = true;
    end--;
    while (end > start && isSpace(end - 1)) end--;
  }
  if (end === start) return null;

  let key = '';
  const capitals = new Uint8Array(Math.ceil((end - start) / 8));
  for (let k = start; k < end; k++) {
    const code = form.codes[k]!;
    key += String.fromCharCode(code === HYPHEN || isSpace(k) ? SPACE : code);
    if (caseAt(form, k) === CaseFlag.Upper) capitals[(k - start) >> 3]! |= 1 << ((k - start) & 7);
  }
  const info = OutputInfo.pack({
    caseRule: CaseRule[spec.caseRule],
    weak: spec.weak,
    kind: spec.kind,
    hyphenAfter,
    derived: spec.derived,
    ordinaryWord: spec.ordinaryWord ?? false,
  });
  return { key, output: { entity: spec.entity, info, capitals } };
}

/** The matching form a name is filed under (case, accents and hyphens aside); undefined when nothing is left to match. */
export function nameKey(text: string): string | undefined {
  return toTrieEntry({ text, entity: 0, kind: OutputKind.name, caseRule: 'default', weak: false, derived: false })?.key;
}

const GENERATIONAL_SUFFIX = /^(?:jr|sr|[ivx]+)\.?$/i;
const STARTS_UPPER = /^\p{Lu}/u;
/** Titles that open a regnal or religious name: "Pope Francis" has no surname "Francis". */
const STYLED_NAME = /^(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Emir|Sheikh|Sultan|Saint|St\.?|Patriarch|Metropolitan|Cardinal|Ayatollah|Grand)$/u;

/**
 * A person's bare surname, derived from a full name, so that "Tokayev" is him once the article has
 * named "Kassym-Jomart Tokayev". Only from names whose every word is capitalised (not "Attila the
 * Hun", "Mohammed bin Salman") that no title opens ("Pope Francis", "King Charles III"), and weak: it counts only where the text also has the full name
 * (and, when it is an ordinary word like "May", only where a name is plainly meant).
 */
function surnameOf(fullName: string): string | undefined {
  const words = fullName.trim().split(/\s+/u);
  if (words.length < 2 || !words.every((word) => STARTS_UPPER.test(word)) || STYLED_NAME.test(words[0]!)) return undefined;
  const last = words[words.length - 1]!;
  if (GENERATIONAL_SUFFIX.test(last) || last.replace(/[^\p{L}]/gu, '').length < 3) return undefined;
  return last;
}

/** The trie entries of one entity: its aliases, label, derived surnames and yearless names, adjectives and cues. */
function entriesOf(entity: Entity, index: number, isCommonWord: (word: string) => boolean, entityOf: (id: string) => Entity | undefined): TrieEntry[] {
  const entries: TrieEntry[] = [];
  const nameKeys = new Set<string>();
  const add = (text: string, kind: OutputKindCode, extra: Partial<NameSpec> = {}): void => {
    const spec: NameSpec = { text, entity: index, kind, caseRule: 'default', weak: false, derived: false, ...extra };
    // "May" is a month before it is anyone's name, however the KB came to list it.
    if (entity.type === 'person' && kind === OutputKind.name && CALENDAR_WORDS.has(keyOf(text) ?? '')) spec.ordinaryWord = true;
    const entry = toTrieEntry(spec);
    if (!entry) return;
    entries.push(entry);
    if (kind === OutputKind.name) nameKeys.add(entry.key);
  };
  const keyOf = (text: string): string | undefined =>
    toTrieEntry({ text, entity: index, kind: OutputKind.name, caseRule: 'default', weak: false, derived: false })?.key;

  for (const alias of entity.aliases) {
    if (typeof alias === 'string') add(alias, OutputKind.name);
    else add(alias.text, OutputKind.name, { caseRule: alias.case ?? 'default', weak: alias.weak ?? false });
  }
  // The label is a name too, unless it carries a Wikipedia-style qualifier or an alias restates it
  // exactly: an alias in other capitals ("LUKoil" for "Lukoil") must not hide the label's own form.
  const labelKey = keyOf(entity.label);
  const restated = entity.aliases.some((alias) => aliasText(alias) === entity.label);
  if (!entity.label.includes('(') && labelKey !== undefined && !restated) add(entity.label, OutputKind.name);
  if (entity.type === 'person') {
    const strongNames = [entity.label, ...entity.aliases.filter((alias) => typeof alias === 'string' || !alias.weak).map(aliasText)];
    for (const fullName of strongNames) {
      const surname = surnameOf(fullName);
      const surnameKey = surname === undefined ? undefined : keyOf(surname);
      if (surname === undefined || surnameKey === undefined || nameKeys.has(surnameKey)) continue;
      add(surname, OutputKind.name, { weak: true, derived: true, ordinaryWord: isCommonWord(surnameKey) });
    }
  }
  // Derived weak names never shadow a name the entity already has.
  const addWeak = (names: readonly string[], derived: boolean): void => {
    for (const name of names) if (!nameKeys.has(keyOf(name) ?? '')) add(name, OutputKind.name, { weak: true, derived });
  };
  const labelOfId = (id: string | undefined): string | undefined => (id === undefined ? undefined : entityOf(id)?.label);
  const countryNamesOf = (id: string): CountryNames | undefined => {
    const country = entityOf(id);
    return country && { label: country.label, adjectives: country.adjectives ?? [] };
  };
  addWeak(yearlessNamesOf(entity, labelOfId(entity.place)), false);
  for (const name of [...lowerCaseHeadsOf(entity), ...lowerCaseTailsOf(entity)]) add(name, OutputKind.name);
  addWeak([...bodyNamesOf(entity, entity.country === undefined ? undefined : countryNamesOf(entity.country)), ...countrylessNamesOf(entity)], true);
  for (const adjective of entity.adjectives ?? []) add(adjective, OutputKind.adjective);
  // A cue that is one of the entity's own names would confirm every weak use of that name by itself.
  for (const cue of entity.context ?? []) if (!nameKeys.has(keyOf(cue) ?? '')) add(cue, OutputKind.cue);
  return entries;
}

function toRecord(entity: Entity): EntityRecord {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { aliases, adjectives, context, ...record } = entity;
  return record;
}

/**
 * The trie entries of validated entities, numbered from `firstIndex`: a KB pack's entities are
 * compiled to follow the bundled KB's in one matcher (see lib/packs/merge.ts).
 */
export function compileEntries(entities: readonly Entity[], options: CompileOptions = {}, firstIndex = 0): TrieEntry[] {
  const isCommonWord = options.isCommonWord ?? ((): boolean => false);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const entityOf = (id: string): Entity | undefined => byId.get(id);
  return entities.flatMap((entity, index) => entriesOf(entity, firstIndex + index, isCommonWord, entityOf));
}

/** Compiles validated entities (and statements, if any) into the artifact the extension loads. */
export function compileKb(entities: readonly Entity[], statements: readonly Statement[] = [], options: CompileOptions = {}): CompiledKb {
  const matcher = serializeTables(buildMatcherTables(compileEntries(entities, options)));
  const compiled: CompiledKb = { format: COMPILED_KB_FORMAT, entities: entities.map(toRecord), matcher };
  if (statements.length > 0) compiled.statements = [...statements];
  return compiled;
}

/**
 * Validates and compiles KB source files (entities) and statement files; throws a `KbError`
 * naming file, entity or statement, and field.
 */
export function compileKbSources(
  files: readonly KbSourceFile[],
  statementFiles: readonly KbSourceFile[] = [],
  options: CompileOptions = {},
): CompiledKb {
  const entities = parseKbSources(files).map(({ entity }) => entity);
  const entityTypes = new Map(entities.map((entity) => [entity.id, entity.type]));
  const { statements, problems } = parseStatementSources(statementFiles, entityTypes);
  if (problems.length > 0) throw new KbError(problems);
  return compileKb(entities, statements, options);
}
