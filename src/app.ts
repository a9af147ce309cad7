/**
 * The Fastify app, built by a factory so tests `inject()` the real thing. Plugins are registered
 * here explicitly, in order: a newcomer reads this one list.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { webchatPlugin } from './channels/webchat/webchat-plugin.js';
import type { Hotline } from './conversations/hotline-runtime.js';
import { errorHandler } from './http/error-handler.js';
import { healthPlugin } from './http/health-plugin.js';

/** Webhook payloads are small; anything larger is refused with 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  hotline: Hotline;
  logger: Logger;
}

export async function buildApp({ hotline, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Unknown fields are refused, not silently dropped: a typo in a client must show.
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setErrorHandler(errorHandler);
  await app.register(healthPlugin, { hotline });
  await app.register(webchatPlugin, { hotline });
  return app;
}
