/**
 * Online copies of the SQLite database. `backupDatabase` uses SQLite's backup API through
 * better-sqlite3, page by page, so the copy is consistent while the service keeps writing (a file
 * copy of a WAL database can catch a half-written state). The copy stays encrypted: the data in
 * it is, and DATA_KEY is not in the file.
 */
import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError } from '../config/config.js';
import { AppError } from '../lib/app-error.js';

/** Pages copied per step of the backup API; the service's writes go on between steps. */
const PAGES_PER_STEP = 1_000;

export interface BackupResult {
  readonly file: string;
  readonly pages: number;
}

/** Writes a consistent copy of `databaseFile` to `target`, which must not exist yet. */
export async function backupDatabase(databaseFile: string, target: string): Promise<BackupResult> {
  const destination = resolve(target);
  if (existsSync(destination))
    throw new AppError('backup_target_exists', `${destination} already exists; name a new file`);
  if (!existsSync(dirname(destination)))
    throw new AppError('backup_folder_missing', `the folder ${dirname(destination)} does not exist`);
  const source = openExisting(databaseFile, 'DATABASE_URL');
  try {
    const { totalPages } = await source.backup(destination, { progress: () => PAGES_PER_STEP });
    // Owner-only, like the database: a backup is the whole database.
    chmodSync(destination, 0o600);
    return { file: destination, pages: totalPages };
  } finally {
    source.close();
  }
}

/**
 * Replaces `databaseFile` with the copy in `backupFile`. The current database (with its WAL) is
 * kept beside it as `<file>.before-restore-<time>`, never deleted. The service must be stopped.
 */
export async function restoreDatabase(
  backupFile: string,
  databaseFile: string,
  options: { now: number; checkKeys: (backup: Database.Database) => void },
): Promise<{ keptAs: string | undefined }> {
  const backup = openExisting(resolve(backupFile), 'the backup file');
  try {
    const isHotline = backup
      .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
      .get();
    if (!isHotline)
      throw new AppError('restore_not_a_backup', `${backupFile} is not a hotline database backup`);
    // A backup DATA_KEY cannot read would replace working data with data nobody can open.
    options.checkKeys(backup);
    const now = options.now;
    let keptAs: string | undefined;
    if (existsSync(databaseFile)) {
      keptAs = `${databaseFile}.before-restore-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
      renameSync(databaseFile, keptAs);
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(`${databaseFile}${suffix}`))
          renameSync(`${databaseFile}${suffix}`, `${keptAs}${suffix}`);
      }
    }
    try {
      await backup.backup(databaseFile);
      chmodSync(databaseFile, 0o600);
    } catch (error) {
      rmSync(databaseFile, { force: true });
      if (keptAs) renameSync(keptAs, databaseFile);
      throw error;
    }
    return { keptAs };
  } finally {
    backup.close();
  }
}

function openExisting(file: string, name: string): Database.Database {
  if (!existsSync(file)) {
    if (name === 'DATABASE_URL') throw new ConfigError('DATABASE_URL', `names ${file}, which does not exist`);
    throw new AppError('restore_file_missing', `${file} does not exist`);
  }
  try {
    const db = new Database(file, { fileMustExist: true });
    db.prepare('select count(*) from sqlite_master').get();
    return db;
  } catch (cause) {
    throw new AppError('not_a_database', `${file} is not a SQLite database`, 500, { cause });
  }
}

/** Chats erased in the replaced database after the backup was taken (restore puts them back otherwise). */
export interface ErasedSinceBackup {
  /** Conversations whose messages the backup holds and the replaced database no longer does. */
  erased: string[];
  /** Of those, the ones the replaced database forgot altogether (retention deletes the chat too). */
  forgotten: string[];
}

/**
 * What a reporter's `hapus`, `hotline case erase` or the retention sweep removed from the replaced
 * database since the backup was taken. Inbound messages are deleted by nothing but an erasure, so a
 * message id the backup holds and the replaced database lacks names an erased chat; a case the
 * replaced database holds as an anonymous count names one too. Undefined when the replaced database
 * fails SQLite's own check: a damaged file is no witness, and restoring from it must not erase.
 */
export function erasedSinceBackup(restoredFile: string, replacedFile: string): ErasedSinceBackup | undefined {
  const db = new Database(restoredFile);
  try {
    db.prepare('attach database ? as replaced').run(replacedFile);
    if (db.prepare('pragma replaced.quick_check').pluck().get() !== 'ok') return undefined;
    const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
    const erased = ids(`
      select distinct m.conversation_id from main.inbound_messages m
       where not exists (select 1 from replaced.inbound_messages r where r.id = m.id)
      union
      select m.conversation_id from main.cases m join replaced.cases r on r.id = m.id
       where r.conversation_id is null and m.conversation_id is not null`);
    const forgotten = ids(`
      select c.id from main.conversations c
       where not exists (select 1 from replaced.conversations r where r.id = c.id)
         and exists (select 1 from main.inbound_messages m where m.conversation_id = c.id)`);
    return { erased: [...new Set([...erased, ...forgotten])], forgotten };
  } catch (error) {
    // An older replaced database without these tables has nothing to say about erasures.
    if (error instanceof Database.SqliteError && /no such (table|column)/.test(error.message))
      return undefined;
    throw error;
  } finally {
    db.close();
  }
}
