import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { NoteEditorTarget } from '@/lib/highlights/protocol';
import type { Highlight } from '@/lib/highlights/record';
import { draft } from '@/lib/highlights/testing';

const messaging = vi.hoisted(() => ({ sendToTab: vi.fn(), sendToBackground: vi.fn() }));
vi.mock('@/utils/messaging', () => messaging);
const stored = vi.hoisted(() => new Map<string, unknown>());
const saves = vi.hoisted(() => ({ highlightSave: vi.fn(), highlightUpdate: vi.fn() }));
vi.mock('./highlights', async (original) => ({
  ...(await original<typeof import('./highlights')>()),
  highlightStore: async () => ({ get: async (id: string) => stored.get(id) }),
  highlightHandlers: saves,
}));

const { noteEditorHandlers } = await import('./note-editor');

const EDITOR = { url: 'chrome-extension://test-extension-id/note-editor.html', tab: { id: 7 }, frameId: 3 } as Browser.runtime.MessageSender;
const NOTE = 'A thought the page must never hear';
const record = (overrides: Partial<Highlight> = {}): Highlight => ({ ...draft({ note: NOTE, tags: ['forum'] }), id: 'h1', createdAt: 1, updatedAt: 1, ...overrides });
const { note: _note, tags: _tags, ...newDraft } = draft();

let target: NoteEditorTarget | null;
beforeEach(() => {
  stored.clear();
  target = null;
  messaging.sendToTab.mockReset().mockImplementation(async (_tab: number, type: string) => {
    if (type === 'noteEditorTarget') return target;
    if (type === 'noteEditorClosed') return { closed: true };
    throw new Error(`unexpected ${type}`);
  });
  saves.highlightSave.mockReset().mockImplementation(async ({ draft }: { draft: object }) => ({ ...draft, id: 'new-id', createdAt: 1, updatedAt: 1 }));
  saves.highlightUpdate.mockReset().mockImplementation(async ({ id, patch }: { id: string; patch: object }) => ({ ...record({ id }), ...patch }));
});

const toTab = (type: string) => messaging.sendToTab.mock.calls.filter(([, sent]) => sent === type);

describe('the note editor in the background', () => {
  it('saves a new highlight with the typed note, and tells the tab only "saved" and the id', async () => {
    target = { session: 's1', mode: 'new', draft: newDraft };
    expect(await noteEditorHandlers.noteEditorOpen({}, EDITOR)).toEqual({ session: 's1', mode: 'new', note: '', tags: [] });
    expect(await noteEditorHandlers.noteEditorSave({ session: 's1', note: NOTE, tags: ['csto'] }, EDITOR)).toEqual({ id: 'new-id' });
    expect(saves.highlightSave).toHaveBeenCalledWith({ draft: { ...newDraft, note: NOTE, tags: ['csto'] } }, EDITOR);
    expect(toTab('noteEditorClosed')).toEqual([[7, 'noteEditorClosed', { session: 's1', outcome: 'saved', id: 'new-id' }]]);
    // Nothing sent to the tab carries the note.
    expect(JSON.stringify(messaging.sendToTab.mock.calls)).not.toContain(NOTE);
  });

  it('opens an existing highlight with its stored note and saves the edit as a patch', async () => {
    stored.set('h1', record());
    target = { session: 's2', mode: 'edit', id: 'h1' };
    expect(await noteEditorHandlers.noteEditorOpen({}, EDITOR)).toEqual({ session: 's2', mode: 'edit', note: NOTE, tags: ['forum'] });
    await noteEditorHandlers.noteEditorSave({ session: 's2', note: `${NOTE}, revised`, tags: [] }, EDITOR);
    expect(saves.highlightUpdate).toHaveBeenCalledWith({ id: 'h1', patch: { note: `${NOTE}, revised`, tags: [] } }, EDITOR);
    expect(JSON.stringify(messaging.sendToTab.mock.calls)).not.toContain(NOTE);
  });

  it('saves nothing for an editor whose bar has closed or moved on to another highlight', async () => {
    await expect(noteEditorHandlers.noteEditorSave({ session: 's1', note: NOTE, tags: [] }, EDITOR)).rejects.toThrow(/has closed/);
    target = { session: 's3', mode: 'new', draft: newDraft };
    await expect(noteEditorHandlers.noteEditorSave({ session: 's1', note: NOTE, tags: [] }, EDITOR)).rejects.toThrow(/has closed/);
    expect(saves.highlightSave).not.toHaveBeenCalled();
    expect(toTab('noteEditorClosed')).toEqual([]);
  });

  it('answers only its own page framed in a tab', async () => {
    target = { session: 's1', mode: 'new', draft: newDraft };
    const contentScript = { url: 'https://example-news.test/story', tab: { id: 7 }, frameId: 0 } as Browser.runtime.MessageSender;
    await expect(noteEditorHandlers.noteEditorSave({ session: 's1', note: NOTE, tags: [] }, contentScript)).rejects.toThrow(/own pages/);
    const notInATab = { url: 'chrome-extension://test-extension-id/note-editor.html' } as Browser.runtime.MessageSender;
    await expect(noteEditorHandlers.noteEditorOpen({}, notInATab)).rejects.toThrow(/inside a page/);
    expect(saves.highlightSave).not.toHaveBeenCalled();
  });

  it('has the tab repaint from the store when its bar went away while saving', async () => {
    target = { session: 's5', mode: 'new', draft: newDraft };
    messaging.sendToTab.mockImplementation(async (_tab: number, type: string) => {
      if (type === 'noteEditorTarget') return target;
      if (type === 'noteEditorClosed') return { closed: false };
      return { reloaded: true };
    });
    await noteEditorHandlers.noteEditorSave({ session: 's5', note: NOTE, tags: [] }, EDITOR);
    expect(toTab('highlightsChanged')).toEqual([[7, 'highlightsChanged', { urls: [newDraft.url] }]]);
  });

  it('passes a cancel on to the tab', async () => {
    expect(await noteEditorHandlers.noteEditorCancel({ session: 's4' }, EDITOR)).toEqual({ closed: true });
    expect(toTab('noteEditorClosed')).toEqual([[7, 'noteEditorClosed', { session: 's4', outcome: 'cancelled' }]]);
  });
});
