/**
 * The library's reading memory: its switch and clear button, and for the entity the filter picked,
 * the articles the reader read that named it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityMemory, MemoryOverview } from '@/lib/memory/protocol';
import { formatDate } from '@/lib/reading/dates';
import { sendToBackground } from '@/utils/messaging';
import { MemoryControls } from '@/components/memory/MemoryControls';
import { entityFromHash } from './memory-entities';

export interface MemoryPanelProps {
  overview: MemoryOverview | null;
  recording: boolean | null;
  error: string | null;
  onCleared: () => void;
  /** The entity the library filters by, or "". */
  entityId: string;
  entityLabel: string;
  onPickEntity: (entityId: string) => void;
}

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function EntityArticles({ entityId, entityLabel, version }: { entityId: string; entityLabel: string; version: number }) {
  const [memory, setMemory] = useState<EntityMemory | null>(null);
  useEffect(() => {
    let current = true;
    setMemory(null);
    sendToBackground('memoryForEntity', { entityId, limit: Number.MAX_SAFE_INTEGER })
      .then((found) => current && setMemory(found))
      .catch(() => current && setMemory(null));
    return () => {
      current = false;
    };
  }, [entityId, version]);
  if (!memory) return null;
  return (
    <section class="memory-entity" aria-label={`Articles you read that mention ${entityLabel}`}>
      <h2>Articles you read that mention {entityLabel}</h2>
      {memory.articleCount === 0 ? (
        <p class="memory-meta">None that Backstory remembers{memory.recording ? '' : ' (the reading memory is off)'}.</p>
      ) : (
        <ul class="memory-articles">
          {memory.articles.map((article) => (
            <li key={article.url}>
              <a href={article.url} target="_blank" rel="noopener noreferrer">
                {article.title || article.url}
              </a>
              <span class="memory-meta">
                {' · '}
                {[article.site, article.published ? `published ${formatDate(article.published)}` : null, `read ${formatDate(day(article.lastRead))}`, `named ${article.mentions} ${article.mentions === 1 ? 'time' : 'times'}`]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function MemoryPanel({ overview, recording, error, onCleared, entityId, entityLabel, onPickEntity }: MemoryPanelProps) {
  // A card's "open in the library" link names the entity in the fragment.
  useEffect(() => {
    const follow = () => {
      const wanted = entityFromHash(location.hash);
      if (wanted) onPickEntity(wanted);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [onPickEntity]);

  return (
    <>
      <MemoryControls overview={overview} recording={recording} error={error} onCleared={onCleared} />
      {entityId && (
        <EntityArticles
          entityId={entityId}
          entityLabel={overview?.entities.find((entity) => entity.id === entityId)?.label ?? entityLabel}
          version={overview?.articleCount ?? -1}
        />
      )}
    </>
  );
}
