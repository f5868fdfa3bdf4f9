import { assertLittleEndian } from './base64';
import { COMPILED_KB_FORMAT, type CompiledKb, type EntityRecord } from './compile';
import type { MatcherTables } from './tables';
import { referencesIn } from './references';
import { deserializeTables } from './tables-codec';

/** The compiled KB, ready for `recognize`. */
export interface Kb {
  entities: readonly EntityRecord[];
  tables: MatcherTables;
  indexById: ReadonlyMap<string, number>;
  /**
   * For each entity, the entities it is tied to in either direction (related, country, place,
   * participants, the bodies its roles belong to): a mention of one makes the other likelier.
   */
  links: readonly (readonly number[])[];
  /**
   * For each entity, the entities its own record names (an officeholder names the office's body,
   * a city its country): one way only, so a mention of a specific thing points at what it belongs
   * to, while a hub that half the KB names points at nothing in particular.
   */
  references: readonly (readonly number[])[];
  /** The root's child for every UTF-16 unit (-1: none): the first step of each walk is one load. */
  rootChild: Int32Array;
}

function buildLinks(entities: readonly EntityRecord[], indexById: ReadonlyMap<string, number>): Pick<Kb, 'links' | 'references'> {
  const links = entities.map(() => new Set<number>());
  const references = entities.map(() => new Set<number>());
  entities.forEach((record, index) => {
    for (const [, id] of referencesIn(record)) {
      const other = indexById.get(id);
      if (other === undefined || other === index) continue;
      references[index]!.add(other);
      links[index]!.add(other);
      links[other]!.add(index);
    }
  });
  return { links: links.map((set) => [...set]), references: references.map((set) => [...set]) };
}

function rootChildTable(tables: MatcherTables): Int32Array {
  const table = new Int32Array(0x10000).fill(-1);
  for (let child = tables.childStart[0]!; child < tables.childStart[1]!; child++) table[tables.nodeChar[child]!] = child;
  return table;
}

/** Turns the build's `kb.json` (already parsed) into a `Kb`. Throws on anything malformed. */
export function loadKb(compiled: unknown): Kb {
  assertLittleEndian();
  if (typeof compiled !== 'object' || compiled === null) throw new Error('compiled KB must be an object');
  const { format, entities, matcher } = compiled as Partial<CompiledKb>;
  if (format !== COMPILED_KB_FORMAT) throw new Error(`compiled KB has format ${String(format)}, expected ${COMPILED_KB_FORMAT}`);
  if (!Array.isArray(entities) || typeof matcher !== 'object' || matcher === null) throw new Error('compiled KB lacks entities or matcher');
  return assembleKb(entities, deserializeTables(matcher as unknown as Record<string, unknown>));
}

/** A `Kb` from entity records and the matcher tables that name them (the bundled KB merged with packs). */
export function assembleKb(entities: readonly EntityRecord[], tables: MatcherTables): Kb {
  const indexById = new Map(entities.map((record, index) => [record.id, index]));
  for (let k = 0; k < tables.outputEntity.length; k++) {
    if (tables.outputEntity[k]! >= entities.length) throw new Error('compiled KB is corrupt: a name points past the entity list');
  }
  return { entities, tables, indexById, ...buildLinks(entities, indexById), rootChild: rootChildTable(tables) };
}

/** The card data for an entity id, or undefined when the KB has no such entity. */
export function getEntity(kb: Kb, id: string): EntityRecord | undefined {
  const index = kb.indexById.get(id);
  return index === undefined ? undefined : kb.entities[index];
}
