import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { BackgroundProtocol } from '@/lib/messages';
import { listen } from '@/utils/listen';
import { readingHandlers } from './reading';
import { highlightHandlers, setUpHighlights } from './highlights';
import { memoryHandlers } from './memory';
import { noteEditorHandlers } from './note-editor';
import { packHandlers, setUpPacks } from './packs';

export default defineBackground(() => {
  listen<BackgroundProtocol>({
    ping: () => ({ version: browser.runtime.getManifest().version }),
    ...readingHandlers,
    ...highlightHandlers,
    ...memoryHandlers,
    ...noteEditorHandlers,
    ...packHandlers,
  });
  setUpHighlights();
  setUpPacks();
});
