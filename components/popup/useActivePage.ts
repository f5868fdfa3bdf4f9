import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageStatus } from '@/lib/messages';
import { sendToTab } from '@/utils/messaging';

/**
 * The tab the popup is about and what its content script reports. `?tab=ID` names the tab
 * explicitly: the popup opened as a page (tests, keyboard users with the popup pinned in a tab)
 * has no "active tab" other than itself.
 */
export function useActivePage(): { tabId: number | null; page: PageStatus | null; error: string | null } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      try {
        const named = Number(new URLSearchParams(location.search).get('tab'));
        const id = named || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
        if (id === undefined) throw new Error('No active tab.');
        setTabId(id);
        setPage(await sendToTab(id, 'pageStatus', {}));
      } catch {
        setError('Backstory does not run on this page: browser pages and extension stores are off limits.');
      }
    })();
  }, []);
  return { tabId, page, error };
}
