import type { Kb } from '../kb/load';
import type { MatchText } from '../text/normalize';
import type { Reading } from './readings';
import type { CueHits } from './cue-hits';
import type { Candidate } from './scan';
import { windowAround } from './window';

/** Points for what a name's neighbourhood holds (resolve needs a lead of one cue's worth to act). */
const NAMED_HERE = 4;
const CUE = 2;
/** A thing named nearby whose KB record names the entity ("Senator Jon Ossoff of Georgia"). */
const POINTED_AT = 2;
const ADJECTIVE = 1;

/**
 * What the few words around one occurrence of a name say about it (see `windowAround`): the
 * entity's own strong names, its cues, its adjectives, and things named there whose records name
 * it. Only unambiguous names nearby count, so the answer never depends on the order of decisions.
 * Links count one way only: "Jon Ossoff" points at the U.S. state he represents, while the United
 * States, which half the KB names, points at nothing in particular.
 */
export class NearbyEvidence {
  constructor(
    private readonly kb: Kb,
    private readonly text: MatchText,
    private readonly candidates: readonly Candidate[],
    private readonly readings: readonly Reading[][],
    private readonly cueHits: CueHits,
  ) {}

  /** For each of `entities`, how strongly the neighbourhood of candidate `index` points at it. */
  scores(index: number, entities: readonly number[]): number[] {
    const candidate = this.candidates[index]!;
    const { from, to } = windowAround(this.text, candidate.start, candidate.end);
    const scores = entities.map(() => 0);
    for (let j = index - 1; j >= 0 && this.candidates[j]!.start >= from; j--) this.creditName(j, entities, scores);
    for (let j = index + 1; j < this.candidates.length && this.candidates[j]!.end <= to; j++) this.creditName(j, entities, scores);

    // The same cue twice is one cue, as for the whole text.
    const counted: number[] = [];
    const hits = this.cueHits;
    for (let hit = hits.firstFrom(from); hit < hits.length && hits.start(hit) < to; hit++) {
      if (hits.end(hit) > to || (hits.start(hit) < candidate.end && hits.end(hit) > candidate.start)) continue;
      const node = hits.node(hit);
      entities.forEach((entity, k) => {
        if (entity !== hits.entity(hit)) return;
        for (let c = 0; c < counted.length; c += 2) if (counted[c] === k && counted[c + 1] === node) return;
        counted.push(k, node);
        scores[k]! += CUE;
      });
    }
    return scores;
  }

  private creditName(index: number, entities: readonly number[], scores: number[]): void {
    const options = this.readings[index]!;
    if (options.length !== 1) return;
    const only = options[0]!;
    entities.forEach((entity, k) => {
      if (only.strongName) {
        if (only.entity === entity) scores[k]! += NAMED_HERE;
        else if (this.kb.references[only.entity]?.includes(entity)) scores[k]! += POINTED_AT;
      } else if (only.adjective && !only.name && only.entity === entity) {
        scores[k]! += ADJECTIVE;
      }
    });
  }
}
