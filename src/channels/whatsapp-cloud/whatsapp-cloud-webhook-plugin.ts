/**
 * `GET /webhooks/whatsapp` — Meta's verification handshake: `hub.mode=subscribe` with our
 *   WHATSAPP_VERIFY_TOKEN → the `hub.challenge` echoed back; anything else → 403.
 * `POST /webhooks/whatsapp` — the raw body is kept as bytes and its `X-Hub-Signature-256`
 *   (HMAC-SHA256 with WHATSAPP_APP_SECRET) checked before any parsing: 401 when missing or wrong.
 *   Then 400 for malformed JSON; otherwise stored and 200 (unknown payloads included), so Meta
 *   does not retry what we have. A repeated message id is stored once (ingest).
 * Every content type is read as bytes, and only inside this plugin's scope (other routes keep
 * Fastify's parsers): the signature covers what was received, whatever the sender called it — a
 * text/plain body parsed as a string would otherwise be checked as an empty buffer.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { perMinute } from '../../http/rate-limits.js';
import type { WhatsAppCloudWebhookHandler } from './whatsapp-cloud-webhook-handler.js';

export const WHATSAPP_WEBHOOK_PATH = '/webhooks/whatsapp';
const SIGNATURE_HEADER = 'x-hub-signature-256';
const SIGNATURE_PREFIX = 'sha256=';

export interface WhatsAppCloudWebhookOptions {
  handler: WhatsAppCloudWebhookHandler;
  appSecret: string;
  verifyToken: string;
  /** Requests a minute per address for the events: generous, Meta delivers bursts from a few addresses. */
  rateLimit: number;
}

/** Meta's event batches are a few KB; media arrive as ids, never inline. */
const WHATSAPP_BODY_LIMIT_BYTES = 1024 * 1024;
/** The verification handshake happens once, when the webhook is registered. */
const VERIFY_PER_MINUTE = 30;
const VERIFY_BODY_LIMIT_BYTES = 1024;

export const whatsappCloudWebhookPlugin: FastifyPluginAsync<WhatsAppCloudWebhookOptions> = async (
  app,
  { handler, appSecret, verifyToken, rateLimit },
) => {
  const expectedToken = digest(verifyToken);

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.get(
    WHATSAPP_WEBHOOK_PATH,
    { config: perMinute(VERIFY_PER_MINUTE), bodyLimit: VERIFY_BODY_LIMIT_BYTES },
    async (req, reply) => {
      const query = req.query as Record<string, unknown>;
      const token = query['hub.verify_token'];
      const challenge = query['hub.challenge'];
      if (
        query['hub.mode'] !== 'subscribe' ||
        typeof token !== 'string' ||
        typeof challenge !== 'string' ||
        !timingSafeEqual(digest(token), expectedToken)
      ) {
        return reply.code(403).send({ error: 'forbidden', message: 'verification failed' });
      }
      return reply.code(200).type('text/plain').send(challenge);
    },
  );

  app.post(WHATSAPP_WEBHOOK_PATH, {
    config: perMinute(rateLimit),
    bodyLimit: WHATSAPP_BODY_LIMIT_BYTES,
    onRequest: async (req, reply) => {
      const given = req.headers[SIGNATURE_HEADER];
      if (typeof given !== 'string' || !given.startsWith(SIGNATURE_PREFIX))
        return reply.code(401).send({ error: 'unauthorized', message: 'missing signature' });
    },
    handler: async (req, reply) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const given = String(req.headers[SIGNATURE_HEADER]).slice(SIGNATURE_PREFIX.length);
      const expected = createHmac('sha256', appSecret).update(raw).digest('hex');
      if (!timingSafeEqual(digest(given.toLowerCase()), digest(expected)))
        return reply.code(401).send({ error: 'unauthorized', message: 'wrong signature' });
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return reply.code(400).send({ error: 'bad_request', message: 'malformed JSON' });
      }
      await handler.handle(body);
      return reply.code(200).send();
    },
  });
};

/** Hashing first makes both sides the same length, so the comparison time says nothing. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
