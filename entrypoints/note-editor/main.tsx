/** The note editor page, framed by the selection bar in a tab: it talks to the background only. */
import { render } from 'preact';
import { NoteEditor } from '@/components/note-editor/NoteEditor';
import { sendToBackground } from '@/utils/messaging';
import '@/components/note-editor/note-editor.css';

const backend = {
  open: () => sendToBackground('noteEditorOpen', {}),
  save: async (session: string, note: string, tags: string[]) => {
    await sendToBackground('noteEditorSave', { session, note, tags });
  },
  cancel: async (session: string) => {
    await sendToBackground('noteEditorCancel', { session });
  },
};

render(<NoteEditor backend={backend} mac={/Mac|iPhone|iPad/.test(navigator.platform)} />, document.getElementById('app')!);
