/**
 * The KB pack format: extra entities a reader imports (a newsroom's beat, a region), in the
 * bundled KB's own schema (`lib/kb/schema.ts`) and checked by the same validation, so a pack's
 * errors read exactly like the build's. A pack file is either a bare JSON array of entities (as in
 * `kb/*.json`; the file name names the pack) or an object:
 *
 *     { "name": "…", "version": "…", "description": "…", "entities": [ … ] }
 *
 * Entities may refer to the bundled KB's ids ("country": "kazakhstan") and to each other.
 */
import * as v from 'valibot';
import type { Entity } from '../kb/schema';
import { formatProblem, parseKbSources, KbError, problemsOfIssues, type KbProblem } from '../kb/sources';

export const PACK_LIMITS = {
  /** Bytes of UTF-8 in one pack file. */
  bytes: 5 * 1024 * 1024,
  entities: 5_000,
  /** Packs stored at once. */
  packs: 10,
} as const;

const PackEnvelope = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(80, 'must be at most 80 characters')),
  version: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40, 'must be at most 40 characters'))),
  description: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(400, 'must be at most 400 characters'))),
  entities: v.array(v.unknown(), 'must be an array of entities'),
});

export interface PackMeta {
  name: string;
  version?: string;
  description?: string;
}

export interface ParsedPack extends PackMeta {
  entities: Entity[];
}

export type PackParse = { ok: true; pack: ParsedPack } | { ok: false; problems: KbProblem[]; message: string };

/** "beat.kb.json" → "beat.kb": the name of a pack written as a bare array. */
function nameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.json$/i, '').trim();
  return base === '' ? 'Untitled pack' : base.slice(0, 80);
}

function rejected(fileName: string, problems: KbProblem[]): PackParse {
  const shown = problems.slice(0, 10).map((problem) => `- ${formatProblem(problem)}`);
  const more = problems.length > 10 ? [`… and ${problems.length - 10} more`] : [];
  const header = `${fileName} was not imported: ${problems.length === 1 ? 'one problem' : `${problems.length} problems`}; nothing changed.`;
  return { ok: false, problems, message: [header, ...shown, ...more].join('\n') };
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Parses and validates a pack file. `bundledIds` are the ids its references may name besides its
 * own. Never throws: a bad pack comes back with every problem, each naming the entry (its id) and
 * the field, as the bundled KB's validation words them.
 */
export function parsePack(fileName: string, text: string, bundledIds: Iterable<string>): PackParse {
  const file = fileName.trim() || 'pack.json';
  const size = utf8Length(text);
  if (size > PACK_LIMITS.bytes) {
    return rejected(file, [{ file, message: `is ${megabytes(size)}; a pack may be at most ${megabytes(PACK_LIMITS.bytes)}` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return rejected(file, [{ file, message: `is not a JSON file (${(error as Error).message})` }]);
  }

  let meta: PackMeta;
  let entities: unknown[];
  if (Array.isArray(data)) {
    meta = { name: nameFromFile(file) };
    entities = data;
  } else if (typeof data === 'object' && data !== null) {
    const envelope = v.safeParse(PackEnvelope, data);
    if (!envelope.success) return rejected(file, problemsOfIssues(envelope.issues, { file }));
    const { entities: list, ...rest } = envelope.output;
    meta = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined && value !== '')) as unknown as PackMeta;
    entities = list;
  } else {
    return rejected(file, [{ file, message: 'must be a JSON array of entities, or an object with "name" and "entities"' }]);
  }

  if (entities.length === 0) return rejected(file, [{ file, field: 'entities', message: 'is empty: a pack needs at least one entity' }]);
  if (entities.length > PACK_LIMITS.entities) {
    return rejected(file, [
      { file, field: 'entities', message: `has ${entities.length.toLocaleString('en')} entities; a pack may have at most ${PACK_LIMITS.entities.toLocaleString('en')}` },
    ]);
  }
  try {
    const sourced = parseKbSources([{ path: file, data: entities }], { knownIds: bundledIds });
    return { ok: true, pack: { ...meta, entities: sourced.map(({ entity }) => entity) } };
  } catch (error) {
    if (error instanceof KbError) return rejected(file, [...error.problems]);
    throw error;
  }
}
