import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import type { BackgroundProtocol } from '@/lib/messages';
import { listen } from '@/utils/listen';
import { readingHandlers } from './reading';
import { highlightHandlers, setUpHighlights } from './highlights';

export default defineBackground(() => {
  listen<BackgroundProtocol>({
    ping: () => ({ version: browser.runtime.getManifest().version }),
    ...readingHandlers,
    ...highlightHandlers,
  });
  setUpHighlights();
});
