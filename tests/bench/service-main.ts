/**
 * The benchmark's service process: the same wiring as `hotline serve` (bootstrap, app, Telegram
 * channel in webhook mode), configured from the environment the driver sets. Only Telegram's rate
 * limits are lifted: the fake Bot API has none, and the point is to measure our own pipeline.
 */
import { NO_RATE_LIMITS } from '../../src/channels/telegram/telegram-rate-limiter.js';
import { loadConfig } from '../../src/config/config.js';
import { createLogger } from '../../src/log/logger.js';
import { startService } from '../../src/server.js';

const config = loadConfig(process.env);
const logger = createLogger(config.logLevel, process.stderr);
const service = await startService(config, logger, { telegram: { rateLimits: NO_RATE_LIMITS } });
process.stdout.write(`READY ${service.address}\n`);
process.once('SIGTERM', () => {
  void service.close().then(() => process.exit(0));
});
