/**
 * The reading memory's switch and its clear button, in the popup and the library. Clearing asks
 * first, then forgets every remembered article on this device (highlights stay).
 */
import { useState } from 'preact/hooks';
import type { MemoryOverview } from '@/lib/memory/protocol';
import { sendToBackground } from '@/utils/messaging';
import { setRecordingMemory } from '@/utils/memory-settings';
import './memory.css';

export interface MemoryControlsProps {
  overview: MemoryOverview | null;
  recording: boolean | null;
  /** Why the memory could not be read, if it could not. */
  error?: string | null;
  /** After a clear, so the caller can read the memory again. */
  onCleared: () => void;
}

function articles(count: number): string {
  return `${count} ${count === 1 ? 'article' : 'articles'}`;
}

export function MemoryControls({ overview, recording, error, onCleared }: MemoryControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const count = overview?.articleCount ?? 0;

  const clear = async () => {
    setBusy(true);
    try {
      const { cleared } = await sendToBackground('memoryClear', {});
      setMessage({ kind: 'info', text: `Reading memory cleared: ${articles(cleared)} forgotten.` });
      onCleared();
    } catch (error) {
      setMessage({ kind: 'error', text: `The reading memory could not be cleared: ${(error as Error).message}` });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section class="memory-controls" aria-label="Reading memory">
      <label class="memory-switch">
        <input
          type="checkbox"
          role="switch"
          checked={recording ?? false}
          disabled={recording === null}
          onChange={(event) => {
            setMessage(null);
            void setRecordingMemory(event.currentTarget.checked);
          }}
        />
        <span>Remember articles I read</span>
      </label>
      <p class="memory-summary">
        {overview === null
          ? (error ?? 'Reading memory…')
          : `${articles(count)} remembered on this device${recording === false ? ' · paused: new articles are not remembered' : ''}. Only the address, title, date and the names recognised are kept, never the text.`}
      </p>
      {confirming ? (
        <div class="memory-confirm" role="group" aria-label="Confirm clearing the reading memory">
          <span>Forget all {articles(count)}? Your highlights stay.</span>
          <button type="button" class="memory-danger" disabled={busy} onClick={() => void clear()}>
            Clear memory
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          disabled={count === 0}
          onClick={() => {
            setMessage(null);
            setConfirming(true);
          }}
        >
          Clear reading memory…
        </button>
      )}
      {message && (
        <p class={`memory-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
