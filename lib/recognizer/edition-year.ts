import type { Kb } from '../kb/load';
import { dayNumber } from '../reading/dates';
import { endsSentenceAt } from './context';
import { daysFromTheNews } from './on-the-day';
import type { MatchText } from '../text/normalize';
import type { Reading } from './readings';
import type { Candidate } from './scan';

const RELATIVE_YEAR = /\b(last|this|next) year's $/u;
const OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };
const YEAR_BEFORE = /(?:^|(?<![\d,.:/-]) )((?:19|20)\d\d) $/u;
const YEAR_AFTER = /^ (?:of|in) ((?:19|20)\d\d)\b/u;
/** Enough text around a name to hold "next year's " or " of 1991". */
const LOOK_AROUND = 16;

const asEdition = (entity: number): Reading => ({ entity, strongName: true, name: true, writtenWeakName: false, adjective: false });

function around(text: MatchText, from: number, to: number): string {
  return String.fromCharCode(...text.codes.subarray(Math.max(0, from), Math.min(text.length, to)));
}

/** The year the words next to a name give it: "the 1991 …", "… of 1991", "last year's …" (counted from `day`). */
function yearNextTo(text: MatchText, candidate: Candidate, day: string | undefined): { year: string; relative: boolean } | undefined {
  const before = around(text, candidate.start - LOOK_AROUND, candidate.start);
  const relative = RELATIVE_YEAR.exec(before)?.[1];
  if (relative !== undefined) return day === undefined ? undefined : { year: String(Number(day.slice(0, 4)) + OFFSET[relative]!), relative: true };
  const written = YEAR_BEFORE.exec(before)?.[1] ?? YEAR_AFTER.exec(around(text, candidate.end, candidate.end + LOOK_AROUND))?.[1];
  return written === undefined ? undefined : { year: written, relative: false };
}

/** A series' edition of `year` by Wikipedia's title convention ("2026_FIFA_World_Cup" for "FIFA_World_Cup"). */
function editionOf(kb: Kb, series: number, year: number | string): number | undefined {
  const id = kb.entities[series]!.id;
  return kb.indexById.get(`${year}-${id}`) ?? kb.indexById.get(`${id}-${year}`);
}

/** Sentences are read this far at most for a year. */
const SENTENCE_REACH = 300;
const YEAR = /\b(?:19|20)\d\d\b/gu;

/** Whether the candidate's sentence gives a year other than `year` ("who won Wimbledon in 2022"). */
function otherYearInSentence(text: MatchText, candidate: Candidate, year: number): boolean {
  const { from, to } = sentenceAround(text, candidate);
  return (around(text, from, to).match(YEAR) ?? []).some((written) => Number(written) !== year);
}

function sentenceAround(text: MatchText, candidate: Candidate): { from: number; to: number } {
  let from = candidate.start;
  while (from > 0 && candidate.start - from < SENTENCE_REACH && !endsSentenceAt(text, from - 1)) from--;
  let to = candidate.end;
  while (to < text.length && to - candidate.end < SENTENCE_REACH && !endsSentenceAt(text, to)) to++;
  return { from, to };
}

const MONTH_YEAR = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december) ((?:19|20)\d\d)\b/u;

/**
 * The year of a month written before the candidate in its sentence, when no other year comes
 * between them or after the name: "Putin visited Beijing in February 2022 for the opening of the
 * Winter Olympics". A bare year is not enough: it dates more often what someone did than the event
 * ("in 2022 Argentina won the World Cup" speaks of the series).
 */
function monthYearOf(text: MatchText, candidate: Candidate): { year: string; relative: boolean } | undefined {
  const { from, to } = sentenceAround(text, candidate);
  // `search`, unlike `test`, ignores the global pattern's last index.
  if (around(text, candidate.end, to).search(YEAR) >= 0) return undefined;
  const before = around(text, from, candidate.start);
  const last = [...before.matchAll(YEAR)].pop();
  if (last === undefined) return undefined;
  const year = MONTH_YEAR.exec(before.slice(Math.max(0, last.index - 12), last.index + 4))?.[1];
  return year === last[0] ? { year, relative: false } : undefined;
}

/** The series' edition nearest `day` while it is news: "the World Cup" in July 2018 is Russia's. */
function editionOnTheDay(kb: Kb, series: number, day: string): number | undefined {
  const year = Number(day.slice(0, 4));
  const today = dayNumber(day);
  let nearest: number | undefined;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const edition of [year - 1, year, year + 1].map((y) => editionOf(kb, series, y))) {
    const distance = edition === undefined ? undefined : daysFromTheNews(kb.entities[edition]!, today);
    if (distance !== undefined && distance < nearestDistance) [nearest, nearestDistance] = [edition, distance];
  }
  return nearest;
}

/**
 * "The Alma-Ata Declaration of 1991", "the 2018 World Cup", "next year's BRICS summit": the event
 * of that year among those a name may be, counting "last" and "next year's" from the article's
 * `day`; for a series' own name, its edition of that year, found by Wikipedia's title convention
 * ("2026_FIFA_World_Cup" for "FIFA_World_Cup", whose ids the KB derives from the titles); with no
 * year given, the series' edition the article's date falls in the news of ("the World Cup" in July
 * 2018), as it does for editions that share a weak name, unless the sentence names another year;
 * a month and year written earlier in the sentence ("in February 2022 … the Winter Olympics")
 * count as given. Null when "last"/"next year's" points past every edition a name may be (the KB
 * lacks that year's): none of them is meant. Undefined when nothing is sure: the usual rules decide.
 */
export function editionOfTheYear(kb: Kb, text: MatchText, candidate: Candidate, options: readonly Reading[], day: string | undefined): Reading | null | undefined {
  const isEvent = (option: Reading): boolean => option.name && kb.entities[option.entity]?.type === 'event';
  // Most names are no event's: nothing is allocated for them.
  if (!options.some(isEvent)) return undefined;
  const events = options.filter(isEvent);
  const given = yearNextTo(text, candidate, day) ?? monthYearOf(text, candidate);
  const series = events.filter((option) => kb.entities[option.entity]!.start === undefined);
  if (given === undefined) {
    // A sentence that names another year speaks of another edition, or of the series.
    const onTheDay =
      day === undefined || series.length !== 1 || otherYearInSentence(text, candidate, Number(day.slice(0, 4))) ? undefined : editionOnTheDay(kb, series[0]!.entity, day);
    return onTheDay === undefined ? undefined : asEdition(onTheDay);
  }
  const dated = events.filter((option) => kb.entities[option.entity]!.start?.startsWith(given.year));
  if (dated.length === 1) return dated[0];
  if (dated.length > 1) return undefined;
  const editions = series.map((option) => editionOf(kb, option.entity, given.year)).filter((edition) => edition !== undefined);
  if (editions.length === 1) return asEdition(editions[0]!);
  const allDated = options.every((option) => kb.entities[option.entity]?.type === 'event' && kb.entities[option.entity]!.start !== undefined);
  return given.relative && allDated ? null : undefined;
}
