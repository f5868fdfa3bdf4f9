import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageStatus } from '@/lib/messages';
import { groupEntities, TYPE_HEADINGS, type PageEntity, type PageReading } from '@/lib/reading/page';
import { EntityCard } from '@/components/card/EntityCard';
import { sendToTab } from '@/utils/messaging';
import {
  readingSettings,
  setPausedEverywhere,
  setSitePaused,
  siteOf,
  type ReadingSettings,
} from '@/utils/settings';
import { usePageReading } from './usePageReading';
import { ReadingToggles } from './ReadingToggles';
import { EventTimeline } from './EventTimeline';
import '@/components/card/card.css';
import './reading.css';

type Position = { index: number; total: number };

/** Why the list is empty, in the reader's words; null when there is something to show. */
function emptyReason(reading: PageReading | null, settings: ReadingSettings | null, site: string | null): string | null {
  if (settings?.pausedEverywhere) return 'Backstory is paused everywhere. Switch it on above to see who and what this page mentions.';
  if (settings && site !== null && settings.pausedSites.includes(site)) return `Backstory is paused on ${site}. Switch it on above to read this page with context.`;
  if (!reading || reading.state === 'starting') return 'Reading this page…';
  if (reading.state === 'paused') return 'Backstory is paused on this page.';
  if (reading.state === 'not-article') return 'This page does not look like an article, so Backstory left it alone.';
  if (reading.entities.length === 0) return 'No person, organisation, place or event from Backstory’s knowledge base is named in this article.';
  return null;
}

function ContextCard({
  entity,
  reading,
  position,
  onReveal,
}: {
  entity: PageEntity;
  reading: PageReading;
  position: Position | undefined;
  onReveal: (id: string) => void;
}) {
  const record = reading.records[entity.id]!;
  const related = (reading.relatedEvents[entity.id] ?? []).flatMap((id) => (reading.records[id] ? [reading.records[id]] : []));
  const labelId = `entity-${entity.id}`;
  const where = position ? `Mention ${position.index + 1} of ${position.total}` : `${entity.mentions} on the page`;
  return (
    <li class="context-card" aria-labelledby={labelId}>
      <button
        type="button"
        class="reveal"
        onClick={() => onReveal(entity.id)}
        aria-label={`Show ${record.label} on the page (${position ? `next after mention ${position.index + 1} of ${position.total}` : `${entity.mentions} mentions`})`}
      >
        <span class="reveal-count" aria-hidden="true">
          {entity.mentions}
        </span>
        <span class="reveal-text" aria-hidden="true">
          {position ? where : 'Show on page'}
        </span>
      </button>
      <EntityCard
        record={record}
        articleDay={reading.articleDate?.date ?? ''}
        mentions={entity.mentions}
        related={related}
        labelId={labelId}
        level={3}
        maxRelated={2}
      />
    </li>
  );
}

/** Context cards for everything recognised on the page, its events' timeline and the pause switches. */
export function PageEntities({ tabId, page }: { tabId: number; page: PageStatus }) {
  const { reading, refresh } = usePageReading(tabId);
  const [settings, setSettings] = useState<ReadingSettings | null>(null);
  const [filter, setFilter] = useState('');
  const [positions, setPositions] = useState<Record<string, Position>>({});
  const site = siteOf(page.url);

  useEffect(() => {
    void readingSettings.getValue().then(setSettings);
    return readingSettings.watch((next) => {
      setSettings(next);
      // The page restarts or stops reading on the same change; ask it again shortly.
      setTimeout(refresh, 150);
    });
  }, [refresh]);

  const groups = useMemo(() => (reading ? groupEntities(reading.entities, reading.records, filter) : []), [reading, filter]);
  const events = useMemo(
    () => (reading ? reading.entities.map((entity) => reading.records[entity.id]!).filter((record) => record?.type === 'event') : []),
    [reading],
  );

  const reveal = async (entityId: string) => {
    try {
      const position = await sendToTab(tabId, 'revealEntity', { entityId });
      // No mark left (the page stopped reading or changed): show what the page says now.
      if (position.total === 0) refresh();
      else setPositions((current) => ({ ...current, [entityId]: position }));
    } catch {
      refresh();
    }
  };

  const empty = emptyReason(reading, settings, site);
  return (
    <section aria-label="On this page" class="reading">
      <p role="status" class="page-title">
        {page.title || page.url}
      </p>
      {settings && (
        <ReadingToggles
          site={site}
          settings={settings}
          onSitePaused={(paused) => site !== null && void setSitePaused(site, paused)}
          onPausedEverywhere={(paused) => void setPausedEverywhere(paused)}
        />
      )}
      {empty !== null ? (
        <p class="empty-state" role="status">
          {empty}
        </p>
      ) : (
        reading && (
          <>
            <EventTimeline events={events} articleDay={reading.articleDate?.date ?? ''} onSelect={(id) => void reveal(id)} />
            <div class="filter">
              <label for="entity-filter">Filter</label>
              <input
                id="entity-filter"
                type="search"
                value={filter}
                placeholder="Name, kind or type"
                onInput={(event) => setFilter(event.currentTarget.value)}
              />
            </div>
            {groups.length === 0 && (
              <p class="empty-state" role="status">
                Nothing on this page matches “{filter}”.
              </p>
            )}
            {groups.map((group) => (
              <section key={group.type} class="entity-group" aria-labelledby={`group-${group.type}`}>
                <h2 id={`group-${group.type}`} class="section-title">
                  {TYPE_HEADINGS[group.type]} <span class="group-count">{group.entities.length}</span>
                </h2>
                <ul class="context-cards">
                  {group.entities.map((entity) => (
                    <ContextCard key={entity.id} entity={entity} reading={reading} position={positions[entity.id]} onReveal={(id) => void reveal(id)} />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )
      )}
    </section>
  );
}
