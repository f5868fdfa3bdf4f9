/** What Backstory knows about one entity, as of the article's date: shared by the hover card and the popup. */
import type { EntityRecord } from '@/lib/reading/page';
import { formatDate, formatSpan, earliestDay } from '@/lib/reading/dates';
import { rolesAt } from '@/lib/reading/roles';

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
}

function RoleLine({ record, articleDay }: { record: EntityRecord; articleDay: string }) {
  if (record.type !== 'person' || !record.roles?.length) return null;
  const { current, former } = rolesAt(record.roles, articleDay);
  const asOf = <span class="bs-as-of"> (as of {formatDate(articleDay)})</span>;
  if (current.length > 0) {
    return (
      <p class="bs-role">
        {current.slice(0, 2).map((role) => role.title).join('; ')}
        {asOf}
      </p>
    );
  }
  if (former) {
    return (
      <p class="bs-role">
        Former {former.title}, {formatSpan(former.start, former.end)}
        {asOf}
      </p>
    );
  }
  return null;
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

export function EntityCard({ record, articleDay, mentions, related, labelId, descriptionId, level = 2, maxRelated = 3 }: EntityCardProps) {
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
      {when && <p class="bs-when">{when}</p>}
      <p class="bs-description" id={descriptionId}>
        {record.description}
      </p>
      <RelatedEvents related={related} articleDay={articleDay} max={maxRelated} />
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
