import type { Kb } from '../kb/load';
import { OutputInfo, OutputKind } from '../kb/tables';
import type { Candidate } from './scan';

/** One entity a candidate may name, and how. */
export interface Reading {
  entity: number;
  /** Some non-weak name of the entity matched here. */
  strongName: boolean;
  /** Some name (weak or strong) matched here, rather than only an adjective. */
  name: boolean;
  /** Some weak name written in the KB matched here (not only a surname the compiler derived). */
  writtenWeakName: boolean;
  adjective: boolean;
}

export function readingsOf(kb: Kb, candidate: Candidate): Reading[] {
  const readings: Reading[] = [];
  for (const output of candidate.outputs) {
    const entity = kb.tables.outputEntity[output]!;
    const info = kb.tables.outputInfo[output]!;
    // Candidates hold one to a few outputs: a scan beats a Map.
    let reading = readings.find((existing) => existing.entity === entity);
    if (!reading) readings.push((reading = { entity, strongName: false, name: false, writtenWeakName: false, adjective: false }));
    if (OutputInfo.kind(info) === OutputKind.adjective) {
      reading.adjective = true;
    } else {
      reading.name = true;
      if (!OutputInfo.isWeak(info)) reading.strongName = true;
      else if (!OutputInfo.isDerived(info)) reading.writtenWeakName = true;
    }
  }
  return readings;
}
