/**
 * The local web chat: a page at `/` and two JSON routes. It goes through the same pipeline as the
 * real channels (ingest → worker → outbox → sender), so it is an honest way to try a flow.
 * Registered only when WEBCHAT is on (off in production unless an operator offers it). Every route
 * has its own per-address limit; posting also has a per-session one, and long polls are capped per
 * session, per address and in all (README → Security).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { IntakeConfig } from '../../config/intake-config.js';
import type { ChannelGateway } from '../../conversations/channel-gateway.js';
import { MAX_MESSAGE_CHARS } from '../../engine/text-limits.js';
import type { Input } from '../../engine/types.js';
import type { IntakeStats, RefusalReason } from '../../http/intake-stats.js';
import { perMinute, RATE_WINDOW_MS, tooManyRequests } from '../../http/rate-limits.js';
import { PROJECT_ROOT } from '../../lib/project-root.js';
import { ChatPage } from './chat-page.js';
import { LONG_POLLS_PER_SESSION, LongPollGate } from './long-poll-gate.js';
import { WebchatSender } from './webchat-sender.js';

/** A long poll answers after this long even when nothing arrived. */
const LONG_POLL_MS = 20_000;
/** A message of MAX_MESSAGE_CHARS characters, each up to 4 bytes of UTF-8, JSON-escaped, and its fields. */
const POST_BODY_LIMIT_BYTES = 32 * 1024;
/** GET routes carry no body. */
const GET_BODY_LIMIT_BYTES = 1024;
/** Seconds a refused long poll is asked to wait. */
const POLL_RETRY_AFTER_S = 5;

const Session = Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' });

// From the source tree, so the compiled service (dist/) serves the same files.
const PAGE_SCRIPT = readFileSync(join(PROJECT_ROOT, 'src/channels/webchat/page-script.js'), 'utf8');
const PAGE_STYLES = readFileSync(join(PROJECT_ROOT, 'src/channels/webchat/page-styles.css'), 'utf8');

const PostBody = Type.Object(
  {
    session: Session,
    /** The page's id for this message: a retried POST is stored once. */
    id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }),
    text: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_MESSAGE_CHARS })),
    choice: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    lang: Type.Optional(Type.String({ maxLength: 16 })),
  },
  { additionalProperties: false },
);

const PollQuery = Type.Object({
  after: Type.Integer({ minimum: 0, default: 0 }),
  wait: Type.Optional(Type.Boolean()),
});
/** The session travels in a header, never in the URL, where proxies, browsers and logs keep it. */
const PollHeaders = Type.Object({ 'x-chat-session': Session });

const PageQuery = Type.Object({ lang: Type.Optional(Type.String({ maxLength: 16 })) });

export interface WebchatPluginOptions {
  gateway: ChannelGateway;
  stats: IntakeStats;
  rates: IntakeConfig['rates'];
  longPolls: { perIp: number; total: number };
  longPollMs?: number;
  /**
   * Several instances on one database: a reply delivered by another instance wakes no poll here,
   * so a waiting poll reads again this often. Unset (one instance): only a delivery wakes it.
   */
  recheckMs?: number;
}

export const webchatPlugin: FastifyPluginAsync<WebchatPluginOptions> = async (app, options) => {
  const { gateway, stats, rates } = options;
  const longPollMs = options.longPollMs ?? LONG_POLL_MS;
  const sender = new WebchatSender();
  gateway.registerSender(sender);
  const page = new ChatPage();
  const gate = new LongPollGate({ perSession: LONG_POLLS_PER_SESSION, ...options.longPolls });
  // Waiting polls end when the app closes, so shutdown does not wait out their 20 s.
  const closing = new AbortController();
  app.addHook('preClose', async () => closing.abort());
  const perSession = app.createRateLimit({
    max: rates.webchatPostPerSession,
    timeWindow: RATE_WINDOW_MS,
    keyGenerator: (req) => (req.body as typeof PostBody.static).session,
  });

  app.get(
    '/',
    {
      config: perMinute(rates.webchatPostPerIp),
      bodyLimit: GET_BODY_LIMIT_BYTES,
      schema: { querystring: PageQuery },
    },
    async (req, reply) => {
      const query = req.query as typeof PageQuery.static;
      const html = page.render(query.lang ?? req.headers['accept-language']);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    },
  );

  // Browsers ask for an icon by themselves; a 404 would be noise in every page load. No icon on
  // purpose: a tab with a hotline's logo is a sign on a shared phone.
  app.get('/favicon.ico', { config: perMinute(rates.webchatPostPerIp) }, (_req, reply) =>
    reply.code(204).header('cache-control', 'max-age=86400').send(),
  );

  // The page's script and styles: files of their own, so its CSP allows nothing inline.
  for (const [url, type, body] of [
    ['/chat/page.js', 'text/javascript; charset=utf-8', PAGE_SCRIPT],
    ['/chat/page.css', 'text/css; charset=utf-8', PAGE_STYLES],
  ] as const) {
    app.get(
      url,
      { config: perMinute(rates.webchatPostPerIp), bodyLimit: GET_BODY_LIMIT_BYTES },
      (_req, reply) => reply.type(type).header('cache-control', 'no-cache').send(body),
    );
  }

  app.post(
    '/chat/messages',
    {
      config: perMinute(rates.webchatPostPerIp),
      bodyLimit: POST_BODY_LIMIT_BYTES,
      schema: { body: PostBody },
      preHandler: async (req) => {
        const limit = await perSession(req);
        if (!limit.isAllowed && limit.isExceeded) {
          stats.refused('session_rate_limit');
          throw tooManyRequests(`${limit.ttlInSeconds} seconds`);
        }
      },
    },
    async (req, reply) => {
      const body = req.body as typeof PostBody.static;
      const input = toInput(body);
      if (!input)
        return reply.code(400).send({ error: 'bad_request', message: 'send either text or choice' });
      const result = await gateway.ingest({
        channel: 'webchat',
        externalId: `${body.session}:${body.id}`,
        userId: body.session,
        address: body.session,
        input,
        ...(body.lang ? { languageHint: body.lang } : {}),
      });
      return reply.code(202).send({ stored: true, duplicate: !result.stored });
    },
  );

  app.get(
    '/chat/messages',
    {
      config: perMinute(rates.webchatPollPerIp),
      bodyLimit: GET_BODY_LIMIT_BYTES,
      schema: { querystring: PollQuery, headers: PollHeaders },
    },
    async (req, reply) => {
      const query = req.query as typeof PollQuery.static;
      const session = (req.headers as typeof PollHeaders.static)['x-chat-session'];
      let messages = await gateway.delivered('webchat', session, query.after);
      if (messages.length === 0 && query.wait) {
        const entered = gate.enter(session, req.ip);
        if (typeof entered === 'string') return refusePoll(reply, stats, entered);
        try {
          const abort = AbortSignal.any([closing.signal, abortOnClose(req.raw)]);
          const until = performance.now() + longPollMs;
          for (;;) {
            const left = until - performance.now();
            const woken = await sender.waitForDelivery(
              session,
              Math.min(left, options.recheckMs ?? left),
              abort,
            );
            messages = await gateway.delivered('webchat', session, query.after);
            // A delivery here answers the poll as it is (the page asks again); only a recheck that
            // found nothing waits on.
            if (woken || messages.length > 0 || abort.aborted || performance.now() >= until) break;
          }
        } finally {
          entered();
        }
      }
      return { messages: messages.map((m) => ({ id: m.id, ...m.message })) };
    },
  );
};

function toInput(body: typeof PostBody.static): Input | undefined {
  if (body.choice !== undefined && body.text === undefined) return { type: 'choice', optionId: body.choice };
  if (body.text !== undefined && body.choice === undefined) return { type: 'text', text: body.text };
  return undefined;
}

function abortOnClose(raw: NodeJS.EventEmitter): AbortSignal {
  const abort = new AbortController();
  raw.once('close', () => abort.abort());
  return abort.signal;
}

/**
 * 429 when one session or address holds too many polls, 503 when the service holds too many in all;
 * the connection is closed with the answer, so a refused client keeps no socket open.
 */
function refusePoll(reply: FastifyReply, stats: IntakeStats, reason: RefusalReason) {
  stats.refused(reason);
  return reply
    .code(reason === 'long_polls_total' ? 503 : 429)
    .header('connection', 'close')
    .header('retry-after', POLL_RETRY_AFTER_S)
    .send({ error: 'too_many_long_polls', message: 'Too many open requests; try again shortly.' });
}
