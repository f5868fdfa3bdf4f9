import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '@/lib/messages';
import type { Highlight, HighlightPatch } from '@/lib/highlights/record';
import type { PageHighlightItem, PageHighlightsState } from '@/lib/highlights/protocol';
import { sendToBackground, sendToTab } from '@/utils/messaging';
import { HighlightControls, HighlightItem } from '@/components/library/HighlightItem';
import '@/components/library/highlights.css';

/** While the page is still looking for highlights (late content), ask again this often. */
const PENDING_POLL_MS = 1000;

/** The page's highlights in page order, and its orphans. */
export function PageHighlights({ tabId }: { tabId: number; page: PageStatus }) {
  const [state, setState] = useState<PageHighlightsState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Highlight | null>(null);

  const refresh = async () => {
    try {
      setState(await sendToTab(tabId, 'pageHighlights', {}));
    } catch (reason) {
      setError(`Highlights are unavailable: ${(reason as Error).message}`);
    }
  };
  /** Makes the page repaint from the database, then shows what it has. */
  const afterChange = async (url: string) => {
    await sendToTab(tabId, 'highlightsChanged', { urls: [url] }).catch(() => undefined);
    await refresh();
  };

  useEffect(() => {
    void refresh();
  }, [tabId]);
  const pending = state?.items.some((item) => item.state === 'pending') ?? false;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => void refresh(), PENDING_POLL_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const act = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (reason) {
      setError((reason as Error).message);
    }
  };
  const save = (highlight: Highlight, patch: HighlightPatch) =>
    act(async () => {
      await sendToBackground('highlightUpdate', { id: highlight.id, patch });
      setEditing(null);
      await afterChange(highlight.url);
    });
  const remove = (highlight: Highlight) =>
    act(async () => {
      const result = await sendToBackground('highlightDelete', { id: highlight.id });
      setDeleted(result.deleted);
      await afterChange(highlight.url);
    });
  const undo = (highlight: Highlight) =>
    act(async () => {
      await sendToBackground('highlightUndo', { highlight });
      setDeleted(null);
      await afterChange(highlight.url);
    });

  if (!state) return error ? <p role="status">{error}</p> : null;
  const placed = state.items.filter((item) => item.state !== 'orphan');
  const orphans = state.items.filter((item) => item.state === 'orphan');

  const entry = ({ highlight, state: anchorState }: PageHighlightItem) => (
    <li key={highlight.id} data-state={anchorState}>
      <HighlightItem
        highlight={highlight}
        quote={
          anchorState === 'anchored' ? (
            <button class="hl-quote" title="Show on the page" onClick={() => void sendToTab(tabId, 'revealHighlight', { id: highlight.id })}>
              {highlight.text}
            </button>
          ) : undefined
        }
      >
        {anchorState === 'pending' && <p class="hl-meta">Looking for it on the page…</p>}
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
  );

  return (
    <section aria-label="Highlights on this page" class="page-highlights">
      <h2>Highlights</h2>
      {error && <p role="alert">{error}</p>}
      {deleted && (
        <p class="hl-undo" role="status">
          Highlight deleted. <button onClick={() => void undo(deleted)}>Undo</button>
        </p>
      )}
      {state.items.length === 0 && <p class="hl-meta">No highlights on this page yet: select text to highlight it.</p>}
      {placed.length > 0 && (
        <ol class="hl-list" aria-label="In page order">
          {placed.map(entry)}
        </ol>
      )}
      {orphans.length > 0 && (
        <section aria-label="Not found on this page">
          <h3>Not found on this page</h3>
          <p class="hl-meta">The page changed since these were saved. They are kept until you delete them.</p>
          <ul class="hl-list">{orphans.map(entry)}</ul>
        </section>
      )}
    </section>
  );
}
