import type { Config } from '../config/config.js';
import { backupDatabase, erasedSinceBackup, restoreDatabase } from '../db/backup.js';
import { reapplyErasures } from '../conversations/restore-erasures.js';
import { openSqliteStorage } from '../db/sqlite-storage.js';
import { refuseWhileServed } from '../db/service-pid-file.js';
import { verifyDataKeys } from '../db/data-key-check.js';
import { type DataKey, FieldCipher } from '../db/field-cipher.js';
import { resolveDataKeys } from '../db/resolve-data-keys.js';
import { systemClock } from '../lib/clock.js';
import type { Logger } from 'pino';

/** `hotline backup <file>`: a consistent copy of the SQLite database while the service runs. */
export async function backupCommand(args: string[], config: Config): Promise<number> {
  if (config.postgresUrl) {
    process.stderr.write(
      'on PostgreSQL, back up and restore with pg_dump and pg_restore (README → Operations → Backup and restore → On PostgreSQL)\n',
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
      'on PostgreSQL, back up and restore with pg_dump and pg_restore (README → Operations → Backup and restore → On PostgreSQL)\n',
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
  const now = systemClock.now();
  const { keptAs } = await restoreDatabase(source, config.databaseFile, {
    now,
    checkKeys: (backup) => verifyDataKeys(backup, cipher, keys),
  });
  process.stdout.write(`Restored ${config.databaseFile} from ${source}.\n`);
  if (keptAs) {
    process.stdout.write(`${await eraseAgain(config.databaseFile, keptAs, keys, now)}\n`);
    process.stdout.write(
      `The database it replaced is kept as ${keptAs} (encrypted like the database): delete it once the service runs well on the restored one.\n`,
    );
  }
  process.stdout.write('Start the service again.\n');
  return 0;
}

/** Erases again, in the restored database, every chat erased since the backup was taken. */
async function eraseAgain(file: string, replaced: string, keys: DataKey[], now: number): Promise<string> {
  const found = erasedSinceBackup(file, replaced);
  if (!found)
    return `The replaced database could not be read, so chats erased after the backup may be back: repeat those requests (hotline case erase <reference>) and run hotline retention.`;
  if (found.erased.length === 0) return 'No chat had been erased since the backup.';
  const storage = openSqliteStorage(file, keys);
  try {
    const count = await reapplyErasures(storage, found, now);
    return `Erased again ${count} chat(s) that had been erased since the backup (a reporter's hapus, case erase or retention): a restore never brings them back.`;
  } finally {
    await storage.close();
  }
}
