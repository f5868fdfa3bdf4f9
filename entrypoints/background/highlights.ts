/** Background side of highlights: the only place that opens the extension's IndexedDB. */
import type { BackgroundProtocol, Handlers } from '@/lib/messages';
import type { Browser } from 'wxt/browser';

type HighlightMessages = Pick<BackgroundProtocol, never>;

export const highlightHandlers: Handlers<HighlightMessages, Browser.runtime.MessageSender> = {};

/** Context menu, commands and other one-time wiring. */
export function setUpHighlights(): void {}
