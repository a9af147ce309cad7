/**
 * The Fastify app, built by a factory so tests `inject()` the real thing. Plugins are registered
 * here explicitly, in order: a newcomer reads this one list.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { TelegramChannel } from './channels/telegram/telegram-channel.js';
import { telegramWebhookPlugin } from './channels/telegram/telegram-webhook-plugin.js';
import { webchatPlugin } from './channels/webchat/webchat-plugin.js';
import type { WhatsAppCloudChannel } from './channels/whatsapp-cloud/whatsapp-cloud-channel.js';
import { whatsappCloudWebhookPlugin } from './channels/whatsapp-cloud/whatsapp-cloud-webhook-plugin.js';
import type { HotlineGateway } from './conversations/hotline-gateway.js';
import { errorHandler } from './http/error-handler.js';
import { healthPlugin } from './http/health-plugin.js';

/** Webhook payloads are small; anything larger is refused with 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  hotline: HotlineGateway;
  logger: Logger;
  /** The Telegram channel, when configured: its webhook route is served when it has a secret. */
  telegram?: TelegramChannel;
  /** The WhatsApp Cloud API channel, when configured: its webhook routes are served. */
  whatsappCloud?: WhatsAppCloudChannel;
}

export async function buildApp({
  hotline,
  logger,
  telegram,
  whatsappCloud,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Unknown fields are refused, not silently dropped: a typo in a client must show.
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setErrorHandler(errorHandler);
  await app.register(healthPlugin, { hotline });
  await app.register(webchatPlugin, { hotline });
  if (telegram?.settings.webhookSecret) {
    await app.register(telegramWebhookPlugin, {
      handler: telegram.handler,
      secret: telegram.settings.webhookSecret,
    });
  }
  if (whatsappCloud) {
    await app.register(whatsappCloudWebhookPlugin, {
      handler: whatsappCloud.handler,
      appSecret: whatsappCloud.settings.appSecret,
      verifyToken: whatsappCloud.settings.verifyToken,
    });
  }
  return app;
}
