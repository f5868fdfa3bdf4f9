// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { NoteEditorContent } from '@/lib/highlights/protocol';
import { keyAction, NoteEditor, type NoteEditorBackend } from './NoteEditor';

afterEach(cleanup);

function backend(content: NoteEditorContent | Error, save: NoteEditorBackend['save'] = async () => undefined) {
  return {
    open: vi.fn(async () => {
      if (content instanceof Error) throw content;
      return content;
    }),
    save: vi.fn(save),
    cancel: vi.fn(async () => undefined),
  };
}

const stored: NoteEditorContent = { session: 's1', mode: 'edit', note: 'An earlier thought', tags: ['energy', 'forum'] };
const noteField = () => screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
const tagsField = () => screen.getByRole('textbox', { name: 'Tags (comma separated)' }) as HTMLInputElement;
const ready = () => waitFor(() => expect(noteField().readOnly).toBe(false));

describe('NoteEditor', () => {
  it('shows the stored note and tags, with the caret after the note', async () => {
    render(<NoteEditor backend={backend(stored)} />);
    await ready();
    expect(noteField().value).toBe('An earlier thought');
    expect(tagsField().value).toBe('energy, forum');
    await waitFor(() => expect(document.activeElement).toBe(noteField()));
    expect(noteField().selectionStart).toBe('An earlier thought'.length);
  });

  it('saves with Ctrl+Enter or Cmd+Enter from any field, tags parsed, under the session it was opened for', async () => {
    const fake = backend({ session: 'new-7', mode: 'new', note: '', tags: [] });
    render(<NoteEditor backend={fake} />);
    await ready();
    fireEvent.input(noteField(), { target: { value: 'Compare with the CSTO statement' } });
    fireEvent.input(tagsField(), { target: { value: 'csto, #Russia, csto' } });
    fireEvent.keyDown(tagsField(), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(fake.save).toHaveBeenCalledTimes(1));
    expect(fake.save).toHaveBeenCalledWith('new-7', 'Compare with the CSTO statement', ['csto', 'Russia']);
    fireEvent.keyDown(noteField(), { key: 'Enter', metaKey: true });
    await waitFor(() => expect(fake.save).toHaveBeenCalledTimes(2));
    // A plain Enter is a new line in the note, not a save.
    fireEvent.keyDown(noteField(), { key: 'Enter' });
    expect(fake.save).toHaveBeenCalledTimes(2);
  });

  it('cancels with Esc', async () => {
    const fake = backend(stored);
    render(<NoteEditor backend={fake} />);
    await ready();
    fireEvent.keyDown(noteField(), { key: 'Escape' });
    await waitFor(() => expect(fake.cancel).toHaveBeenCalledWith('s1'));
    expect(fake.save).not.toHaveBeenCalled();
  });

  it('keeps what was typed when saving fails, and says why', async () => {
    const fake = backend(stored, async () => {
      throw new Error('Storage is full');
    });
    render(<NoteEditor backend={fake} />);
    await ready();
    fireEvent.input(noteField(), { target: { value: 'A thought worth keeping' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Storage is full');
    expect(noteField().value).toBe('A thought worth keeping');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says so when there is nothing to edit, and saves nothing', async () => {
    const fake = backend(new Error('This note belongs to a highlight bar that has closed.'));
    render(<NoteEditor backend={fake} />);
    expect((await screen.findByRole('alert')).textContent).toBe('This note belongs to a highlight bar that has closed.');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(noteField(), { key: 'Enter', ctrlKey: true });
    expect(fake.save).not.toHaveBeenCalled();
  });

  it('leaves keys that finish an IME composition to the composition', () => {
    expect(keyAction({ key: 'Enter', ctrlKey: true, metaKey: false, isComposing: true })).toBeNull();
    expect(keyAction({ key: 'Escape', ctrlKey: false, metaKey: false, isComposing: true })).toBeNull();
    expect(keyAction({ key: 'Escape', ctrlKey: false, metaKey: false, isComposing: false })).toBe('cancel');
  });
});
