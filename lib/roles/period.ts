/** The time a sentence speaks of, for "then-" descriptions ("in 2014, the then-Ukrainian president"). */
import { earliestDay, latestDay } from '../reading/dates';

export interface Period {
  /** First and last day (YYYY-MM-DD). */
  from: string;
  to: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+(?:\\d{1,2},?\\s+)?)?(1[89]\\d\\d|20\\d\\d)\\b`, 'giu');

/** The text of the sentence around `offset` (sentences end at . ! ? or a line break). */
function sentenceAround(text: string, offset: number): string {
  let from = offset;
  while (from > 0 && !/[.!?\n]/u.test(text[from - 1]!)) from--;
  let to = offset;
  while (to < text.length && !/[.!?\n]/u.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** The months and years the sentence around `offset` names, as periods. */
function periodsNamed(text: string, offset: number): Map<string, Period> {
  const periods = new Map<string, Period>();
  for (const match of sentenceAround(text, offset).matchAll(DATE)) {
    const month = match[1] ? MONTHS.indexOf(match[1].toLowerCase()) + 1 : 0;
    const partial = month ? `${match[2]}-${String(month).padStart(2, '0')}` : match[2]!;
    periods.set(partial, { from: earliestDay(partial)!, to: latestDay(partial)! });
  }
  return periods;
}

/**
 * True when the sentence around `offset` names a month or year that `day` is not in ("In 2014,
 * Lavrov met his Ukrainian counterpart" in an article of 2022): it may speak of another time.
 */
export function namesAnotherTime(text: string, offset: number, day: string): boolean {
  return [...periodsNamed(text, offset).values()].some((period) => day < period.from || period.to < day);
}

/**
 * The one month or year the sentence around `offset` names, if it names exactly one (and not one
 * after the article's `day`); null otherwise.
 */
export function periodOfSentence(text: string, offset: number, day: string): Period | null {
  const periods = [...periodsNamed(text, offset).values()].filter((period) => period.from <= day);
  return periods.length === 1 ? periods[0]! : null;
}
