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
import { createHotlineServices } from './conversations/hotline-services.js';
import { Hotline } from './conversations/hotline-runtime.js';
import { createDirectoryGazetteer, loadDirectory } from './directory/index.js';
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
  // Validated at start-up: a broken directory must stop the service, not a conversation.
  const directory = loadDirectory(config.directoryFile);
  const gazetteer = createDirectoryGazetteer(directory);
  return new Hotline({
    databaseFile: config.databaseFile,
    dataKeys: resolveDataKeys(config, logger),
    logger,
    triage,
    services: (repos) => ({ hotline: createHotlineServices(directory, gazetteer, repos.cases) }),
  });
}
