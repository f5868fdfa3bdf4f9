/** What the tab's content script has read, refreshed while it is still reading. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PageReading } from '@/lib/reading/page';
import { sendToTab } from '@/utils/messaging';

const POLL_MS = 400;
/** Give up polling a page that never finishes (it is reported as it stands). */
const MAX_POLLS = 60;

export function usePageReading(tabId: number): { reading: PageReading | null; error: string | null; refresh: () => void } {
  const [reading, setReading] = useState<PageReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const polls = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    try {
      const next = await sendToTab(tabId, 'pageReading', {});
      setReading(next);
      setError(null);
      if (next.state === 'starting' && polls.current++ < MAX_POLLS) timer.current = setTimeout(() => void load(), POLL_MS);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  }, [tabId]);

  useEffect(() => {
    void load();
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [load]);

  const refresh = useCallback(() => {
    polls.current = 0;
    void load();
  }, [load]);
  return { reading, error, refresh };
}
