/** The background's side of reading: from article text to mentions and the records cards need. */
import type { Kb } from '../kb/load';
import { getEntity } from '../kb/load';
import { recognize, type Mention } from '../recognizer/recognize';
import type { Recognition } from './page';
import { relatedEventIds } from './related';

/**
 * Recognises names in `text` (adjectives inform the recognizer but are not reported: they are
 * neither marked nor listed). Mentions starting before `from` are context only — text the page
 * already had, sent again so that a bare surname in appended content is judged with the article's
 * full names in view — and are left out. `found`: the recognizer's mentions of `text` with
 * adjectives, when the caller has them already (role descriptions need the adjectives too).
 */
export function recognizeForReading(kb: Kb, text: string, from = 0, found: readonly Mention[] = recognize(kb, text)): Recognition {
  const mentions = found
    .filter((mention) => mention.kind === 'name' && mention.start >= from)
    .map((mention) => ({ ...mention, start: mention.start - from, end: mention.end - from }));
  const records: Recognition['records'] = {};
  const relatedEvents: Recognition['relatedEvents'] = {};
  for (const { entityId } of mentions) {
    if (records[entityId]) continue;
    const record = getEntity(kb, entityId);
    if (!record) continue;
    records[entityId] = record;
    relatedEvents[entityId] = relatedEventIds(kb, entityId);
  }
  for (const ids of Object.values(relatedEvents)) {
    for (const id of ids) {
      const record = records[id] ?? getEntity(kb, id);
      if (record) records[id] = record;
    }
  }
  return { mentions, records, relatedEvents };
}
