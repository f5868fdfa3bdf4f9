/** Reading with context in the page: finds the article, marks entities, shows hover cards. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Handlers, PageStatus, TabProtocol } from '@/lib/messages';

type ReadingTabMessages = Pick<TabProtocol, never>;

export function startReading(_ctx: ContentScriptContext, _status: PageStatus): { handlers: Handlers<ReadingTabMessages> } {
  return { handlers: {} };
}
