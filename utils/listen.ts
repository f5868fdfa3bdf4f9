/** Wires a handler map from lib/messages.ts to runtime.onMessage, answering with `Result`s. */
import { browser, type Browser } from 'wxt/browser';
import { dispatch, isRequest, type Handlers } from '@/lib/messages';

type Sender = Browser.runtime.MessageSender;

/** Returns a function that removes the listener. */
export function listen<P extends object>(handlers: Handlers<P, Sender>): () => void {
  const listener = (message: unknown, sender: Sender) => {
    // Not ours: leave it for another listener (returning undefined means "no reply from me").
    if (!isRequest<P>(message, handlers)) return undefined;
    return dispatch(handlers, message, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
