import type { Kb } from '../kb/load';
import { OutputInfo, OutputKind } from '../kb/tables';
import type { MatchText } from '../text/normalize';
import type { Candidate, ScanResult } from './scan';
import { followsHonorific } from './honorifics';

/** One entity a candidate may name, and how. */
interface Reading {
  entity: number;
  /** Some non-weak name of the entity matched here. */
  strongName: boolean;
  /** Some name (weak or strong) matched here, rather than only an adjective. */
  name: boolean;
  /** Some weak name written in the KB matched here (not only a surname the compiler derived). */
  writtenWeakName: boolean;
  adjective: boolean;
}

export interface Resolved {
  candidate: Candidate;
  entity: number;
  kind: 'name' | 'adjective';
}

function readingsOf(kb: Kb, candidate: Candidate): Reading[] {
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

/**
 * Leftmost-longest: a name nested in a longer one ("Collective Security Treaty") does not count,
 * even when the longer one is later left out as ambiguous (its words name something else).
 */
function withoutNested(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let coveredUntil = 0;
  for (const candidate of candidates) {
    if (candidate.start < coveredUntil) continue;
    kept.push(candidate);
    coveredUntil = candidate.end;
  }
  return kept;
}

/** What the whole text says about each entity, before any ambiguous name is decided. */
class Evidence {
  /** Entities named unambiguously by a strong name somewhere in the text. */
  readonly named = new Set<number>();
  /** Entities met unambiguously as an adjective ("Georgian"). */
  readonly adjectives = new Set<number>();

  constructor(
    private readonly kb: Kb,
    private readonly cues: ScanResult['cues'],
    readings: readonly Reading[][],
  ) {
    for (const options of readings) {
      if (options.length !== 1) continue;
      const only = options[0]!;
      if (only.strongName) this.named.add(only.entity);
      else if (only.adjective && !only.name) this.adjectives.add(only.entity);
    }
  }

  cueCount(entity: number): number {
    return this.cues.get(entity)?.size ?? 0;
  }

  /** Named entities tied to this one in the KB (Abkhazia favours Georgia the country). */
  linkedCount(entity: number): number {
    let count = 0;
    for (const other of this.kb.links[entity] ?? []) if (this.named.has(other) || this.adjectives.has(other)) count++;
    return count;
  }

  /**
   * A weak name counts only once the text names its entity strongly or carries one of its cues;
   * a derived surname only after the full name (a cue such as "Prime Minister" is no reason to
   * read "May" as Theresa May).
   */
  supportsWeak(reading: Reading): boolean {
    return this.named.has(reading.entity) || (reading.writtenWeakName && this.cueCount(reading.entity) > 0);
  }

  /**
   * How strongly the text points at an entity. Being named outright outweighs any single cue;
   * each distinct cue outweighs an adjective or a tie to another named entity, which only tip
   * otherwise even cases. Only the ranking matters: the top reading must beat the next one.
   */
  score(entity: number): number {
    return (
      (this.named.has(entity) ? 4 : 0) + 2 * this.cueCount(entity) + (this.adjectives.has(entity) ? 1 : 0) + this.linkedCount(entity)
    );
  }
}

/** The one reading the evidence supports, or undefined when it would be a guess. */
function choose(kb: Kb, text: MatchText, candidate: Candidate, evidence: Evidence, options: Reading[]): Reading | undefined {
  let eligible = options.filter((option) => option.strongName || option.adjective || evidence.supportsWeak(option));
  // "Mr Washington" is a person whatever else "Washington" may be.
  if (eligible.length > 1 && followsHonorific(text, candidate.start)) {
    const people = eligible.filter((option) => option.name && kb.entities[option.entity]?.type === 'person');
    if (people.length > 0) eligible = people;
  }
  if (eligible.length <= 1) return eligible[0];
  const ranked = eligible.map((option) => ({ option, score: evidence.score(option.entity) })).sort((a, b) => b.score - a.score);
  return ranked[0]!.score > ranked[1]!.score ? ranked[0]!.option : undefined;
}

/**
 * Decides which entity each name stands for, using the whole text: shared names go to the entity
 * the text otherwise names or cues; weak names need such support; anything undecided is dropped.
 */
export function resolve(kb: Kb, text: MatchText, scanned: ScanResult): Resolved[] {
  const candidates = withoutNested(scanned.candidates);
  const readings = candidates.map((candidate) => readingsOf(kb, candidate));
  const evidence = new Evidence(kb, scanned.cues, readings);
  const resolved: Resolved[] = [];
  candidates.forEach((candidate, index) => {
    const chosen = choose(kb, text, candidate, evidence, readings[index]!);
    if (!chosen) return;
    const asName = chosen.strongName || (chosen.name && evidence.supportsWeak(chosen));
    resolved.push({ candidate, entity: chosen.entity, kind: asName ? 'name' : 'adjective' });
  });
  return resolved;
}
