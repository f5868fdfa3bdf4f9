/** Background side of reading with context: holds the compiled KB and recognises article text. */
import type { BackgroundProtocol, Handlers } from '@/lib/messages';
import type { Browser } from 'wxt/browser';

type ReadingMessages = Pick<BackgroundProtocol, never>;

export const readingHandlers: Handlers<ReadingMessages, Browser.runtime.MessageSender> = {};
