/**
 * The local web chat: a page at `/` and two JSON routes. It goes through the same pipeline as the
 * real channels (ingest → worker → outbox → sender), so it is an honest way to try a flow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsync } from 'fastify';
import type { HotlineGateway } from '../../conversations/hotline-gateway.js';
import { PROJECT_ROOT } from '../../lib/project-root.js';
import type { Input } from '../../engine/types.js';
import { WebchatSender } from './webchat-sender.js';

// From the source tree, so the compiled service (dist/) serves the same page.
const PAGE = readFileSync(join(PROJECT_ROOT, 'src/channels/webchat/chat-page.html'), 'utf8');
/** A long poll answers after this long even when nothing arrived. */
const LONG_POLL_MS = 20_000;
/** Longer texts are cut by chat apps too; this keeps one message a readable story. */
const MAX_TEXT_LENGTH = 4_000;

const Session = Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' });

const PostBody = Type.Object(
  {
    session: Session,
    /** The page's id for this message: a retried POST is stored once. */
    id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }),
    text: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_TEXT_LENGTH })),
    choice: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    lang: Type.Optional(Type.String({ maxLength: 16 })),
  },
  { additionalProperties: false },
);

const PollQuery = Type.Object({
  session: Session,
  after: Type.Integer({ minimum: 0, default: 0 }),
  wait: Type.Optional(Type.Boolean()),
});

export const webchatPlugin: FastifyPluginAsync<{ hotline: HotlineGateway }> = async (app, { hotline }) => {
  const sender = new WebchatSender();
  hotline.registerSender(sender);

  app.get('/', async (_req, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(PAGE),
  );

  app.post('/chat/messages', { schema: { body: PostBody } }, async (req, reply) => {
    const body = req.body as typeof PostBody.static;
    const input = toInput(body);
    if (!input) return reply.code(400).send({ error: 'bad_request', message: 'send either text or choice' });
    const result = await hotline.ingest({
      channel: 'webchat',
      externalId: `${body.session}:${body.id}`,
      userId: body.session,
      address: body.session,
      input,
      ...(body.lang ? { languageHint: body.lang } : {}),
    });
    return reply.code(202).send({ stored: true, duplicate: !result.stored });
  });

  app.get('/chat/messages', { schema: { querystring: PollQuery } }, async (req) => {
    const query = req.query as typeof PollQuery.static;
    let messages = await hotline.delivered('webchat', query.session, query.after);
    if (messages.length === 0 && query.wait) {
      const abort = new AbortController();
      req.raw.once('close', () => abort.abort());
      await sender.waitForDelivery(query.session, LONG_POLL_MS, abort.signal);
      messages = await hotline.delivered('webchat', query.session, query.after);
    }
    return { messages: messages.map((m) => ({ id: m.id, ...m.message })) };
  });
};

function toInput(body: typeof PostBody.static): Input | undefined {
  if (body.choice !== undefined && body.text === undefined) return { type: 'choice', optionId: body.choice };
  if (body.text !== undefined && body.choice === undefined) return { type: 'text', text: body.text };
  return undefined;
}
