/**
 * Calls between two threads over a worker's message channel: each side handles methods by name and
 * calls the other's, typed by an interface per side. Errors cross as plain data and are rebuilt as
 * the classes callers act on (SendError, MediaDownloadError, ConfigError), so a retry decision or a
 * configuration message survives the hop.
 */
import { ConfigError } from '../config/config.js';
import { MediaDownloadError, SendError } from '../conversations/channel-contract.js';

/** The part of a Worker or of `parentPort` used here. */
export interface MessageEndpoint {
  postMessage(value: unknown): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: method tables are checked where they are declared
type Methods = Record<string, (...args: any[]) => unknown>;

export interface SerializedError {
  name: string;
  message: string;
  code?: string;
  retryable?: boolean;
  retryAfterMs?: number;
  exactWait?: boolean;
  variable?: string;
}

type Envelope =
  | { rpc: 'call'; id: number; method: string; args: unknown[] }
  | { rpc: 'notify'; method: string; args: unknown[] }
  | { rpc: 'ok'; id: number; value: unknown }
  | { rpc: 'error'; id: number; error: SerializedError };

export class RpcPeer<Local extends Methods, Remote extends Methods> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private closedWith: Error | undefined;

  constructor(
    private readonly endpoint: MessageEndpoint,
    private readonly local: Local,
  ) {
    endpoint.on('message', (value) => this.receive(value as Envelope));
  }

  call<K extends keyof Remote & string>(
    method: K,
    ...args: Parameters<Remote[K]>
  ): Promise<Awaited<ReturnType<Remote[K]>>> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.endpoint.postMessage({ rpc: 'call', id, method, args } satisfies Envelope);
    });
  }

  /** A call whose answer nobody waits for (the order of messages is still kept). */
  notify<K extends keyof Remote & string>(method: K, ...args: Parameters<Remote[K]>): void {
    this.endpoint.postMessage({ rpc: 'notify', method, args } satisfies Envelope);
  }

  /** The other side is gone: every call waiting and every later call fails with `error`. */
  close(error: Error): void {
    this.closedWith = error;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  private receive(envelope: Envelope): void {
    switch (envelope.rpc) {
      case 'call':
      case 'notify':
        return void this.run(envelope);
      case 'ok':
        this.settle(envelope.id)?.resolve(envelope.value);
        return;
      case 'error':
        this.settle(envelope.id)?.reject(rebuildError(envelope.error));
        return;
    }
  }

  private settle(id: number) {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    return waiting;
  }

  private async run(envelope: Extract<Envelope, { rpc: 'call' | 'notify' }>): Promise<void> {
    const reply = (message: Envelope) => {
      if (envelope.rpc === 'call') this.endpoint.postMessage(message);
    };
    const id = envelope.rpc === 'call' ? envelope.id : 0;
    try {
      const handler = this.local[envelope.method];
      if (!handler) throw new Error(`no handler for ${envelope.method}`);
      reply({ rpc: 'ok', id, value: await handler(...envelope.args) });
    } catch (error) {
      reply({ rpc: 'error', id, error: serializeError(error) });
    }
  }
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const fields = error as Error & Partial<SerializedError>;
  return {
    name: error.name,
    message: error.message,
    ...(typeof fields.code === 'string' ? { code: fields.code } : {}),
    ...(typeof fields.retryable === 'boolean' ? { retryable: fields.retryable } : {}),
    ...(typeof fields.retryAfterMs === 'number' ? { retryAfterMs: fields.retryAfterMs } : {}),
    ...(fields.exactWait === true ? { exactWait: true } : {}),
    ...(typeof fields.variable === 'string' ? { variable: fields.variable } : {}),
  };
}

export function rebuildError(data: SerializedError): Error {
  if (data.name === 'SendError')
    return new SendError(data.message, data.retryable ?? true, data.code ?? 'unexpected', data.retryAfterMs, {
      exactWait: data.exactWait === true,
    });
  if (data.name === 'MediaDownloadError')
    return new MediaDownloadError(data.message, data.retryable ?? true, data.code ?? 'unexpected');
  if (data.name === 'ConfigError' && data.variable !== undefined)
    return new ConfigError(data.variable, data.message.slice(data.variable.length + 1));
  return Object.assign(new Error(data.message), {
    name: data.name,
    ...(data.code ? { code: data.code } : {}),
  });
}
