import type { Config } from '../config/config.js';
import { backupDatabase, restoreDatabase } from '../db/backup.js';
import { refuseWhileServed } from '../db/service-pid-file.js';
import { verifyDataKeys } from '../db/data-key-check.js';
import { FieldCipher } from '../db/field-cipher.js';
import { resolveDataKeys } from '../db/resolve-data-keys.js';
import { systemClock } from '../lib/clock.js';
import type { Logger } from 'pino';

/** `hotline backup <file>`: a consistent copy of the SQLite database while the service runs. */
export async function backupCommand(args: string[], config: Config): Promise<number> {
  if (config.postgresUrl) {
    process.stderr.write(
      'on PostgreSQL, back up and restore with pg_dump and pg_restore (README → Operations)\n',
    );
    return 1;
  }
  const [target] = args;
  if (!target || args.length > 1) {
    process.stderr.write('Usage: hotline backup <file>   (a new file; the service may keep running)\n');
    return 2;
  }
  const { file, pages } = await backupDatabase(config.databaseFile, target);
  process.stdout.write(
    `Backed up ${config.databaseFile} to ${file} (${pages} pages). The data in it stays encrypted: keep DATA_KEY, separately, to restore it.\n`,
  );
  return 0;
}

/**
 * `hotline restore <file>`: replaces the database with a backup, once DATA_KEY is proved to read
 * it. Run it with the service stopped; the replaced database is kept beside it.
 */
export async function restoreCommand(args: string[], config: Config, logger: Logger): Promise<number> {
  if (config.postgresUrl) {
    process.stderr.write(
      'on PostgreSQL, back up and restore with pg_dump and pg_restore (README → Operations)\n',
    );
    return 1;
  }
  const [source] = args;
  if (!source || args.length > 1) {
    process.stderr.write('Usage: hotline restore <file>   (stop the service first)\n');
    return 2;
  }
  refuseWhileServed(config.databaseFile, 'a restore');
  const keys = resolveDataKeys(config, logger);
  const cipher = new FieldCipher(keys);
  const { keptAs } = await restoreDatabase(source, config.databaseFile, {
    now: systemClock.now(),
    checkKeys: (backup) => verifyDataKeys(backup, cipher, keys),
  });
  process.stdout.write(
    `Restored ${config.databaseFile} from ${source}.${keptAs ? ` The database it replaced is kept as ${keptAs}.` : ''} Start the service again.\n`,
  );
  return 0;
}
