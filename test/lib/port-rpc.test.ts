import { expect, test } from 'vitest';
import { coalesceAutosaves } from '@/lib/autosave';
import { createPortSender, servePort, type PortLike } from '@/lib/port-rpc';
import { ok, type Result } from '@/lib/protocol';

/** Two connected in-memory port ends, delivering asynchronously like the real thing. */
function portPair(): [PortLike, PortLike, () => void] {
  const listeners: [((m: unknown) => void)[], ((m: unknown) => void)[]] = [[], []];
  const disconnects: [(() => void)[], (() => void)[]] = [[], []];
  const end = (side: 0 | 1): PortLike => ({
    postMessage: (message) => queueMicrotask(() => listeners[1 - side]!.forEach((l) => l(structuredClone(message)))),
    onMessage: { addListener: (l) => void listeners[side].push(l) },
    onDisconnect: { addListener: (l) => void disconnects[side].push(l) },
  });
  const disconnect = () => disconnects.flat().forEach((l) => l());
  return [end(0), end(1), disconnect];
}

test('writes run one at a time, in the order they were sent', async () => {
  const [popupEnd, backgroundEnd] = portPair();
  const ran: string[] = [];
  servePort(
    backgroundEnd,
    async (message) => {
      const { call, args } = message as { call: string; args: { n: number } };
      await new Promise((r) => setTimeout(r, 5 - args.n)); // later calls finish faster if run in parallel
      ran.push(`${call}${args.n}`);
      return ok(args.n);
    },
    () => null,
  );
  const send = createPortSender(() => popupEnd);
  const replies = await Promise.all([1, 2, 3].map((n) => send({ call: 'saveClip', args: { n } })));
  expect(ran).toEqual(['saveClip1', 'saveClip2', 'saveClip3']);
  expect(replies).toEqual([ok(1), ok(2), ok(3)]);
});

test('queued autosaves of one clip collapse to the newest; other writes all run', async () => {
  const [popupEnd, backgroundEnd] = portPair();
  const ran: unknown[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  servePort(
    backgroundEnd,
    async (message) => {
      const { call, args } = message as { call: string; args: unknown };
      if (call === 'saveClip') await gate; // hold the queue so autosaves pile up behind it
      ran.push([call, args]);
      return ok(null);
    },
    coalesceAutosaves,
  );
  const send = createPortSender(() => popupEnd);
  const pending: Promise<Result<unknown>>[] = [send({ call: 'saveClip', args: {} })];
  for (const text of ['a', 'ab', 'abc']) pending.push(send({ call: 'updateNotes', args: { clipId: 'c1', notes: text } }));
  pending.push(send({ call: 'updateNotes', args: { clipId: 'c2', notes: 'other' } }));
  await new Promise((r) => setTimeout(r, 10));
  release();
  const replies = await Promise.all(pending);
  expect(replies.every((r) => r.ok)).toBe(true);
  expect(ran).toEqual([
    ['saveClip', {}],
    ['updateNotes', { clipId: 'c1', notes: 'abc' }],
    ['updateNotes', { clipId: 'c2', notes: 'other' }],
  ]);
});

test('a dropped port fails the waiting calls with a message, and the next call reconnects', async () => {
  let connections = 0;
  let drop!: () => void;
  const send = createPortSender(() => {
    connections += 1;
    const [popupEnd, , disconnect] = portPair(); // nobody serves: calls wait
    drop = disconnect;
    return popupEnd;
  });
  const waiting = send({ call: 'saveClip', args: {} });
  drop();
  const reply = await waiting;
  expect(reply.ok).toBe(false);
  void send({ call: 'saveClip', args: {} });
  expect(connections).toBe(2);
});
