/**
 * Process concerns only: listen, and shut down gracefully on SIGTERM/SIGINT — stop taking requests,
 * let in-flight work finish, close the database. Everything else is built in app.ts / bootstrap.ts.
 */
import type { Logger } from 'pino';
import { buildApp } from './app.js';
import { createHotline } from './bootstrap.js';
import type { Config } from './config/config.js';

/** A shutdown that takes longer than this is forced: the platform will re-deliver what was not acknowledged. */
const SHUTDOWN_GRACE_MS = 10_000;

export async function serve(config: Config, logger: Logger): Promise<void> {
  const hotline = createHotline(config, logger);
  const app = await buildApp({ hotline, logger });
  hotline.start();
  const address = await app.listen({ port: config.port, host: config.host });
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
    await app.close();
    await hotline.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
