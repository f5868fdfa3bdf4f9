/**
 * "In 4 articles you read": one collapsed line on a card that opens into links to those articles
 * and to the reader's highlights that mention the entity. Links open only when clicked, in a new
 * tab. Loaded when the card opens, from the reader's own memory (never the network). Styled by
 * `memory.css`, which the card's host adds (the page's shadow root, the popup's stylesheet).
 */
import { useContext, useEffect, useId, useState } from 'preact/hooks';
import type { EntityMemory } from '@/lib/memory/protocol';
import { memoryLine } from '@/lib/memory/line';
import { formatDate } from '@/lib/reading/dates';
import { MemorySourceContext } from './memory-source';

function readDay(time: number): string {
  const day = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return formatDate(`${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`);
}

export function MemoryLine({ entityId }: { entityId: string }) {
  const source = useContext(MemorySourceContext);
  // 'loading' until the background answers; null when it found nothing to say or failed.
  const [memory, setMemory] = useState<EntityMemory | null | 'loading'>('loading');
  const [open, setOpen] = useState(false);
  const detailsId = useId();

  useEffect(() => {
    if (!source) return;
    let current = true;
    setMemory('loading');
    setOpen(false);
    source
      .forEntity(entityId)
      .then((found) => current && setMemory(found))
      // The card is whole without the memory: say nothing rather than show an error in the page.
      .catch(() => current && setMemory(null));
    return () => {
      current = false;
    };
  }, [source, entityId]);

  if (!source) return null;
  // An empty busy region keeps assistive technology (and the browser tests) from reading the card
  // as finished before its memory line has had the chance to appear. Unstyled, so that it takes no
  // room: most cards end up with no memory line, and the card must not jump when it is gone.
  if (memory === 'loading') return <div aria-busy="true" />;
  if (!memory) return null;
  const line = memoryLine(memory, source.pageUrl);
  if (!line) return null;

  return (
    <div class="bs-memory">
      <button type="button" class="bs-memory-toggle" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class="bs-memory-chevron" aria-hidden="true">
          ▸
        </span>
        <span>{line}</span>
      </button>
      <div id={detailsId} class="bs-memory-details" hidden={!open}>
        {open && memory.articles.length > 0 && (
          <ul aria-label="Articles you read">
            {memory.articles.map((article) => (
              <li key={article.url}>
                {article.url === source.pageUrl ? (
                  <span>{article.title || article.site}</span>
                ) : (
                  <a href={article.url} target="_blank" rel="noopener noreferrer">
                    {article.title || article.site}
                  </a>
                )}
                <span class="bs-memory-meta">
                  {' · '}
                  {article.url === source.pageUrl ? 'this page' : `${article.site}, read ${readDay(article.lastRead)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        {open && memory.highlights.length > 0 && (
          <>
            <p class="bs-memory-heading">Your highlights</p>
            <ul aria-label="Your highlights">
              {memory.highlights.map((highlight) => (
                <li key={highlight.id}>
                  <a href={highlight.link} target="_blank" rel="noopener noreferrer">
                    “{highlight.text}”
                  </a>
                  <span class="bs-memory-meta"> · {highlight.title || new URL(highlight.url).hostname}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {open && source.openLibrary && (
          <button type="button" class="bs-memory-library" onClick={() => source.openLibrary?.(entityId)}>
            {memory.articleCount > memory.articles.length ? `All ${memory.articleCount} articles in the library` : 'Open in the library'}
          </button>
        )}
        {open && !memory.recording && <p class="bs-memory-meta">Reading memory is off: new articles are not remembered.</p>}
      </div>
    </div>
  );
}
