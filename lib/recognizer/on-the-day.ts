import type { Kb } from '../kb/load';
import { dayNumber, earliestDay, latestDay } from '../reading/dates';
import type { Reading } from './readings';

/** An election or summit is news from about a year before it until some months after it ends. */
const DAYS_BEFORE = 366;
const DAYS_AFTER = 183;

/**
 * How many days an event is from `today` (a day number), 0 while it runs; undefined when `today`
 * is outside the time it is news, or the event has no dates.
 */
export function daysFromTheNews(record: { start?: string; end?: string }, today: number): number | undefined {
  if (!record.start) return undefined;
  const first = dayNumber(earliestDay(record.start) ?? '');
  const last = dayNumber(latestDay(record.end ?? record.start) ?? '');
  if (!(today >= first - DAYS_BEFORE && today <= last + DAYS_AFTER)) return undefined;
  return today < first ? first - today : today > last ? today - last : 0;
}

/**
 * The events whose weak names the article's date supports: "the Russian presidential election"
 * in an article of March 2024 is that year's, "the BRICS summit" of October 2024 the Kazan one.
 * Per name, only the event nearest the date within its window counts; the names of recurring
 * events are weak precisely because the date (or a cue) must tell which one is meant.
 */
export function eventsOnTheDay(kb: Kb, readings: readonly Reading[][], day: string | undefined): Set<number> {
  const supported = new Set<number>();
  const today = day ? dayNumber(day) : Number.NaN;
  if (Number.isNaN(today)) return supported;
  for (const options of readings) {
    let nearest: number | undefined;
    let nearestDistance = Number.POSITIVE_INFINITY;
    for (const option of options) {
      if (!option.writtenWeakName || option.strongName) continue;
      const record = kb.entities[option.entity];
      if (record?.type !== 'event') continue;
      const distance = daysFromTheNews(record, today);
      if (distance !== undefined && distance < nearestDistance) {
        nearest = option.entity;
        nearestDistance = distance;
      }
    }
    if (nearest !== undefined) supported.add(nearest);
  }
  return supported;
}
