/**
 * One KB from the bundled one and the reader's enabled packs, so the recognizer (which knows
 * nothing of packs) sees a single matcher: the bundled trie's entries are read back out of its
 * tables, each pack is compiled by the KB compiler with its entities numbered after the bundled
 * ones, and the trie is rebuilt from the union.
 *
 * Precedence is by source, in order: the bundled KB, then the packs as listed (oldest import
 * first). An earlier source always wins:
 * - an id an earlier source defines: the pack's entity is left out (reported);
 * - a name or adjective an earlier source uses (compared in matching form: case, accents and
 *   hyphens aside): the pack's entity does not get it (reported; its other names still work).
 *   Within one source a shared name stays shared, as in the bundled KB.
 * Otherwise recognition is as ever, leftmost-longest: a pack's "Almaty Region" wins over the
 * bundled "Almaty" where the text says "Almaty Region".
 */
import { compileEntries, nameKey, type CompileOptions, type EntityRecord } from '../kb/compile';
import { assembleKb, type Kb } from '../kb/load';
import type { Entity } from '../kb/schema';
import { aliasText } from '../kb/sources';
import { OutputInfo, OutputKind, type MatcherTables } from '../kb/tables';
import { buildMatcherTables, type TrieEntry } from '../kb/trie-builder';

export interface PackInput {
  id: string;
  name: string;
  enabled: boolean;
  entities: readonly Entity[];
}

/** Where an id or a name already belongs: the bundled KB, or an earlier pack by name. */
export type Owner = { source: 'bundled' } | { source: 'pack'; pack: string };

export interface IdCollision {
  id: string;
  owner: Owner;
}

export interface TakenName {
  entityId: string;
  /** As the pack writes it. */
  name: string;
  /** The entity the name stays with. */
  ownerId: string;
  ownerLabel: string;
  owner: Owner;
}

export interface PackReport {
  packId: string;
  /** Entities in use: the pack's, less those whose id an earlier source defines. */
  entities: number;
  idCollisions: IdCollision[];
  /** Names (aliases, labels, adjectives) the pack's entities lose to an earlier source. */
  takenNames: TakenName[];
}

export interface MergedKb {
  kb: Kb;
  /** One per pack given, enabled or not: a disabled pack is judged as if it were enabled in its place. */
  reports: PackReport[];
}

const entriesByTables = new WeakMap<MatcherTables, TrieEntry[]>();

/** Every (key, output) pair of a built trie: the inverse of `buildMatcherTables`. */
export function entriesOfTables(tables: MatcherTables): TrieEntry[] {
  const cached = entriesByTables.get(tables);
  if (cached) return cached;
  const { childStart, nodeChar, outputStart, outputEntity, outputInfo, outputCase, casePool } = tables;
  const nodes = nodeChar.length;
  const keys: string[] = new Array<string>(nodes);
  keys[0] = '';
  const entries: TrieEntry[] = [];
  // Breadth-first layout: a node's parent always comes before it.
  for (let node = 0; node < nodes; node++) {
    const key = keys[node]!;
    for (let child = childStart[node]!; child < childStart[node + 1]!; child++) keys[child] = key + String.fromCharCode(nodeChar[child]!);
    for (let output = outputStart[node]!; output < outputStart[node + 1]!; output++) {
      const offset = outputCase[output]!;
      entries.push({
        key,
        output: { entity: outputEntity[output]!, info: outputInfo[output]!, capitals: casePool.slice(offset, offset + Math.ceil(key.length / 8)) },
      });
    }
  }
  entriesByTables.set(tables, entries);
  return entries;
}

const isNameOrAdjective = (info: number): boolean => OutputInfo.kind(info) !== OutputKind.cue;

/** The name as the pack wrote it ("Alma-Ata" for the key "alma ata"). */
function writtenName(entity: Entity, key: string): string {
  const written = [entity.label, ...entity.aliases.map(aliasText), ...(entity.adjectives ?? [])];
  return written.find((name) => nameKey(name) === key) ?? key;
}

function packRecord(entity: Entity, pack: string): EntityRecord {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { aliases, adjectives, context, ...record } = entity;
  return { ...record, pack };
}

/**
 * Merges the enabled packs into the bundled KB by the precedence above. Returns the bundled KB
 * itself when no pack is enabled. `options` are the compiler's: the background passes the
 * build's everyday words (lib/packs/word-list.ts) as `isCommonWord`, as the bundled KB was built.
 */
export function mergePacks(bundled: Kb, packs: readonly PackInput[], options: CompileOptions = {}): MergedKb {
  const entities: EntityRecord[] = [...bundled.entities];
  const bundledEntries = entriesOfTables(bundled.tables);
  const entries: TrieEntry[] = [...bundledEntries];
  const idOwner = new Map<string, Owner>(bundled.entities.map((record) => [record.id, { source: 'bundled' }]));
  /** Name key → the first entity that has it, and its source. */
  const nameOwner = new Map<string, { entity: number; owner: Owner }>();
  for (const { key, output } of bundledEntries) {
    if (isNameOrAdjective(output.info) && !nameOwner.has(key)) nameOwner.set(key, { entity: output.entity, owner: { source: 'bundled' } });
  }

  const reports = packs.map((pack): PackReport => {
    const idCollisions: IdCollision[] = [];
    const kept = pack.entities.filter((entity) => {
      const owner = idOwner.get(entity.id);
      if (owner) idCollisions.push({ id: entity.id, owner });
      return !owner;
    });
    const firstIndex = entities.length;
    const own: Owner = { source: 'pack', pack: pack.name };
    const takenNames: TakenName[] = [];
    const reported = new Set<string>();
    const accepted: TrieEntry[] = [];
    const claimed = new Map<string, number>();
    for (const entry of compileEntries(kept, options, firstIndex)) {
      const previous = isNameOrAdjective(entry.output.info) ? nameOwner.get(entry.key) : undefined;
      if (!previous) {
        accepted.push(entry);
        if (isNameOrAdjective(entry.output.info) && !claimed.has(entry.key)) claimed.set(entry.key, entry.output.entity);
        continue;
      }
      const entity = kept[entry.output.entity - firstIndex]!;
      const entityId = entity.id;
      // Surnames the compiler derives are the pack's to lose quietly; written names are reported.
      if (OutputInfo.isDerived(entry.output.info) || reported.has(`${entityId}\u0000${entry.key}`)) continue;
      reported.add(`${entityId}\u0000${entry.key}`);
      const ownerRecord = entities[previous.entity]!;
      takenNames.push({ entityId, name: writtenName(entity, entry.key), ownerId: ownerRecord.id, ownerLabel: ownerRecord.label, owner: previous.owner });
    }
    if (pack.enabled) {
      for (const entity of kept) {
        entities.push(packRecord(entity, pack.name));
        idOwner.set(entity.id, own);
      }
      entries.push(...accepted);
      for (const [key, entity] of claimed) nameOwner.set(key, { entity, owner: own });
    }
    return { packId: pack.id, entities: kept.length, idCollisions, takenNames };
  });

  if (entities.length === bundled.entities.length) return { kb: bundled, reports };
  return { kb: assembleKb(entities, buildMatcherTables(entries)), reports };
}
