import { useEffect, useMemo, useState } from 'preact/hooks';
import { COLOURS, COLOUR_NAMES, isColourName } from '@/lib/highlights/colours';
import type { Highlight, HighlightPatch } from '@/lib/highlights/record';
import { SEARCH_PAGE_SIZE, type ExportFormat, type HighlightSearchResult, type StorageStatus } from '@/lib/highlights/protocol';
import { groupByPage, type HighlightFilters } from '@/lib/highlights/search';
import { MAX_IMPORT_BYTES } from '@/lib/highlights/webAnnotation';
import { sendToBackground } from '@/utils/messaging';
import { HighlightControls, HighlightItem } from './HighlightItem';
import { downloadFiles } from './download';
import { MemoryPanel } from './MemoryPanel';
import { entityOptions } from './memory-entities';
import { useMemoryOverview } from '@/components/memory/useMemoryOverview';
import { KnowledgePacks } from './Packs';
import './highlights.css';
import './library.css';

const SEARCH_SETTLE_MS = 150;

const EXPORT_FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'markdown-pages', label: 'Markdown, one file per page' },
  { value: 'markdown-all', label: 'Markdown, one file' },
  { value: 'entity-notes', label: 'Markdown, one note per entity ([[links]])' },
  { value: 'json', label: 'JSON (W3C Web Annotation)' },
  { value: 'csv', label: 'CSV (Readwise)' },
];

interface Message {
  kind: 'info' | 'error';
  text: string;
}

/** Start of a local calendar day in ms, from an <input type=date> value. */
function dayStart(value: string, plusDays = 0): number | undefined {
  if (!value) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year!, month! - 1, day! + plusDays).getTime();
}

function formatDate(time: number): string {
  return new Date(time).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function Library() {
  const [query, setQuery] = useState('');
  const [site, setSite] = useState('');
  const [tag, setTag] = useState('');
  const [colour, setColour] = useState('');
  const [entityId, setEntityId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [result, setResult] = useState<HighlightSearchResult | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Highlight | null>(null);
  const [format, setFormat] = useState<ExportFormat>('markdown-pages');
  const [wikilinks, setWikilinks] = useState(false);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [version, setVersion] = useState(0);
  const [limit, setLimit] = useState(SEARCH_PAGE_SIZE);
  const memory = useMemoryOverview();

  const filters = useMemo<HighlightFilters>(
    () => ({
      ...(site ? { site } : {}),
      ...(tag ? { tag } : {}),
      ...(isColourName(colour) ? { colour } : {}),
      ...(entityId ? { entityId } : {}),
      ...(from ? { from: dayStart(from) } : {}),
      ...(to ? { to: dayStart(to, 1) } : {}),
    }),
    [site, tag, colour, entityId, from, to],
  );

  // A new search starts again from its first page.
  useEffect(() => setLimit(SEARCH_PAGE_SIZE), [query, filters]);

  useEffect(() => {
    const timer = setTimeout(() => {
      sendToBackground('highlightSearch', { query, filters, limit })
        .then(setResult)
        .catch((error: Error) => setMessage({ kind: 'error', text: `The library could not be read: ${error.message}` }));
    }, SEARCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query, filters, limit, version]);

  useEffect(() => {
    void (async () => {
      // Ask for storage the browser will not evict; the worker cannot, a page can.
      if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist().catch(() => false);
      setStorage(await sendToBackground('highlightStorage', {}).catch(() => null));
    })();
  }, [version]);

  const reload = () => setVersion((n) => n + 1);
  const act = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  const save = (highlight: Highlight, patch: HighlightPatch) =>
    act(async () => {
      await sendToBackground('highlightUpdate', { id: highlight.id, patch });
      setEditing(null);
      reload();
    });
  const remove = (highlight: Highlight) =>
    act(async () => {
      const { deleted: record } = await sendToBackground('highlightDelete', { id: highlight.id });
      setDeleted(record);
      reload();
    });
  const undo = (highlight: Highlight) =>
    act(async () => {
      await sendToBackground('highlightUndo', { highlight });
      setDeleted(null);
      reload();
    });
  const exportNow = () =>
    act(async () => {
      // The background applies the same search, so the export matches what the filters show now.
      const { files } = await sendToBackground('highlightExport', { format, wikilinks, query, filters });
      downloadFiles(files, `backstory-highlights-${new Date().toISOString().slice(0, 10)}.zip`);
      setMessage({ kind: 'info', text: `Exported ${files.length === 1 ? files[0]!.name : `${files.length} files in one zip`}.` });
    });
  const importFile = (file: File) =>
    act(async () => {
      if (file.size > MAX_IMPORT_BYTES) throw new Error(`The file is too large (${formatBytes(file.size)}); the limit is ${formatBytes(MAX_IMPORT_BYTES)}.`);
      const outcome = await sendToBackground('highlightImport', { text: await file.text() });
      setMessage({ kind: 'info', text: `Imported ${file.name}: ${outcome.added} added, ${outcome.updated} updated, ${outcome.unchanged} already present.` });
      reload();
    });

  const groups = result ? groupByPage(result.results) : [];
  const facets = result?.facets;
  const labelOf = (id: string) => result?.entityLabels[id] ?? id;
  const filtered = Object.keys(filters).length > 0 || query.trim() !== '';

  return (
    <main class="library">
      <h1>Highlights</h1>
      <section class="lib-controls" aria-label="Search and filters">
        <input type="search" placeholder="Search text, notes and tags" aria-label="Search highlights" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        <div class="lib-field">
          <label for="lib-site">Site</label>
          <select id="lib-site" value={site} onChange={(event) => setSite(event.currentTarget.value)}>
            <option value="">All sites</option>
            {facets?.sites.map((facet) => (
              <option key={facet.value} value={facet.value}>{`${facet.value} (${facet.count})`}</option>
            ))}
          </select>
        </div>
        <div class="lib-field">
          <label for="lib-tag">Tag</label>
          <select id="lib-tag" value={tag} onChange={(event) => setTag(event.currentTarget.value)}>
            <option value="">All tags</option>
            {facets?.tags.map((facet) => (
              <option key={facet.value} value={facet.value}>{`${facet.value} (${facet.count})`}</option>
            ))}
          </select>
        </div>
        <div class="lib-field">
          <label for="lib-colour">Colour</label>
          <select id="lib-colour" value={colour} onChange={(event) => setColour(event.currentTarget.value)}>
            <option value="">All colours</option>
            {COLOUR_NAMES.map((name) => (
              <option key={name} value={name}>
                {COLOURS[name].label}
              </option>
            ))}
          </select>
        </div>
        <div class="lib-field">
          <label for="lib-entity">Entity</label>
          <select id="lib-entity" value={entityId} onChange={(event) => setEntityId(event.currentTarget.value)}>
            <option value="">All entities</option>
            {entityOptions(facets?.entityIds ?? [], memory.overview?.entities ?? [], labelOf, entityId).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <label class="lib-field">
          From
          <input type="date" value={from} onInput={(event) => setFrom(event.currentTarget.value)} />
        </label>
        <label class="lib-field">
          To
          <input type="date" value={to} onInput={(event) => setTo(event.currentTarget.value)} />
        </label>
      </section>

      <section class="lib-controls" aria-label="Export and import">
        <div class="lib-field">
          <label for="lib-format">Export as</label>
          <select id="lib-format" value={format} onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}>
            {EXPORT_FORMATS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        {format.startsWith('markdown') && (
          <label class="lib-inline">
            <input type="checkbox" checked={wikilinks} onChange={(event) => setWikilinks(event.currentTarget.checked)} />
            [[Wikilinks]] to entities
          </label>
        )}
        <button type="button" onClick={() => void exportNow()} disabled={!result || result.matched === 0}>
          {filtered ? 'Export these' : 'Export all'}
        </button>
        <label class="lib-field">
          Import JSON
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </section>

      <div class="lib-messages">
        {message && (
          <p class={`lib-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        {deleted && (
          <p class="hl-undo" role="status">
            Highlight deleted. <button onClick={() => void undo(deleted)}>Undo</button>
          </p>
        )}
      </div>

      <MemoryPanel
        overview={memory.overview}
        recording={memory.recording}
        error={memory.error}
        onCleared={memory.reload}
        entityId={entityId}
        entityLabel={labelOf(entityId)}
        onPickEntity={setEntityId}
      />

      {result && (
        <p class="hl-meta" role="status" aria-live="polite">
          {result.total === 0
            ? 'No highlights yet: select text on any page and choose Highlight.'
            : `${result.matched} of ${result.total} highlight${result.total === 1 ? '' : 's'}` +
              (result.results.length < result.matched
                ? `, the best ${result.results.length} shown`
                : `, on ${groups.length} page${groups.length === 1 ? '' : 's'}`)}
        </p>
      )}

      {groups.map((group) => (
        <article key={group.url} class="lib-page" aria-label={group.title || group.url}>
          <h2>
            <a href={group.url} target="_blank" rel="noreferrer">
              {group.title || group.url}
            </a>
          </h2>
          <p class="hl-meta">
            {group.site}
            {group.published ? ` · published ${group.published}` : ''}
          </p>
          <ul class="hl-list">
            {group.highlights.map((highlight) => (
              <li key={highlight.id}>
                <HighlightItem highlight={highlight}>
                  <p class="hl-meta">
                    Saved {formatDate(highlight.createdAt)}
                    {highlight.entityIds.length > 0 && ` · ${highlight.entityIds.map(labelOf).join(', ')}`}
                  </p>
                  <HighlightControls
                    highlight={highlight}
                    editing={editing === highlight.id}
                    onEdit={() => setEditing(highlight.id)}
                    onSave={(patch) => save(highlight, patch)}
                    onCancel={() => setEditing(null)}
                    onDelete={() => void remove(highlight)}
                  />
                </HighlightItem>
              </li>
            ))}
          </ul>
        </article>
      ))}

      {result && result.results.length < result.matched && (
        <button type="button" class="lib-more" onClick={() => setLimit(result.results.length + SEARCH_PAGE_SIZE)}>
          Show {Math.min(SEARCH_PAGE_SIZE, result.matched - result.results.length)} more
        </button>
      )}

      <KnowledgePacks />

      {storage && (
        <footer class="hl-meta lib-storage">
          {storage.count} highlight{storage.count === 1 ? '' : 's'} stored on this device
          {storage.usage !== null && storage.quota !== null ? ` · ${formatBytes(storage.usage)} used of ${formatBytes(storage.quota)}` : ''}
          {storage.persisted === true ? ' · protected from automatic clean-up' : storage.persisted === false ? ' · the browser may clear this storage when disk space runs low: export regularly' : ''}
        </footer>
      )}
    </main>
  );
}
