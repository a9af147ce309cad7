/**
 * A small stand-in for the Telegram Bot API on a real loopback port, so grammY talks real HTTP in
 * tests and in the benchmark. It records every call, serves the methods the hotline uses, queues
 * updates for getUpdates (long polling included), serves files, and can be told to fail a method.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** process.hrtime.bigint() when the call arrived, for latency figures. */
  at: bigint;
  /** What the fake answered (`ok: true` calls only). */
  result?: unknown;
  /** A held call whose client gave up (aborted, or its process died) before it was released. */
  abandoned?: boolean;
}

export interface SentMessage {
  message_id: number;
  chat_id: unknown;
  text: string;
  options: { id: string; label: string }[];
}

export interface ApiFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

export interface FakeTelegramApiOptions {
  token?: string;
  /** Keep every call in `calls` (tests); the benchmark only listens through `onCall`. */
  record?: boolean;
  onCall?: (call: ApiCall) => void;
}

const BOT = { id: 999_000_111, is_bot: true, first_name: 'Hotline', username: 'hotline_test_bot' };

export class FakeTelegramApi {
  readonly token: string;
  readonly calls: ApiCall[] = [];
  webhook: { url: string; secret_token?: string } | undefined;
  private readonly server: Server;
  private readonly record: boolean;
  private readonly onCall: ((call: ApiCall) => void) | undefined;
  private readonly failures = new Map<string, ApiFailure[]>();
  /** Methods whose calls are held unanswered until released (a send on the wire during a crash). */
  private readonly held = new Map<string, Set<() => void>>();
  private readonly files = new Map<string, { path: string; bytes: Buffer }>();
  private readonly updates: Update[] = [];
  private readonly pollers = new Set<() => void>();
  private readonly waiters = new Set<() => void>();
  private nextMessageId = 1;

  constructor(options: FakeTelegramApiOptions = {}) {
    this.token = options.token ?? '123456:TEST-token_abcdefghijklmnopqrstuvwxyz';
    this.record = options.record ?? true;
    this.onCall = options.onCall;
    this.server = createServer((req, res) => void this.route(req, res));
    this.server.keepAliveTimeout = 60_000;
  }

  /** On `port` (any free one by default), loopback only. */
  async listen(port = 0): Promise<string> {
    this.server.listen(port, '127.0.0.1');
    await once(this.server, 'listening');
    return this.root;
  }

  get root(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const wake of this.pollers) wake();
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }

  // === Test controls

  /** The next `count` calls of `method` fail with this Bot API error. */
  failNext(method: string, failure: ApiFailure, count = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i++) list.push(failure);
    this.failures.set(method, list);
  }

  /**
   * Holds every later call of `method` unanswered (recorded, no result) until the returned function
   * is called; then they are answered as usual and new calls go through again.
   */
  hold(method: string): () => void {
    const waiting = new Set<() => void>();
    this.held.set(method, waiting);
    return () => {
      if (this.held.get(method) === waiting) this.held.delete(method);
      for (const go of waiting) go();
    };
  }

  /** Makes a file downloadable through getFile and the file URL. */
  addFile(fileId: string, bytes: Buffer, path = `photos/${fileId}.jpg`): void {
    this.files.set(fileId, { path, bytes });
  }

  /** Queues an update for getUpdates (long polling). */
  pushUpdate(update: Update): void {
    this.updates.push(update);
    for (const wake of this.pollers) wake();
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The texts and keyboards the bot sent, in order. */
  /** The messages the bot sent successfully, in order. */
  sentMessages(): SentMessage[] {
    return this.callsOf('sendMessage')
      .filter((c) => c.result !== undefined)
      .map(({ payload, result }) => ({
        message_id: (result as { message_id: number }).message_id,
        chat_id: payload.chat_id,
        text: String(payload.text),
        options: keyboardOf(payload.reply_markup),
      }));
  }

  /** Resolves once `predicate` holds for the recorded calls (checked on every call). */
  async waitFor(predicate: (calls: ApiCall[]) => boolean, timeoutMs = 5_000): Promise<void> {
    if (predicate(this.calls)) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error('fake Telegram API: condition not met in time'));
      }, timeoutMs);
      const check = () => {
        if (!predicate(this.calls)) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }

  // === HTTP

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const filePrefix = `/file/bot${this.token}/`;
    if (url.startsWith(filePrefix)) return this.serveFile(url.slice(filePrefix.length), res);
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url);
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const body = await readBody(req);
    if (match[1] !== this.token)
      return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2]!;
    const payload = body.length > 0 ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
    const call: ApiCall = { method, payload, at: process.hrtime.bigint() };
    if (this.record) this.calls.push(call);
    this.onCall?.(call);
    // A long poll is answered only much later: a waiter for the call itself must not wait for that.
    if (method === 'getUpdates') for (const check of [...this.waiters]) check();
    const holding = this.held.get(method);
    if (holding) {
      // A client that gave up (aborted, or its process was killed) closes the response early.
      let gone = false;
      const leave = () => {
        gone = true;
        call.abandoned = true;
        for (const check of [...this.waiters]) check();
      };
      res.once('close', leave);
      req.socket.once('end', leave);
      for (const check of [...this.waiters]) check();
      await new Promise<void>((go) => holding.add(go));
      // A close sent just before the release is still on its way through the loopback.
      await new Promise((settle) => setTimeout(settle, 50));
      res.off('close', leave);
      req.socket.off('end', leave);
      if (gone || res.destroyed) return;
    }
    const failure = this.failures.get(method)?.shift();
    const result = failure
      ? undefined
      : method === 'getUpdates'
        ? await this.getUpdates(payload, req)
        : this.answer(method, payload);
    if (failure) send(res, failure.error_code, { ok: false, ...failure });
    else if (result === undefined)
      send(res, 404, { ok: false, error_code: 404, description: `Not Found: method ${method}` });
    else {
      call.result = result;
      send(res, 200, { ok: true, result });
    }
    // Waiters look at results too, so they run once this call has been answered.
    for (const check of [...this.waiters]) check();
  }

  private answer(method: string, payload: Record<string, unknown>): unknown {
    switch (method) {
      case 'getMe':
        return BOT;
      case 'sendMessage':
        return {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: 'private' },
          from: BOT,
          text: payload.text,
        };
      case 'editMessageText':
      case 'editMessageReplyMarkup':
      case 'answerCallbackQuery':
      case 'deleteWebhook':
        if (method === 'deleteWebhook') this.webhook = undefined;
        return true;
      case 'setWebhook':
        this.webhook = {
          url: String(payload.url),
          ...(payload.secret_token ? { secret_token: String(payload.secret_token) } : {}),
        };
        return true;
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 };
      case 'getFile': {
        const file = this.files.get(String(payload.file_id));
        if (!file) return undefined;
        return {
          file_id: payload.file_id,
          file_unique_id: `u-${payload.file_id}`,
          file_size: file.bytes.length,
          file_path: file.path,
        };
      }
      default:
        return undefined;
    }
  }

  /** Confirms updates below `offset`, then answers at once or holds the request up to `timeout` s. */
  private async getUpdates(payload: Record<string, unknown>, req: IncomingMessage): Promise<Update[]> {
    const offset = typeof payload.offset === 'number' ? payload.offset : 0;
    while (this.updates.length > 0 && this.updates[0]!.update_id < offset) this.updates.shift();
    const timeoutMs = (typeof payload.timeout === 'number' ? payload.timeout : 0) * 1000;
    if (this.updates.length === 0 && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.pollers.delete(done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        this.pollers.add(done);
        req.once('close', done);
      });
    }
    return this.updates.slice(0, 100);
  }

  private serveFile(path: string, res: ServerResponse): void {
    const file = [...this.files.values()].find((f) => f.path === path);
    if (!file) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.length });
    res.end(file.bytes);
  }
}

function keyboardOf(markup: unknown): { id: string; label: string }[] {
  const rows = (markup as { inline_keyboard?: { text: string; callback_data: string }[][] } | undefined)
    ?.inline_keyboard;
  return (rows ?? []).flat().map((b) => ({ id: b.callback_data, label: b.text }));
}

/** Events rather than `for await`, which destroys the request and hides a client's later close. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
