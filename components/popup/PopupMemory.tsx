/**
 * The reading memory in the popup: the cards' memory lines (through a provider around the page's
 * sections) and the switch with the clear button, which show even on pages Backstory cannot read.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { normalisePageUrl } from '@/lib/highlights/url';
import { sendToBackground } from '@/utils/messaging';
import { MemorySourceContext, type MemorySource } from '@/components/card/memory-source';
import { MemoryControls } from '@/components/memory/MemoryControls';
import { useMemoryOverview } from '@/components/memory/useMemoryOverview';
import '@/components/card/memory.css';

function normalised(url: string | null): string | null {
  try {
    return url ? normalisePageUrl(url) : null;
  } catch {
    return null;
  }
}

/** `pageUrl`: the page's address as the content script reports it (canonical link, no tracking parameters). */
export function PopupMemorySource({ pageUrl, children }: { pageUrl: string | null; children: ComponentChildren }) {
  const source = useMemo<MemorySource>(
    () => ({
      pageUrl: normalised(pageUrl),
      forEntity: (entityId) => sendToBackground('memoryForEntity', { entityId }),
      openLibrary: (entityId) => void sendToBackground('memoryOpenLibrary', { entityId }).catch(() => undefined),
    }),
    [pageUrl],
  );
  return <MemorySourceContext.Provider value={source}>{children}</MemorySourceContext.Provider>;
}

export function PopupMemoryControls() {
  const { overview, recording, error, reload } = useMemoryOverview();
  return (
    <div class="popup-memory">
      <MemoryControls overview={overview} recording={recording} error={error} onCleared={reload} />
    </div>
  );
}
