import type { Kb } from '../kb/load';
import { dayNumber, earliestDay, latestDay } from '../reading/dates';
import type { Reading } from './readings';

/** News speaks of a body about to be set up ("the new NATO-Ukraine Council will meet"): a year's grace. */
const DAYS_OF_GRACE = 366;

/**
 * The readings an article of `day` can mean: nothing founded well after it. "His home region of
 * Donetsk" in 2004 is no republic proclaimed in 2014. Events are kept: news speaks of coming ones.
 * Where a body with dates existed on the day, what did not exist then is dropped: "the Foreign
 * Office" in July 2020 is the Foreign and Commonwealth Office, in 2023 its successor.
 */
export function withoutAnachronisms(kb: Kb, options: Reading[], day: string | undefined): Reading[] {
  if (day === undefined) return options;
  const today = dayNumber(day);
  const latest = today + DAYS_OF_GRACE;
  const foundedDay = (option: Reading): number | undefined => {
    const founded = kb.entities[option.entity]?.founded;
    return founded === undefined ? undefined : dayNumber(earliestDay(founded) ?? '');
  };
  const dissolvedDay = (option: Reading): number | undefined => {
    const dissolved = kb.entities[option.entity]?.dissolved;
    return dissolved === undefined ? undefined : dayNumber(latestDay(dissolved) ?? '');
  };
  const tooLate = (option: Reading): boolean => (foundedDay(option) ?? -Infinity) > latest;
  // Most names have nothing founded late or dissolved among their readings: keep the array as it is.
  const kept = options.some(tooLate) ? options.filter((option) => !tooLate(option)) : options;
  if (kept.length < 2 || !kept.some((option) => dissolvedDay(option) !== undefined || (foundedDay(option) ?? -Infinity) > today)) return kept;
  const existed = (option: Reading): boolean => (foundedDay(option) ?? -Infinity) <= today && (dissolvedDay(option) ?? Infinity) >= today;
  const dated = (option: Reading): boolean => foundedDay(option) !== undefined || dissolvedDay(option) !== undefined;
  return kept.some((option) => existed(option) && dated(option)) ? kept.filter(existed) : kept;
}
