/**
 * The one message protocol between Backstory's contexts. Every request names its type; every
 * reply is a serialisable `Result`, so errors cross context boundaries as data, never as thrown
 * exceptions that the polyfill would flatten into "undefined".
 *
 * - `BackgroundProtocol`: content scripts, popup and library → background (the only context that
 *   holds the KB and touches IndexedDB).
 * - `TabProtocol`: popup → the content script of a tab.
 *
 * Features add their messages to these maps; `entrypoints/background` registers one handler per key.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(error: unknown): Result<never> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

export interface BackgroundProtocol {
  /** Liveness and version, used by tests and the popup's diagnostics. */
  ping: { request: Record<string, never>; response: { version: string } };
}

export interface TabProtocol {
  /** What the content script found on its page. */
  pageStatus: { request: Record<string, never>; response: PageStatus };
}

export interface PageStatus {
  url: string;
  title: string;
  /** Why nothing is shown, when nothing is. */
  state: 'annotated' | 'not-article' | 'paused' | 'starting';
}

/** A message as it arrives from another context: its payload is checked by the handler's types only. */
export interface IncomingRequest<P> {
  type: keyof P & string;
  payload: unknown;
}

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type Handlers<P, Sender = unknown> = {
  [K in keyof P]: (payload: RequestOf<P, K>, sender: Sender) => ResponseOf<P, K> | Promise<ResponseOf<P, K>>;
};

/** Checks the shape of an incoming message before dispatch: messages come from other contexts. */
export function isRequest<P extends object>(message: unknown, handlers: Handlers<P, never>): message is IncomingRequest<P> {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}

/** Runs the handler for a request and wraps its outcome as a `Result`. */
export async function dispatch<P extends object, Sender>(
  handlers: Handlers<P, Sender>,
  message: IncomingRequest<P>,
  sender: Sender,
): Promise<Result<unknown>> {
  try {
    const handler = handlers[message.type as keyof P] as (payload: unknown, sender: Sender) => unknown;
    return ok(await handler(message.payload, sender));
  } catch (error) {
    return fail(error);
  }
}
