/**
 * A small stand-in for the Graph API's WhatsApp endpoints on a real loopback port: `POST
 * /{version}/{phone id}/messages`, `GET /{version}/{media id}` and the media download URL. It checks
 * the bearer token, records every call, and can be told to fail the next calls with a Graph error.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** The wamid the fake gave a message it accepted. */
  messageId?: string;
}

export interface GraphFailure {
  status: number;
  code?: number;
  /** Meta's text; the hotline must never log it. */
  message?: string;
  retryAfterSeconds?: number;
}

/** One message the business sent, flattened for assertions and transcripts. */
export interface SentCloudMessage {
  messageId: string;
  to: string | undefined;
  recipient: string | undefined;
  type: string;
  text: string;
  options: { id: string; label: string }[];
  body: Record<string, unknown>;
}

export class FakeGraphApi {
  readonly token = 'EAAG-test-access-token-SANGAT-RAHASIA';
  readonly phoneNumberId = '106540352242922';
  readonly version = 'v23.0';
  readonly calls: GraphCall[] = [];
  private readonly server: Server;
  private readonly failures: GraphFailure[] = [];
  private readonly media = new Map<string, Buffer>();
  private nextId = 1;

  constructor() {
    this.server = createServer((req, res) => void this.route(req, res));
  }

  async listen(): Promise<string> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return this.root;
  }

  get root(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }

  // === Test controls

  /** The next `count` sends fail with this error. */
  failNext(failure: GraphFailure, count = 1): void {
    for (let i = 0; i < count; i++) this.failures.push(failure);
  }

  addMedia(mediaId: string, bytes: Buffer): void {
    this.media.set(mediaId, bytes);
  }

  callsTo(method: string, pathEnd: string): GraphCall[] {
    return this.calls.filter((c) => c.method === method && c.path.endsWith(pathEnd));
  }

  /** The messages the fake accepted, in order. */
  sentMessages(): SentCloudMessage[] {
    return this.callsTo('POST', '/messages')
      .filter((c) => c.messageId !== undefined)
      .map((c) => flatten(c));
  }

  // === HTTP

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.root);
    const raw = await readBody(req);
    const call: GraphCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      body: raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {},
      authorization: req.headers.authorization,
    };
    this.calls.push(call);
    if (call.authorization !== `Bearer ${this.token}`)
      return graphError(res, { status: 401, code: 190, message: 'Invalid OAuth access token.' });

    const download = /^\/media-download\/(.+)$/.exec(url.pathname);
    if (download) return this.serveMedia(decodeURIComponent(download[1]!), res);
    const [, version, node, edge] = url.pathname.split('/');
    if (version !== this.version) return graphError(res, { status: 400, code: 100, message: 'bad version' });

    if (call.method === 'POST' && node === this.phoneNumberId && edge === 'messages') {
      const failure = this.failures.shift();
      if (failure) return graphError(res, failure);
      call.messageId = `wamid.FAKE${String(this.nextId++).padStart(6, '0')}`;
      return json(res, 200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: call.body.to ?? call.body.recipient, wa_id: call.body.to }],
        messages: [{ id: call.messageId }],
      });
    }
    if (call.method === 'GET' && node && edge === undefined) {
      const bytes = this.media.get(decodeURIComponent(node));
      if (!bytes) return graphError(res, { status: 404, code: 100, message: 'Unsupported get request.' });
      return json(res, 200, {
        messaging_product: 'whatsapp',
        url: `${this.root}/media-download/${encodeURIComponent(node)}`,
        mime_type: 'image/jpeg',
        file_size: bytes.length,
        id: node,
      });
    }
    return graphError(res, { status: 404, code: 100, message: 'Unknown path' });
  }

  private serveMedia(mediaId: string, res: ServerResponse): void {
    const bytes = this.media.get(mediaId);
    if (!bytes) return graphError(res, { status: 404, code: 100 });
    res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': bytes.length });
    res.end(bytes);
  }
}

function flatten(call: GraphCall): SentCloudMessage {
  const body = call.body;
  const type = String(body.type);
  const base = {
    messageId: call.messageId!,
    to: body.to as string | undefined,
    recipient: body.recipient as string | undefined,
    type,
    body,
  };
  if (type === 'text') return { ...base, text: String((body.text as { body: string }).body), options: [] };
  if (type === 'interactive') {
    const interactive = body.interactive as {
      type: string;
      body: { text: string };
      action: {
        buttons?: { reply: { id: string; title: string } }[];
        sections?: { rows: { id: string; title: string; description?: string }[] }[];
      };
    };
    const options =
      interactive.type === 'button'
        ? (interactive.action.buttons ?? []).map((b) => ({ id: b.reply.id, label: b.reply.title }))
        : (interactive.action.sections ?? [])
            .flatMap((s) => s.rows)
            .map((r) => ({ id: r.id, label: r.description ?? r.title }));
    return { ...base, text: interactive.body.text, options };
  }
  if (type === 'template') {
    const template = body.template as { components?: { parameters?: { text?: string }[] }[] };
    return { ...base, text: String(template.components?.[0]?.parameters?.[0]?.text ?? ''), options: [] };
  }
  return { ...base, text: '', options: [] };
}

function graphError(res: ServerResponse, failure: GraphFailure): void {
  const headers: Record<string, string> = {};
  if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
  json(
    res,
    failure.status,
    {
      error: {
        message: failure.message ?? 'error',
        type: 'OAuthException',
        ...(failure.code === undefined ? {} : { code: failure.code }),
        fbtrace_id: 'AbCdEf',
      },
    },
    headers,
  );
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
