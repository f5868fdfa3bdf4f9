import type { Kb } from '../kb/load';
import type { MatchText } from '../text/normalize';
import type { Reading } from './readings';
import type { Candidate } from './scan';

const RELATIVE_YEAR = /\b(last|this|next) year's $/u;
const OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };
/** Enough text before a name to hold "next year's ". */
const LOOK_BACK = 16;

/**
 * "Next year's World Cup", "last year's NATO summit": the edition of that year, counted from the
 * article's `day`. Among editions sharing a name, the one that started that year; for a series'
 * own name, its edition of that year, found by Wikipedia's title convention ("2026_FIFA_World_Cup"
 * for "FIFA_World_Cup", whose ids the KB derives from the titles). Null when every reading is an
 * edition of another year ("next year's BRICS summit" before the KB knows it): none of them is
 * meant. Undefined when the words are not there or nothing else is sure: the usual rules decide.
 */
export function relativeEdition(kb: Kb, text: MatchText, candidate: Candidate, options: readonly Reading[], day: string | undefined): Reading | null | undefined {
  if (day === undefined || candidate.start < 'last year\'s '.length) return undefined;
  const events = options.filter((option) => option.name && kb.entities[option.entity]?.type === 'event');
  if (events.length === 0) return undefined;
  const before = String.fromCharCode(...text.codes.subarray(Math.max(0, candidate.start - LOOK_BACK), candidate.start));
  const relative = RELATIVE_YEAR.exec(before)?.[1];
  if (relative === undefined) return undefined;
  const year = String(Number(day.slice(0, 4)) + OFFSET[relative]!);
  const dated = events.filter((option) => kb.entities[option.entity]!.start?.startsWith(year));
  if (dated.length === 1) return dated[0];
  if (dated.length > 1) return undefined;
  if (options.every((option) => kb.entities[option.entity]?.type === 'event' && kb.entities[option.entity]!.start !== undefined)) return null;
  const editions = events
    .filter((option) => kb.entities[option.entity]!.start === undefined)
    .map((option) => {
      const id = kb.entities[option.entity]!.id;
      return kb.indexById.get(`${year}-${id}`) ?? kb.indexById.get(`${id}-${year}`);
    })
    .filter((edition) => edition !== undefined);
  return editions.length === 1 ? { entity: editions[0]!, strongName: true, name: true, writtenWeakName: false, adjective: false } : undefined;
}
