/**
 * `POST /webhooks/telegram`. Owns the route instead of grammY's webhookCallback, which would hold
 * the request until every handler finished: here the update is stored (the ingest transaction) and
 * acknowledged at once; the flow and the replies follow from the inbox and the outbox.
 *   401 — missing or wrong `X-Telegram-Bot-Api-Secret-Token` (checked before the body is read)
 *   400 — malformed JSON, or JSON that is not an update;  413 — a body over 1 MiB (the app's limit)
 *   200 — stored, a repeated `update_id` (stored once), or an update type we do not handle
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { Update } from 'grammy/types';
import { perMinute } from '../../http/rate-limits.js';
import type { TelegramUpdateHandler } from './telegram-update-handler.js';
import { updateIdOf } from './telegram-update-mapper.js';

export const TELEGRAM_WEBHOOK_PATH = '/webhooks/telegram';
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface TelegramWebhookOptions {
  handler: TelegramUpdateHandler;
  secret: string;
  /** Requests a minute per address: generous, Telegram delivers bursts from a few addresses. */
  rateLimit: number;
}

/** An update is a few KB; a long caption or a forwarded story stays far below this. */
const TELEGRAM_BODY_LIMIT_BYTES = 1024 * 1024;

export const telegramWebhookPlugin: FastifyPluginAsync<TelegramWebhookOptions> = async (
  app,
  { handler, secret, rateLimit },
) => {
  const expected = digest(secret);

  app.post(TELEGRAM_WEBHOOK_PATH, {
    config: perMinute(rateLimit),
    bodyLimit: TELEGRAM_BODY_LIMIT_BYTES,
    onRequest: async (req, reply) => {
      const given = req.headers[SECRET_HEADER];
      if (typeof given !== 'string' || !timingSafeEqual(digest(given), expected)) {
        return reply.code(401).send({ error: 'unauthorized', message: 'wrong or missing secret token' });
      }
    },
    handler: async (req, reply) => {
      if (updateIdOf(req.body) === undefined)
        return reply.code(400).send({ error: 'bad_request', message: 'not a Telegram update' });
      await handler.handle(req.body as Update);
      return reply.code(200).send();
    },
  });
};

/** Hashing first makes both sides the same length, so the comparison time says nothing. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
