/**
 * Builds the runtime from the configuration: data keys, database, triage, directory services.
 * Shared by `serve`, `chat` and `migrate`, so they can never disagree about the wiring.
 */
import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import { openHotlineDatabase } from './db/client.js';
import { FieldCipher } from './db/field-cipher.js';
import { resolveDataKeys } from './db/resolve-data-keys.js';
import { createHotlineServices } from './conversations/directory-services.js';
import { splitForChannel } from './conversations/message-parts.js';
import { Hotline } from './conversations/hotline-runtime.js';
import { createDirectoryGazetteer, type Directory, loadDirectoryWithWarnings } from './directory/index.js';
import { createTranslator } from './i18n/translator.js';
import { triage } from './triage/index.js';

export async function createHotline(
  config: Config,
  logger: Logger,
  /** Sees the directory as loaded (`serve` checks the configuration against it). */
  onDirectory: (directory: Directory) => void = () => undefined,
): Promise<Hotline> {
  // Validated at start-up: a broken directory must stop the service, not a conversation. Warnings
  // (a drill's short timeout, a zone taken from the region) are logged and the service starts.
  const { directory, warnings } = loadDirectoryWithWarnings(config.directoryFile);
  for (const warning of warnings) logger.warn({ file: config.directoryFile, warning }, 'directory warning');
  onDirectory(directory);
  const gazetteer = createDirectoryGazetteer(directory);
  // One translator for the conversations and the services that format text (office hours).
  const translator = createTranslator();
  const dataKeys = resolveDataKeys(config, logger);
  // PostgreSQL: migrated and its key checked before anything else (openPostgresStorage).
  const storage = config.postgresUrl
    ? await (await postgresAdapter()).openPostgresStorage(config.postgresUrl, dataKeys, {
        splitPayload: splitForChannel,
      })
    : undefined;
  return new Hotline({
    databaseFile: config.databaseFile,
    ...(storage ? { storage } : {}),
    dataKeys,
    logger,
    triage,
    translator,
    directory,
    retention: config.retention,
    services: {
      hotline: createHotlineServices(directory, gazetteer, translator, config.abuseLimits.reference),
    },
    // The workspace's administrators may reload the file; the services are rebuilt over the new one.
    directorySource: {
      file: config.directoryFile,
      warnings,
      services: (next) => ({
        hotline: createHotlineServices(
          next,
          createDirectoryGazetteer(next),
          translator,
          config.abuseLimits.reference,
        ),
      }),
    },
    alertLimits: config.abuseLimits.alerts,
    ...(config.publicUrl ? { workspaceUrl: `${config.publicUrl}/petugas` } : {}),
    senderPace: config.abuseLimits.sender,
  });
}

/**
 * The PostgreSQL adapter (pg, drizzle's pg-core, its schema), loaded only when DATABASE_URL selects
 * it: on SQLite it would hold about 5 MB of heap for nothing (issue 14's idle-memory target).
 */
const postgresAdapter = () => import('./db/postgres/postgres-storage.js');

/**
 * `hotline migrate`: opens the database, proves DATA_KEY reads it, applies the migrations. Needs no
 * directory, so a broken offices file never blocks a database upgrade.
 */
export async function migrateDatabase(config: Config, logger: Logger): Promise<void> {
  const keys = resolveDataKeys(config, logger);
  if (config.postgresUrl) {
    await (await (await postgresAdapter()).openPostgresStorage(config.postgresUrl, keys)).close();
    return;
  }
  openHotlineDatabase(config.databaseFile, new FieldCipher(keys), keys).$client.close();
}
