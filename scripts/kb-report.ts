/**
 * `npm run kb:report [-- --strict] [-- --all]`: the KB review report.
 *
 * - counts by type, by kind and by region (a place's region, or that of the country, place or
 *   office it is tied to);
 * - entities without a Wikidata id, and sources that are not the named Wikipedia article;
 * - ids that do not follow the id rule (the Wikipedia title, folded);
 * - names shared by several entities: each entity sharing one must have a disambiguation rule,
 *   that is `context` cues or the name marked `weak` (rule violation otherwise);
 * - names that are common English words (per the `word-list` package): each must require its
 *   capitals (a capitalised form with case "default" or "exact") or be `weak`, so that it only
 *   counts with support in the text (rule violation otherwise).
 *
 * - aliases that swallow the place an event is held in ("G7 summit in Kananaskis": the gold marks
 *   the summit and the place apart) (rule violation);
 * - the offices the KB must know since 2014 (`lib/roles/coverage.ts`) and the stretches with no
 *   holder (warning);
 * - titles checked against stored English Wikipedia pages (`kb/checked/*.tsv`): how many KB
 *   titles were confirmed, and any KB entity still using a title Wikipedia moved (rule violation);
 *
 * With `--strict` the exit code is 1 when a rule is violated. Lists are cut to 40 lines unless
 * `--all` is given.
 */
import countries from 'world-countries';
import { parseTitleChecks, titleCheckFindings } from '../lib/kb/checked-titles';
import { loadKb } from '../lib/kb/load';
import { referencesIn } from '../lib/kb/references';
import { officeGaps, officeOverlaps, REQUIRED_OFFICES } from '../lib/roles/coverage';
import { roleIndexOf } from '../lib/roles/holders';
import { aliasText, formatProblem, KbError, parseKbSources, type SourcedEntity } from '../lib/kb/sources';
import type { Alias, Entity } from '../lib/kb/schema';
import { countryTitle, fold, idFromTitle } from './kb-countries';
import { compileKbFromDisk, readKbSourceFiles, readTitleCheckFiles } from './kb-files';
import { commonWords } from './kb-words';

interface Name {
  text: string;
  entity: Entity;
  file: string;
  weak: boolean;
  caseRule: 'default' | 'exact' | 'any';
  kind: 'alias' | 'label' | 'adjective';
}

const args = new Set(process.argv.slice(2));
const strict = args.has('--strict');
const showAll = args.has('--all');
const LIMIT = 40;
/** The issue asks for the offices' holders since 2014. */
const COVERAGE_FROM = '2014-01-01';
const EVENT_AT_A_PLACE = /\b(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Ff]orum|[Cc]onference|[Vv]isit|[Pp]arade|[Rr]ally|[Cc]eremony|[Nn]egotiations)\s+(?:in|at)\s+\p{Lu}/u;

function namesOf({ entity, file }: SourcedEntity): Name[] {
  const names: Name[] = entity.aliases.map((alias: Alias) => ({
    text: aliasText(alias),
    entity,
    file,
    weak: typeof alias === 'object' && alias.weak === true,
    caseRule: (typeof alias === 'object' && alias.case) || 'default',
    kind: 'alias' as const,
  }));
  // The compiler makes the label a name too, unless it carries a qualifier or an alias restates it.
  const keys = new Set(names.map((name) => fold(name.text)));
  if (!entity.label.includes('(') && !keys.has(fold(entity.label))) {
    names.push({ text: entity.label, entity, file, weak: false, caseRule: 'default', kind: 'label' });
  }
  for (const adjective of entity.adjectives ?? []) {
    names.push({ text: adjective, entity, file, weak: false, caseRule: 'default', kind: 'adjective' });
  }
  return names;
}

/** Region of each country title, from the package's subregion ("Central Asia", "Eastern Europe"). */
const regionByTitle = new Map(countries.map((country) => [countryTitle(country), country.subregion || country.region]));

function regionResolver(entities: readonly Entity[]): (entity: Entity) => string {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const memo = new Map<string, string | undefined>();
  const find = (entity: Entity, depth: number): string | undefined => {
    const own = regionByTitle.get(entity.wikipedia);
    if (own) return own;
    if (depth === 0) return undefined;
    for (const [, id] of referencesIn(entity)) {
      const other = byId.get(id);
      const region = other && find(other, depth - 1);
      if (region) return region;
    }
    return undefined;
  };
  return (entity) => {
    if (!memo.has(entity.id)) memo.set(entity.id, find(entity, 3));
    return memo.get(entity.id) ?? 'no region';
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function printList(title: string, lines: readonly string[]): void {
  console.log(`\n## ${title} (${lines.length})`);
  for (const line of showAll ? lines : lines.slice(0, LIMIT)) console.log(`  ${line}`);
  if (!showAll && lines.length > LIMIT) console.log(`  … ${lines.length - LIMIT} more (--all)`);
}

const where = (name: Name): string => `${name.entity.id} [${name.file}]`;

/** Whole-text words of the name, lower-cased, when every one of them is an English word. */
function isCommonWord(text: string, words: ReadonlySet<string>): boolean {
  const parts = fold(text).split(/[\s/]+/u).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => words.has(part.replace(/['.]/g, '')));
}

const requiresCapitals = (name: Name): boolean => name.caseRule !== 'any' && /\p{Lu}/u.test(name.text);

function main(): void {
  let sourced: SourcedEntity[];
  try {
    sourced = parseKbSources(readKbSourceFiles());
  } catch (error) {
    if (!(error instanceof KbError)) throw error;
    console.log('The KB does not validate:');
    for (const problem of error.problems) console.log(`  ${formatProblem(problem)}`);
    process.exitCode = 1;
    return;
  }
  const entities = sourced.map(({ entity }) => entity);
  const regionOf = regionResolver(entities);
  const names = sourced.flatMap(namesOf);
  const aliasCount = sourced.reduce((sum, { entity }) => sum + entity.aliases.length, 0);

  console.log(`# Knowledge base report\n\n${entities.length} entities, ${aliasCount} aliases, ${names.length} names with labels and adjectives.`);
  console.log('\n## By file');
  for (const [file, count] of countBy(sourced, ({ file }) => file)) console.log(`  ${String(count).padStart(5)}  ${file}`);
  console.log('\n## By type');
  for (const [type, count] of countBy(entities, (entity) => entity.type)) console.log(`  ${String(count).padStart(5)}  ${type}`);
  console.log('\n## By type and region');
  for (const [key, count] of countBy(entities, (entity) => `${entity.type.padEnd(12)} ${regionOf(entity)}`)) {
    console.log(`  ${String(count).padStart(5)}  ${key}`);
  }

  const noWikidata = entities.filter((entity) => entity.wikidata === undefined);
  console.log(`\n## Without a Wikidata id (${noWikidata.length})`);
  for (const [file, count] of countBy(sourced.filter(({ entity }) => entity.wikidata === undefined), ({ file }) => file)) {
    console.log(`  ${String(count).padStart(5)}  ${file}`);
  }
  printList(
    'Source is not the named Wikipedia article',
    sourced
      .filter(({ entity }) => decodeURI(entity.source) !== `https://en.wikipedia.org/wiki/${entity.wikipedia}`)
      .map(({ entity, file }) => `${entity.id} [${file}]: ${entity.source}`),
  );
  printList(
    'Id does not follow the id rule (warning)',
    sourced
      .filter(({ entity }) => entity.id !== idFromTitle(entity.wikipedia))
      .map(({ entity, file }) => `${entity.id} [${file}]: expected "${idFromTitle(entity.wikipedia)}" from ${entity.wikipedia}`),
  );

  const violations: string[] = [];

  const { checks, problems: checkProblems } = parseTitleChecks(readTitleCheckFiles());
  const titleFindings = titleCheckFindings(entities, checks);
  console.log(
    `\n## Titles checked against a stored copy of English Wikipedia\n  ${titleFindings.confirmed.length} confirmed as articles, ` +
      `${titleFindings.unanswered.length} looked for without an answer, ${entities.length - titleFindings.confirmed.length} not confirmed (kb/checked/*.tsv)`,
  );
  const titleViolations = [
    ...checkProblems,
    ...titleFindings.conflicts,
    ...titleFindings.stillMoved.map(({ entity, check }) => `${entity.id}: Wikipedia moved ${entity.wikipedia} to ${check.verdict.kind === 'moved' ? check.verdict.to : '?'} (${check.where})`),
  ];
  printList('VIOLATION: title checks that are malformed, disagree, or that the KB does not follow', titleViolations);
  violations.push(...titleViolations);

  // Shared names: every entity that shares a name needs context cues, or the name must be weak there.
  const byKey = new Map<string, Name[]>();
  for (const name of names.filter((n) => n.kind !== 'adjective')) {
    const key = fold(name.text);
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key)!.push(name);
  }
  const sharedLines: string[] = [];
  const sharedViolations: string[] = [];
  for (const [, group] of [...byKey].sort((a, b) => a[0].localeCompare(b[0]))) {
    const ids = new Set(group.map((name) => name.entity.id));
    if (ids.size < 2) continue;
    // Exact-case names with different capitals never meet the same text ("US" and "Us").
    const exactForms = new Set(group.filter((name) => name.caseRule === 'exact').map((name) => name.text));
    if (exactForms.size === group.length && group.length > 1) continue;
    const unruled = group.filter((name) => !name.weak && (name.entity.context ?? []).length === 0);
    const line = `"${group[0]!.text}": ${group.map((name) => `${where(name)}${name.weak ? ' weak' : ''}${name.entity.context?.length ? ' +context' : ''}`).join(', ')}`;
    sharedLines.push(line);
    if (unruled.length > 0) sharedViolations.push(`${line}  ← no rule on ${unruled.map((name) => name.entity.id).join(', ')}`);
  }
  printList('Names shared by several entities', sharedLines);
  printList('VIOLATION: shared names without a disambiguation rule (context cues or weak)', sharedViolations);
  violations.push(...sharedViolations);

  // Adjectives shared by several entities are decided by the text's other evidence (warning only).
  const adjectiveGroups = new Map<string, Name[]>();
  for (const name of names.filter((n) => n.kind === 'adjective')) {
    const key = fold(name.text);
    if (!adjectiveGroups.has(key)) adjectiveGroups.set(key, []);
    adjectiveGroups.get(key)!.push(name);
  }
  printList(
    'Adjectives shared by several entities (warning)',
    [...adjectiveGroups.values()]
      .filter((group) => new Set(group.map((name) => name.entity.id)).size > 1)
      .map((group) => `"${group[0]!.text}": ${group.map(where).join(', ')}`),
  );

  // Common English words: they must need their capitals, or be weak.
  const words = commonWords();
  const common = names.filter((name) => isCommonWord(name.text, words));
  const commonViolations = common
    .filter((name) => !name.weak && !requiresCapitals(name))
    .map((name) => `"${name.text}" (${name.kind}, case ${name.caseRule}) ${where(name)}`);
  printList('VIOLATION: common-word names that match without capitals and are not weak', commonViolations);
  violations.push(...commonViolations);
  printList(
    'One-word common-word names that need their capitals (fine; watch sentence starts)',
    common
      .filter((name) => !name.weak && requiresCapitals(name) && !/\s/.test(name.text.trim()))
      .map((name) => `"${name.text}" (${name.kind}) ${where(name)}`),
  );

  // "The G7 summit in Kananaskis": the gold marks the summit and the place apart, so no alias may swallow the place.
  const placeAfterEvent = names
    .filter((name) => name.kind === 'alias' && EVENT_AT_A_PLACE.test(name.text))
    .map((name) => `"${name.text}" ${where(name)}: name the event without "in <place>"; the place is a mention of its own`);
  printList('VIOLATION: aliases that swallow the place an event is held in', placeAfterEvent);
  violations.push(...placeAfterEvent);

  // The offices the issue asks for since 2014: a stretch with no holder is a card that shows nobody.
  const today = new Date().toISOString().slice(0, 10);
  const roleIndex = roleIndexOf(loadKb(compileKbFromDisk()));
  const gaps = officeGaps(roleIndex, REQUIRED_OFFICES, COVERAGE_FROM, today);
  printList(
    `Required offices without a holder, ${COVERAGE_FROM} to today (warning; ${REQUIRED_OFFICES.length} offices asked for)`,
    gaps.map((gap) => `${gap.jurisdiction} ${gap.office}: ${gap.from} – ${gap.to}`),
  );
  // Two holders at once is a term left open after the successor's began: a card would show the wrong one.
  const overlaps = officeOverlaps(roleIndex, REQUIRED_OFFICES, COVERAGE_FROM, today).map(
    (overlap) => `${overlap.jurisdiction} ${overlap.office}: ${overlap.holders.join(' and ')} both, ${overlap.from} – ${overlap.to}`,
  );
  printList('VIOLATION: required offices held by two people at once', overlaps);
  violations.push(...overlaps);

  console.log(`\n${violations.length === 0 ? 'No rule violations.' : `${violations.length} rule violation(s).`}`);
  if (strict && violations.length > 0) process.exitCode = 1;
}

main();
