/** What Backstory knows about one entity, as of the article's date: shared by the hover card and the popup. */
import type { EntityRecord } from '@/lib/reading/page';
import { formatDate, formatSpan, earliestDay } from '@/lib/reading/dates';
import { roleDescriptionAt } from '@/lib/roles/card';
import { ResolvedFrom, type ResolvedRole } from './ResolvedFrom';
import { PackLine } from './PackLine';
import { MemoryLine } from './MemoryLine';

export const TYPE_LABELS: Record<EntityRecord['type'], string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  event: 'Event',
};

export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
}

export interface EntityCardProps {
  record: EntityRecord;
  /** YYYY-MM-DD: the day the article speaks from. */
  articleDay: string;
  /** How many times the page names it. */
  mentions: number;
  /** Its related events, oldest first. */
  related: readonly EntityRecord[];
  /** Id for the label, so a dialog or list item can point at it. */
  labelId?: string;
  /** Id for the description, so a dialog can be described by it. */
  descriptionId?: string;
  /** Heading level of the label (the popup nests cards under type headings). */
  level?: 2 | 3;
  /** At most this many related events (the popup shows fewer). */
  maxRelated?: number;
  /** Set when the card was opened from a role description rather than a name. */
  resolvedFrom?: ResolvedRole;
}

function RoleLine({ record, articleDay }: { record: EntityRecord; articleDay: string }) {
  const line = record.type === 'person' ? roleDescriptionAt(record.roles, articleDay) : null;
  if (!line) return null;
  return (
    <p class="bs-role">
      {line.charAt(0).toUpperCase() + line.slice(1)}
      <span class="bs-as-of"> (as of {formatDate(articleDay)})</span>
    </p>
  );
}

/** When an event happened: its span, or its day when the KB gives no end (most are one day). */
export function eventDates(event: Pick<EntityRecord, 'start' | 'end'>): string {
  if (event.start && !event.end) return formatDate(event.start);
  return formatSpan(event.start, event.end);
}

function startOf(event: EntityRecord): string {
  return (event.start && earliestDay(event.start)) || '';
}

/**
 * The events worth a line on the card: those up to the article's day, most recent first, then —
 * only if room is left — the next ones after it; shown in date order.
 */
export function pickRelated(related: readonly EntityRecord[], articleDay: string, max: number): EntityRecord[] {
  const dated = related.filter((event) => startOf(event) !== '');
  const before = dated.filter((event) => startOf(event) <= articleDay).sort((a, b) => startOf(b).localeCompare(startOf(a)));
  const after = dated.filter((event) => startOf(event) > articleDay).sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const undated = related.filter((event) => startOf(event) === '');
  return [...before, ...after, ...undated].slice(0, max).sort((a, b) => (startOf(a) || '9999').localeCompare(startOf(b) || '9999'));
}

function RelatedEvents({ related, articleDay, max }: { related: readonly EntityRecord[]; articleDay: string; max: number }) {
  const shown = pickRelated(related, articleDay, max);
  if (shown.length === 0) return null;
  return (
    <div class="bs-related">
      <p class="bs-related-title">Related events</p>
      <ul>
        {shown.map((event) => {
          const later = startOf(event) > articleDay;
          const when = eventDates(event);
          return (
            <li key={event.id}>
              <span class="bs-event-label">{event.label}</span>
              {when && <span class="bs-event-date"> · {when}</span>}
              {later && <span class="bs-event-later"> (after this article)</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function EntityCard({ record, articleDay, mentions, related, labelId, descriptionId, level = 2, maxRelated = 3, resolvedFrom }: EntityCardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const when = record.type === 'event' ? eventDates(record) : '';
  return (
    <div class="bs-card-content">
      <p class="bs-type">
        {TYPE_LABELS[record.type]}
        {record.kind ? ` · ${record.kind}` : ''}
      </p>
      <Heading class="bs-label" id={labelId}>
        {record.label}
      </Heading>
      <RoleLine record={record} articleDay={articleDay} />
      {resolvedFrom && <ResolvedFrom resolved={resolvedFrom} articleDay={articleDay} />}
      {when && <p class="bs-when">{when}</p>}
      <p class="bs-description" id={descriptionId}>
        {record.description}
      </p>
      <RelatedEvents related={related} articleDay={articleDay} max={maxRelated} />
      <PackLine pack={record.pack} />
      <MemoryLine entityId={record.id} />
      <p class="bs-footer">
        <span class="bs-mentions">
          Mentioned {mentions} {mentions === 1 ? 'time' : 'times'} on this page
        </span>
        <a class="bs-wikipedia" href={wikipediaUrl(record.wikipedia)} target="_blank" rel="noopener noreferrer">
          Wikipedia
        </a>
      </p>
    </div>
  );
}
