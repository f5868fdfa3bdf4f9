/**
 * The note and tags of one highlight, typed in an extension page that the selection bar frames.
 * Its document belongs to the extension, so the page's key and input listeners never hear what is
 * typed; what it saves goes to the background, not to the page's content script.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, parseTagInput } from '@/lib/highlights/record';
import type { NoteEditorContent } from '@/lib/highlights/protocol';

export interface NoteEditorBackend {
  /** What to edit: the stored note and tags, or empty ones for a new highlight. */
  open(): Promise<NoteEditorContent>;
  save(session: string, note: string, tags: string[]): Promise<void>;
  cancel(session: string): Promise<void>;
}

type Phase = { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'ready'; session: string; mode: NoteEditorContent['mode'] };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a key does in the editor, wherever the focus is in it. */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'isComposing'>): 'save' | 'cancel' | null {
  // Keys that end an IME composition belong to the composition.
  if (event.isComposing) return null;
  if (event.key === 'Escape') return 'cancel';
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'save';
  return null;
}

export function NoteEditor({ backend, mac = false }: { backend: NoteEditorBackend; mac?: boolean }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    backend.open().then(
      (content) => {
        setNote(content.note);
        setTags(content.tags.join(', '));
        setPhase({ kind: 'ready', session: content.session, mode: content.mode });
      },
      (failure: unknown) => setPhase({ kind: 'failed', error: message(failure) }),
    );
  }, []);

  useEffect(() => {
    if (phase.kind !== 'ready') return;
    const field = noteField.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  }, [phase.kind]);

  const save = async () => {
    if (phase.kind !== 'ready' || busy) return;
    setBusy(true);
    setError(null);
    try {
      await backend.save(phase.session, note, parseTagInput(tags));
    } catch (failure) {
      // Keep what was typed: the reader can try again or copy it out.
      setError(`Not saved: ${message(failure)}`);
    } finally {
      setBusy(false);
    }
  };
  const cancel = async () => {
    if (phase.kind !== 'ready') return;
    try {
      await backend.cancel(phase.session);
    } catch (failure) {
      setError(message(failure));
    }
  };

  // On the document, so the keys work wherever focus is inside the editor.
  const actions = useRef({ save, cancel });
  actions.current = { save, cancel };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = keyAction(event);
      if (!action) return;
      event.preventDefault();
      void actions.current[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const modifier = mac ? '⌘' : 'Ctrl';
  const ready = phase.kind === 'ready';
  const problem = error ?? (phase.kind === 'failed' ? phase.error : null);
  return (
    <form
      class="note-editor"
      aria-label={phase.kind === 'ready' && phase.mode === 'edit' ? 'Edit the highlight’s note' : 'Note for the new highlight'}
      aria-busy={phase.kind === 'loading'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label class="field grow">
        Note
        <textarea ref={noteField} value={note} maxLength={LIMITS.note} readOnly={!ready} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <label class="field">
        Tags (comma separated)
        <input type="text" value={tags} readOnly={!ready} onInput={(event) => setTags(event.currentTarget.value)} />
      </label>
      <div class="actions">
        <span class="hint" aria-hidden="true">
          {modifier}+Enter saves · Esc cancels
        </span>
        <button type="button" disabled={!ready} aria-keyshortcuts="Escape" onClick={() => void cancel()}>
          Cancel
        </button>
        <button type="submit" class="primary" disabled={!ready || busy} aria-keyshortcuts={mac ? 'Meta+Enter' : 'Control+Enter'}>
          Save
        </button>
      </div>
      {problem && (
        <p class="status" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
