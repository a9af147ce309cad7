/**
 * Builds the runtime from the configuration: data keys, database, triage, directory services.
 * Shared by `serve`, `chat` and `migrate`, so they can never disagree about the wiring.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import { loadOrCreateDevKey } from './db/data-key-store.js';
import { type DataKey, dataKey } from './db/field-cipher.js';
import { Hotline } from './conversations/hotline-runtime.js';
import { triage } from './triage/index.js';

export function resolveDataKeys(config: Config, logger: Logger): DataKey[] {
  if (config.dataKeys) return config.dataKeys;
  if (config.databaseFile === ':memory:') return [dataKey(randomBytes(32))];
  const file = join(dirname(config.databaseFile), 'data-key');
  const { keys, created } = loadOrCreateDevKey(file);
  if (created) {
    logger.warn({ file }, 'DATA_KEY is not set: generated a development key. Set DATA_KEY in production.');
  }
  return keys;
}

export function createHotline(config: Config, logger: Logger): Hotline {
  return new Hotline({
    databaseFile: config.databaseFile,
    dataKeys: resolveDataKeys(config, logger),
    logger,
    triage,
  });
}
