/** Highlights in the page: the selection bar, painting saved highlights, restoring on revisit. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Handlers, TabProtocol } from '@/lib/messages';

type HighlightTabMessages = Pick<TabProtocol, never>;

export function startHighlights(_ctx: ContentScriptContext): { handlers: Handlers<HighlightTabMessages> } {
  return { handlers: {} };
}
