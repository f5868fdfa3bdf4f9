/** What a card shows beyond the entity itself: the KB's events tied to it. */
import type { Kb } from '../kb/load';
import { earliestDay } from './dates';

/**
 * Ids of the events linked to entity `id` in either direction (its `related` list, events naming
 * it as participant, place or related), oldest first. Events without a start date come last.
 */
export function relatedEventIds(kb: Kb, id: string): string[] {
  const index = kb.indexById.get(id);
  if (index === undefined) return [];
  const events = (kb.links[index] ?? [])
    .map((other) => kb.entities[other]!)
    .filter((record) => record.type === 'event' && record.id !== id);
  const key = (start: string | undefined) => (start ? earliestDay(start) ?? '9999' : '9999');
  return events.sort((a, b) => key(a.start).localeCompare(key(b.start)) || a.label.localeCompare(b.label)).map((record) => record.id);
}
