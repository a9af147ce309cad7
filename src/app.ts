/**
 * The Fastify app, built by a factory so tests `inject()` the real thing. Plugins are registered
 * here explicitly, in order: a newcomer reads this one list.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { TelegramChannel } from './channels/telegram/telegram-channel.js';
import { telegramWebhookPlugin } from './channels/telegram/telegram-webhook-plugin.js';
import { webchatPlugin } from './channels/webchat/webchat-plugin.js';
import type { WhatsAppCloudChannel } from './channels/whatsapp-cloud/whatsapp-cloud-channel.js';
import { whatsappCloudWebhookPlugin } from './channels/whatsapp-cloud/whatsapp-cloud-webhook-plugin.js';
import { defaultIntakeConfig, type IntakeConfig } from './config/intake-config.js';
import type { HotlineGateway } from './conversations/hotline-gateway.js';
import { guardConnections } from './http/connection-guard.js';
import { errorHandler } from './http/error-handler.js';
import { healthPlugin } from './http/health-plugin.js';
import { IntakeStats, registerIntakeStats } from './http/intake-stats.js';
import { RATE_WINDOW_MS, registerRateLimits } from './http/rate-limits.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import type { DeskGateway } from './workspace/sign-in.js';
import { type WorkspaceOptions, workspacePlugin } from './workspace/workspace-plugin.js';

/** Webhook payloads are small; anything larger is refused with 413. Routes set tighter ones. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  hotline: HotlineGateway;
  logger: Logger;
  /** The Telegram channel, when configured: its webhook route is served when it has a secret. */
  telegram?: TelegramChannel;
  /** The WhatsApp Cloud API channel, when configured: its webhook routes are served. */
  whatsappCloud?: WhatsAppCloudChannel;
  /** Whether the web chat is served, and the limits on every public route (default: development's). */
  intake?: IntakeConfig;
  /** The officer workspace at /petugas (needs the directory's officers): served when given. */
  workspace?: { desk: DeskGateway; translator: i18n; admins: readonly string[] } & Partial<
    Pick<WorkspaceOptions, 'rates' | 'limits' | 'directory' | 'regionName'>
  >;
  /** Tests shorten these: the web chat's long poll, and the interval of the request-count log line. */
  longPollMs?: number;
  statsIntervalMs?: number;
}

export async function buildApp({
  hotline,
  logger,
  telegram,
  whatsappCloud,
  intake = defaultIntakeConfig(),
  longPollMs,
  statsIntervalMs,
  workspace,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Fastify's per-request lines are off: intake-stats.ts logs each request at debug and a
    // per-minute count at info.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: intake.trustProxy,
    // Unknown fields are refused, not silently dropped: a typo in a client must show.
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setErrorHandler(errorHandler);
  const stats = new IntakeStats(logger);
  registerIntakeStats(app, stats, statsIntervalMs);
  guardConnections(
    app,
    // Behind a proxy every socket comes from the proxy: only the total is capped there.
    {
      perIp: intake.trustProxy === false ? intake.connectionsPerIp : undefined,
      total: intake.connectionsTotal,
    },
    stats,
  );
  await registerRateLimits(app, stats);
  await registerSecurityHeaders(app);
  await app.register(healthPlugin, { hotline, rateLimit: intake.rates.healthPerIp });
  if (intake.webchat) {
    await app.register(webchatPlugin, {
      gateway: hotline,
      stats,
      rates: intake.rates,
      longPolls: { perIp: intake.longPollsPerIp, total: intake.longPollsTotal },
      ...(longPollMs ? { longPollMs } : {}),
      // Another instance may deliver the reply a page here waits for: look again every second.
      ...(hotline.sharesDatabase ? { recheckMs: 1_000 } : {}),
    });
  }
  if (workspace) await app.register(workspacePlugin, workspace);
  if (telegram?.settings.webhookSecret) {
    await app.register(telegramWebhookPlugin, {
      handler: telegram.handler,
      secret: telegram.settings.webhookSecret,
      rateLimit: intake.rates.webhookPerIp,
    });
  }
  if (whatsappCloud) {
    await app.register(whatsappCloudWebhookPlugin, {
      handler: whatsappCloud.handler,
      appSecret: whatsappCloud.settings.appSecret,
      verifyToken: whatsappCloud.settings.verifyToken,
      rateLimit: intake.rates.webhookPerIp,
    });
  }
  // Unknown paths are limited too: a scan must not cost more than a refusal.
  app.setNotFoundHandler(
    { preHandler: app.rateLimit({ max: intake.rates.healthPerIp, timeWindow: RATE_WINDOW_MS }) },
    (_req, reply) => reply.code(404).send({ error: 'not_found', message: 'No such route.' }),
  );
  return app;
}
