/** The time a sentence speaks of, for "then-" descriptions ("in 2014, the then-Ukrainian president"). */
import { earliestDay, latestDay } from '../reading/dates';

export interface Period {
  /** First and last day (YYYY-MM-DD). */
  from: string;
  to: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+(?:\\d{1,2},?\\s+)?)?(1[89]\\d\\d|20\\d\\d)\\b`, 'giu');

/**
 * The one month or year the sentence around `offset` names, if it names exactly one (and not one
 * after the article's `day`); null otherwise.
 */
export function periodOfSentence(text: string, offset: number, day: string): Period | null {
  let from = offset;
  while (from > 0 && !/[.!?\n]/u.test(text[from - 1]!)) from--;
  let to = offset;
  while (to < text.length && !/[.!?\n]/u.test(text[to]!)) to++;
  const periods = new Map<string, Period>();
  for (const match of text.slice(from, to).matchAll(DATE)) {
    const month = match[1] ? MONTHS.indexOf(match[1].toLowerCase()) + 1 : 0;
    const partial = month ? `${match[2]}-${String(month).padStart(2, '0')}` : match[2]!;
    const period = { from: earliestDay(partial)!, to: latestDay(partial)! };
    if (period.from > day) continue;
    periods.set(partial, period);
  }
  return periods.size === 1 ? [...periods.values()][0]! : null;
}
