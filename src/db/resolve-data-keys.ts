/**
 * The data keys for this run: DATA_KEY when set; otherwise a development key kept beside the
 * database (created once, with a warning), or a throwaway one for an in-memory database.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { type Config, ConfigError } from '../config/config.js';
import { loadOrCreateDevKey } from './data-key-store.js';
import { type DataKey, dataKey } from './field-cipher.js';

/** Where `npm start` keeps the development key of its default database, data/hotline.db. */
const DEFAULT_DEV_KEY_FILE = join('data', 'data-key');

export function resolveDataKeys(config: Config, logger: Logger): DataKey[] {
  if (config.dataKeys) return config.dataKeys;
  // A development key lives beside a SQLite file; a shared server needs the key every instance has.
  if (config.postgresUrl)
    throw new ConfigError(
      'DATA_KEY',
      'must be set with a PostgreSQL DATABASE_URL (every instance needs the same key)' +
        // A first install on SQLite generated its key here: `db copy` moved data written with it.
        (existsSync(DEFAULT_DEV_KEY_FILE)
          ? `; data copied from this folder's SQLite database needs its key: DATA_KEY="$(cat ${DEFAULT_DEV_KEY_FILE})"`
          : ''),
    );
  if (config.databaseFile === ':memory:') return [dataKey(randomBytes(32))];
  const file = join(dirname(config.databaseFile), 'data-key');
  const { keys, created } = loadOrCreateDevKey(file);
  if (created) {
    logger.warn({ file }, 'DATA_KEY is not set: generated a development key. Set DATA_KEY in production.');
  }
  return keys;
}
