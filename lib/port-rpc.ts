import { fail, type Result } from './protocol';

/**
 * Calls over a long-lived port (runtime.connect), in order. The popup sends every write this way:
 * a port delivers messages in the order they were posted, so an autosave typed a moment before
 * "Save" can never land after it, and messages posted just before the popup closes still arrive.
 */

export interface PortRequest {
  id: number;
  call: string;
  args: unknown;
}

export interface PortReply {
  id: number;
  reply: Result<unknown>;
}

export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

function isReply(message: unknown): message is PortReply {
  return typeof message === 'object' && message !== null && typeof (message as PortReply).id === 'number' && 'reply' in message;
}

/** The popup's side: `send` resolves with the background's reply (or a failure if the port drops). */
export function createPortSender(connect: () => PortLike) {
  let port: PortLike | null = null;
  let nextId = 1;
  const waiting = new Map<number, (reply: Result<unknown>) => void>();

  function open(): PortLike {
    if (port) return port;
    const opened = connect();
    opened.onMessage.addListener((message) => {
      if (!isReply(message)) return;
      waiting.get(message.id)?.(message.reply);
      waiting.delete(message.id);
    });
    opened.onDisconnect.addListener(() => {
      port = null;
      for (const resolve of waiting.values()) resolve(fail('Gleaner’s background stopped; your change was kept in this window. Try again.'));
      waiting.clear();
    });
    port = opened;
    return opened;
  }

  return (envelope: { call: string; args: unknown }): Promise<Result<unknown>> =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      try {
        open().postMessage({ id, ...envelope } satisfies PortRequest);
      } catch (error) {
        waiting.delete(id);
        port = null;
        resolve(fail(error instanceof Error ? error.message : String(error)));
      }
    });
}

/** Keys that make two queued writes interchangeable: only the later one needs to run. */
export type CoalesceKey = (request: PortRequest) => string | null;

/**
 * The background's side: runs requests one at a time in arrival order. A queued write that a
 * later one with the same coalesce key supersedes is answered without running (typing fast
 * queues many autosaves of the same clip; only the last matters).
 */
export function servePort(
  port: PortLike,
  dispatch: (message: unknown) => Promise<Result<unknown> | null>,
  coalesceKey: CoalesceKey,
): void {
  const queue: PortRequest[] = [];
  let running = false;
  let connected = true;
  port.onDisconnect.addListener(() => {
    connected = false;
  });
  const reply = (message: PortReply) => {
    if (connected) port.postMessage(message);
  };

  async function drain(): Promise<void> {
    running = true;
    while (queue.length > 0) {
      const request = queue.shift()!;
      const key = coalesceKey(request);
      if (key !== null && queue.some((later) => coalesceKey(later) === key)) {
        reply({ id: request.id, reply: { ok: true, value: null } });
        continue;
      }
      const result = (await dispatch(request)) ?? fail(`Unknown call: ${request.call}`);
      reply({ id: request.id, reply: result });
    }
    running = false;
  }

  port.onMessage.addListener((message) => {
    const request = message as PortRequest;
    if (typeof request?.id !== 'number' || typeof request.call !== 'string') return;
    queue.push(request);
    if (!running) void drain();
  });
}
