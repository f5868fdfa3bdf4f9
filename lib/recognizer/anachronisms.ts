import type { Kb } from '../kb/load';
import { dayNumber, earliestDay } from '../reading/dates';
import type { Reading } from './readings';

/** News speaks of a body about to be set up ("the new NATO-Ukraine Council will meet"): a year's grace. */
const DAYS_OF_GRACE = 366;

/**
 * The readings an article of `day` can mean: nothing founded well after it. "His home region of
 * Donetsk" in 2004 is no republic proclaimed in 2014. Events are kept: news speaks of coming ones.
 */
export function withoutTheNotYetFounded(kb: Kb, options: Reading[], day: string | undefined): Reading[] {
  if (day === undefined) return options;
  const latest = dayNumber(day) + DAYS_OF_GRACE;
  const tooLate = (option: Reading): boolean => {
    const founded = kb.entities[option.entity]?.founded;
    return founded !== undefined && dayNumber(earliestDay(founded) ?? '') > latest;
  };
  // Most names have nothing founded late among their readings: keep the array as it is.
  return options.some(tooLate) ? options.filter((option) => !tooLate(option)) : options;
}
