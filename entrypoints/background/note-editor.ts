/**
 * Background side of the note editor: the extension page framed inside a tab's selection bar.
 * What the reader types there goes from the editor to here and into IndexedDB; the tab's content
 * script (and so the page) only says what is being annotated and hears "saved" or "cancelled".
 */
import type { Browser } from 'wxt/browser';
import type { BackgroundProtocol, Handlers } from '@/lib/messages';
import type { NoteEditorClosed, NoteEditorTarget } from '@/lib/highlights/protocol';
import { sendToTab } from '@/utils/messaging';
import { highlightHandlers, highlightStore, requireExtensionPage } from './highlights';

type NoteEditorMessages = Pick<BackgroundProtocol, 'noteEditorOpen' | 'noteEditorSave' | 'noteEditorCancel'>;
type Sender = Browser.runtime.MessageSender;

/** The tab an editor is framed in: only our own page, inside a tab, may ask. */
function editorTab(sender: Sender): number {
  requireExtensionPage(sender);
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('The note editor works only inside a page’s highlight bar.');
  return tabId;
}

async function currentTarget(tabId: number, session?: string): Promise<NoteEditorTarget> {
  const target = await sendToTab(tabId, 'noteEditorTarget', {});
  if (!target || (session !== undefined && target.session !== session)) {
    throw new Error('This note belongs to a highlight bar that has closed.');
  }
  return target;
}

/** Tells the tab the editor is done; a tab that has moved on has nothing to close. */
async function closeEditor(tabId: number, closed: NoteEditorClosed): Promise<boolean> {
  try {
    return (await sendToTab(tabId, 'noteEditorClosed', closed)).closed;
  } catch {
    return false;
  }
}

function requireSession(session: unknown): string {
  if (typeof session !== 'string' || !session) throw new Error('The note editor did not say which note it edits.');
  return session;
}

export const noteEditorHandlers: Handlers<NoteEditorMessages, Sender> = {
  noteEditorOpen: async (_request, sender) => {
    const target = await currentTarget(editorTab(sender));
    if (target.mode === 'new') return { session: target.session, mode: 'new', note: '', tags: [] };
    const stored = await (await highlightStore()).get(target.id);
    if (!stored) throw new Error('This highlight no longer exists.');
    return { session: target.session, mode: 'edit', note: stored.note, tags: stored.tags };
  },
  noteEditorSave: async ({ session, note, tags }, sender) => {
    const tabId = editorTab(sender);
    // Asked again at saving time: the colour may have changed in the bar since the editor opened.
    const target = await currentTarget(tabId, requireSession(session));
    const saved =
      target.mode === 'new'
        ? await highlightHandlers.highlightSave({ draft: { ...target.draft, note, tags } }, sender)
        : await highlightHandlers.highlightUpdate({ id: target.id, patch: { note, tags } }, sender);
    const heard = await closeEditor(tabId, { session: target.session, outcome: 'saved', id: saved.id });
    // The bar went away meanwhile (the page navigated): have the tab repaint from the store instead.
    if (!heard) await sendToTab(tabId, 'highlightsChanged', { urls: [saved.url] }).catch(() => undefined);
    return { id: saved.id };
  },
  noteEditorCancel: async ({ session }, sender) => {
    const tabId = editorTab(sender);
    return { closed: await closeEditor(tabId, { session: requireSession(session), outcome: 'cancelled' }) };
  },
};
