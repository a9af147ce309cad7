/**
 * Process concerns only: listen, and shut down gracefully on SIGTERM/SIGINT — stop taking requests,
 * let in-flight work finish, close the database. Everything else is built in app.ts / bootstrap.ts.
 */
import type { Logger } from 'pino';
import { buildApp } from './app.js';
import { createHotline } from './bootstrap.js';
import { TelegramChannel, type TelegramChannelOptions } from './channels/telegram/telegram-channel.js';
import { WhatsAppCloudChannel } from './channels/whatsapp-cloud/whatsapp-cloud-channel.js';
import type { Config } from './config/config.js';
import type { Hotline } from './conversations/hotline-runtime.js';

/** A shutdown that takes longer than this is forced: the platform will re-deliver what was not acknowledged. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface ServiceOptions {
  /** Passed to the Telegram channel (the benchmark lifts the rate limits for its local fake API). */
  telegram?: TelegramChannelOptions;
  /** Builds the runtime; defaults to the shared bootstrap. */
  createHotline?: (config: Config, logger: Logger) => Hotline;
}

export interface RunningService {
  address: string;
  hotline: Hotline;
  /** Stops intake (polling, HTTP), lets in-flight work finish, closes the database. */
  close(): Promise<void>;
}

/** Builds and starts everything `serve` runs, without touching process signals. */
export async function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<RunningService> {
  const hotline = (options.createHotline ?? createHotline)(config, logger);
  const telegram = config.telegram
    ? new TelegramChannel(hotline, config.telegram, logger, options.telegram)
    : undefined;
  const whatsappCloud = config.whatsappCloud
    ? new WhatsAppCloudChannel(hotline, config.whatsappCloud, logger)
    : undefined;
  const app = await buildApp({
    hotline,
    logger,
    ...(telegram ? { telegram } : {}),
    ...(whatsappCloud ? { whatsappCloud } : {}),
  });
  const baileys = config.baileysEnabled ? await startBaileys(hotline, logger) : undefined;
  hotline.start();
  const address = await app.listen({ port: config.port, host: config.host });
  if (telegram?.mode === 'polling') telegram.startPolling();
  if (telegram) logger.info({ mode: telegram.mode }, 'telegram channel on');
  if (whatsappCloud)
    logger.info({ template: Boolean(config.whatsappCloud?.template) }, 'whatsapp cloud channel on');
  return {
    address,
    hotline,
    close: async () => {
      await telegram?.stop();
      await baileys?.stop();
      await app.close();
      await hotline.close();
    },
  };
}

/** The linked-device channel, loaded only when enabled (Baileys is large); it never pairs by itself. */
async function startBaileys(
  hotline: Hotline,
  logger: Logger,
): Promise<{ stop(): Promise<void> } | undefined> {
  const { BaileysChannel } = await import('./channels/whatsapp-baileys/baileys-channel.js');
  if (!BaileysChannel.isLinked(hotline)) {
    logger.error('BAILEYS_ENABLED is set but no number is linked: run `hotline whatsapp link` first');
    return undefined;
  }
  const channel = await BaileysChannel.create(hotline, logger);
  channel.start();
  logger.info('whatsapp linked-device channel on');
  return channel;
}

export async function serve(config: Config, logger: Logger): Promise<void> {
  const service = await startService(config, logger);
  const { address } = service;
  process.stdout.write(`Hotline PPA is running. Open ${address}/ to chat (health: ${address}/healthz)\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    await service.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
