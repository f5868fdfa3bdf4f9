import { describe, expect, it } from 'vitest';
import { dispatch, fail, isRequest, ok, type Handlers } from './messages';

interface Protocol {
  double: { request: { n: number }; response: number };
  explode: { request: Record<string, never>; response: never };
}

const handlers: Handlers<Protocol, string> = {
  double: ({ n }) => n * 2,
  explode: () => {
    throw new Error('boom');
  },
};

describe('message protocol', () => {
  it('recognises only messages whose type has a handler', () => {
    expect(isRequest<Protocol>({ type: 'double', payload: { n: 1 } }, handlers)).toBe(true);
    expect(isRequest<Protocol>({ type: 'toString', payload: {} }, handlers)).toBe(false);
    expect(isRequest<Protocol>({ type: 'other' }, handlers)).toBe(false);
    expect(isRequest<Protocol>('double', handlers)).toBe(false);
    expect(isRequest<Protocol>(null, handlers)).toBe(false);
  });

  it('wraps a handler result as {ok: true, value}', async () => {
    await expect(dispatch(handlers, { type: 'double', payload: { n: 21 } }, 'tab 1')).resolves.toEqual(ok(42));
  });

  it('turns a thrown error into a serialisable {ok: false, error}', async () => {
    const reply = await dispatch(handlers, { type: 'explode', payload: {} }, 'tab 1');
    expect(reply).toEqual({ ok: false, error: 'boom' });
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
    expect(fail('plain')).toEqual({ ok: false, error: 'plain' });
  });
});
