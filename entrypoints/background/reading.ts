/** Background side of reading with context: holds the compiled KB and recognises article text. */
import type { Browser } from 'wxt/browser';
import type { BackgroundProtocol, Handlers } from '@/lib/messages';
import type { Kb } from '@/lib/kb/load';
import { entityReferences, recognizeWithChecks } from '@/lib/reading/article-checks';
import { statementIndex } from './quotes';
import { rememberReading } from './memory-store';
import { kbWithPacks } from './packs';

type ReadingMessages = Pick<BackgroundProtocol, 'recognize'>;

/** The bundled KB with the reader's enabled KB packs merged in, kept warm (see ./packs). */
export const readingKb = (): Promise<Kb> => kbWithPacks();

export const readingHandlers: Handlers<ReadingMessages, Browser.runtime.MessageSender> = {
  recognize: async ({ text, from, page, day }, sender) => {
    if (typeof text !== 'string') throw new Error('recognize needs the article text.');
    const [kb, statements] = await Promise.all([readingKb(), statementIndex()]);
    const recognition = recognizeWithChecks(kb, statements, text, typeof from === 'number' ? from : 0, typeof day === 'string' ? day : undefined);
    // People named only as "the Kazakh president" belong to the reading memory too.
    void rememberReading(page, entityReferences(recognition), sender);
    return recognition;
  },
};
