/** What the library and the background say to each other about KB packs. */
import type { PackMeta } from './format';
import type { PackReport } from './merge';

export type { IdCollision, Owner, PackReport, TakenName } from './merge';

/** A pack as stored (its entities are kept under their own key, see the background's packs.ts). */
export interface StoredPack extends PackMeta {
  id: string;
  /** The file it was imported from. */
  fileName: string;
  importedAt: number;
  enabled: boolean;
  /** Entities in the file. */
  total: number;
}

/** A pack as the library lists it: how it fares against the bundled KB and the packs before it. */
export interface PackSummary extends StoredPack {
  report: PackReport;
}

export interface PackList {
  packs: PackSummary[];
  limits: { bytes: number; entities: number; packs: number };
  /** How the background last readied the KB with the enabled packs, and how long it took. */
  build: PackBuild | null;
}

export interface PackBuild {
  /** `compiled`: validated packs compiled and merged with the bundled KB; `cached`: that result, stored, loaded again. */
  kind: 'compiled' | 'cached';
  /** Compiling the packs and merging them with the bundled KB (`compiled`), or loading the stored merge (`cached`). */
  ms: number;
  /** All of it, reading the bundled KB and the stored packs included. */
  totalMs: number;
  /** Entities in the merged KB. */
  entities: number;
  /** Reading the everyday-word list the compiler checks derived surnames against (`compiled` only). */
  wordsMs?: number;
}

export interface PackImportOutcome {
  pack: PackSummary;
  /** A pack of the same name was there before and has been replaced. */
  replaced: boolean;
}

const ownerName = (owner: PackReport['idCollisions'][number]['owner']): string =>
  owner.source === 'bundled' ? 'the bundled KB' : `the pack “${owner.pack}”`;

/** One sentence per kind of collision, for the import message and the list. */
export function describeCollisions(report: PackReport): string[] {
  const lines: string[] = [];
  if (report.idCollisions.length > 0) {
    const shown = report.idCollisions.slice(0, 5).map((collision) => `${collision.id} (kept from ${ownerName(collision.owner)})`);
    const more = report.idCollisions.length > 5 ? `, and ${report.idCollisions.length - 5} more` : '';
    lines.push(
      `${report.idCollisions.length} ${report.idCollisions.length === 1 ? 'entity is' : 'entities are'} left out because the id is already defined: ${shown.join(', ')}${more}.`,
    );
  }
  if (report.takenNames.length > 0) {
    const shown = report.takenNames.slice(0, 5).map((taken) => `“${taken.name}” stays with ${taken.ownerLabel} (${ownerName(taken.owner)})`);
    const more = report.takenNames.length > 5 ? `, and ${report.takenNames.length - 5} more` : '';
    lines.push(`${report.takenNames.length} ${report.takenNames.length === 1 ? 'name is' : 'names are'} already taken: ${shown.join('; ')}${more}.`);
  }
  return lines;
}
