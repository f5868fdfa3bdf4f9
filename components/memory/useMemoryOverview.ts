import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MemoryOverview } from '@/lib/memory/protocol';
import { sendToBackground } from '@/utils/messaging';
import { memorySettings } from '@/utils/memory-settings';

/** The memory's size and entities from the background, and its switch, followed live from storage. */
export function useMemoryOverview(): { overview: MemoryOverview | null; recording: boolean | null; error: string | null; reload: () => void } {
  const [overview, setOverview] = useState<MemoryOverview | null>(null);
  const [recording, setRecording] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    sendToBackground('memoryOverview', {})
      .then((found) => current && (setOverview(found), setError(null)))
      .catch((failure: Error) => current && setError(`The reading memory could not be read: ${failure.message}`));
    return () => {
      current = false;
    };
  }, [version]);

  useEffect(() => {
    void memorySettings.getValue().then((settings) => setRecording(settings.recording));
    return memorySettings.watch((settings) => setRecording(settings.recording));
  }, []);

  return { overview, recording, error, reload };
}
