import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageStatus, TabProtocol } from '@/lib/messages';
import { listen } from '@/utils/listen';
import { startReading } from './reading';
import { startHighlights } from './highlights';
import { currentPageUrl } from './highlight-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const status: PageStatus = { url: location.href, title: document.title, state: 'starting' };
    const reading = startReading(ctx, status);
    const highlights = startHighlights(ctx);
    ctx.onInvalidated(
      listen<TabProtocol>({
        pageStatus: () => ({ ...status, pageUrl: currentPageUrl() }),
        ...reading.handlers,
        ...highlights.handlers,
      }),
    );
  },
});
