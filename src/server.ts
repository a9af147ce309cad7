/**
 * Process concerns only: listen, and shut down gracefully on SIGTERM/SIGINT — stop taking requests,
 * let in-flight work finish, close the database. Everything else is built in app.ts / bootstrap.ts.
 */
import type { Logger } from 'pino';
import { buildApp } from './app.js';
import { createHotline } from './bootstrap.js';
import { claimDatabaseFile } from './db/service-pid-file.js';
import { startBaileys } from './channels/whatsapp-baileys/start-baileys.js';
import { resolveDataKeys } from './db/resolve-data-keys.js';
import { TelegramChannel, type TelegramChannelOptions } from './channels/telegram/telegram-channel.js';
import { NO_RATE_LIMITS } from './channels/telegram/telegram-rate-limiter.js';
import { WhatsAppCloudChannel } from './channels/whatsapp-cloud/whatsapp-cloud-channel.js';
import type { Config } from './config/config.js';
import { startupWarnings } from './config/startup-warnings.js';
import { sharedAreaCatalog } from './directory/index.js';
import type { HotlineGateway } from './conversations/hotline-gateway.js';
import type { Hotline } from './conversations/hotline-runtime.js';

/** A shutdown that takes longer than this is forced: the platform will re-deliver what was not acknowledged. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface ServiceOptions {
  /** Passed to the Telegram channel (the benchmark lifts the rate limits for its local fake API). */
  telegram?: TelegramChannelOptions;
}

export interface RunningService {
  address: string;
  hotline: HotlineGateway;
  /** Stops intake (polling, HTTP), lets in-flight work finish, closes the database. */
  close(): Promise<void>;
}

/**
 * Builds and starts everything `serve` runs, without touching process signals: the hotline
 * (database, flows, outbox, timers), the WhatsApp linked device, HTTP and the platform channels.
 */
export async function startService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<RunningService> {
  const dataKeys = resolveDataKeys(config, logger);
  // One process per SQLite file (db/service-pid-file.ts); PostgreSQL is made for several.
  const release = config.postgresUrl
    ? () => undefined
    : claimDatabaseFile(
        config.databaseFile,
        dataKeys.map((key) => key.id),
      );
  let started: Awaited<ReturnType<typeof startHotline>>;
  try {
    started = await startHotline({ ...config, dataKeys }, logger);
  } catch (error) {
    release();
    throw error;
  }
  const { hotline, baileys } = started;
  const telegram = config.telegram
    ? new TelegramChannel(hotline, config.telegram, logger, {
        ...(config.telegramRateLimit ? {} : { rateLimits: NO_RATE_LIMITS }),
        // Several instances on one database: only one long-polls Telegram at a time.
        pollerLease: hotline.pollerLease('telegram-poller'),
        ...options.telegram,
      })
    : undefined;
  const whatsappCloud = config.whatsappCloud
    ? new WhatsAppCloudChannel(hotline, config.whatsappCloud, logger)
    : undefined;
  const app = await buildApp({
    hotline,
    logger,
    intake: config.intake,
    workspace: {
      desk: hotline,
      translator: hotline.translator,
      admins: config.workspaceAdmins,
      ...(hotline.directoryReloader ? { directory: hotline.directoryReloader } : {}),
      regionName: (code) => sharedAreaCatalog().area(code)?.name,
    },
    ...(telegram ? { telegram } : {}),
    ...(whatsappCloud ? { whatsappCloud } : {}),
  });
  hotline.start();
  const address = await app.listen({ port: config.port, host: config.host });
  if (telegram?.mode === 'polling') telegram.startPolling();
  if (telegram) logger.info({ mode: telegram.mode }, 'telegram channel on');
  logger.info({ webchat: config.intake.webchat }, config.intake.webchat ? 'web chat on' : 'web chat off');
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
      release();
    },
  };
}

/**
 * The hotline and, when BAILEYS_ENABLED is set, the linked-device WhatsApp channel beside it, its
 * auth state and lease kept in the hotline's database.
 */
async function startHotline(
  config: Config,
  logger: Logger,
): Promise<{ hotline: Hotline; baileys: { stop(): Promise<void> } | undefined }> {
  const hotline = await createHotline(config, logger, (directory) => {
    for (const warning of startupWarnings(config, directory)) logger.warn(warning);
  });
  try {
    return {
      hotline,
      baileys: config.baileysEnabled
        ? await startBaileys(hotline, hotline.linkedDeviceStores(), logger)
        : undefined,
    };
  } catch (error) {
    await hotline.close();
    throw error;
  }
}

export async function serve(config: Config, logger: Logger): Promise<void> {
  const service = await startService(config, logger);
  const { address } = service;
  process.stdout.write(
    (config.intake.webchat
      ? `Hotline PPA is running. Open ${address}/ to chat (health: ${address}/healthz)\n`
      : `Hotline PPA is running at ${address} (web chat off; health: ${address}/healthz)\n`) +
      // Which data this instance serves: behind a load balancer, every instance must name the same.
      `Database: ${databaseName(config)}\n`,
  );

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

/** The database an instance serves, for people: the engine and where, never a user or password. */
export function databaseName(config: Pick<Config, 'postgresUrl' | 'databaseFile'>): string {
  if (!config.postgresUrl) return `SQLite ${config.databaseFile}`;
  try {
    const url = new URL(config.postgresUrl);
    return `PostgreSQL ${url.hostname || 'local socket'}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
