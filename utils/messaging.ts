/** Typed senders for lib/messages.ts: unwrap `Result`s, turning `{ok: false}` into a thrown Error. */
import { browser } from 'wxt/browser';
import type { BackgroundProtocol, RequestOf, ResponseOf, Result, TabProtocol } from '@/lib/messages';

function unwrap<T>(reply: Result<T> | undefined, type: string): T {
  if (!reply) throw new Error(`No reply to "${type}": the receiving side is not listening.`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Result<ResponseOf<BackgroundProtocol, K>>;
  return unwrap(reply, type);
}

export async function sendToTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  payload: RequestOf<TabProtocol, K>,
): Promise<ResponseOf<TabProtocol, K>> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as Result<ResponseOf<TabProtocol, K>>;
  return unwrap(reply, type);
}
