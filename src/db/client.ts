import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { ConfigError } from '../config/config.js';
import { PROJECT_ROOT } from '../lib/project-root.js';
import { recordDataKeyCheck, verifyDataKeys } from './data-key-check.js';
import type { DataKey, FieldCipher } from './field-cipher.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Waits this long for another process's write lock (`hotline chat` beside `serve`) before failing. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens the SQLite file, or throws a ConfigError naming DATABASE_URL, the path and what to do: a
 * path that cannot be opened is a configuration mistake, not a crash.
 */
export function openDatabase(file: string): Db {
  let sqlite: Database.Database;
  try {
    const created = file !== ':memory:' && !existsSync(file);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    sqlite = new Database(file);
    // Encrypted inside, but still nobody else's to read or copy: owner-only, like data/data-key.
    // An existing file keeps the mode its administrator gave it.
    if (created) chmodSync(file, 0o600);
  } catch (cause) {
    throw new ConfigError(
      'DATABASE_URL',
      `cannot open ${file} (${reasonOf(cause)}); give a writable file path such as ./data/hotline.db`,
    );
  }
  let mode: unknown;
  try {
    mode = sqlite.pragma('journal_mode = WAL', { simple: true });
  } catch (cause) {
    sqlite.close();
    throw new ConfigError('DATABASE_URL', `${file} is not a SQLite database (${reasonOf(cause)})`);
  }
  if (file !== ':memory:' && mode !== 'wal') {
    sqlite.close();
    throw new ConfigError(
      'DATABASE_URL',
      'must be a file on a local disk: SQLite cannot use WAL mode there',
      String(mode),
    );
  }
  // NORMAL: a commit reaches the WAL (survives a crash of this process) without a sync of its own;
  // what must survive a power loss too is synced by WalFlusher, one sync for many commits.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  return drizzle({ client: sqlite, schema });
}

/**
 * Applies the migrations. A failure names the file and the SQLite error code only: drizzle's own
 * message quotes the SQL statement, which tells an administrator nothing.
 */
export function runMigrations(db: Db, file: string): void {
  try {
    migrate(db, { migrationsFolder: join(PROJECT_ROOT, 'migrations') });
  } catch (error) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
    throw new ConfigError(
      'DATABASE_URL',
      `cannot prepare ${file}: ${typeof code === 'string' ? code : 'migration failed'}; check that it is a hotline database on a local, writable disk`,
    );
  }
}

/**
 * Everything that must happen before the database is used, in this order: open it, prove DATA_KEY
 * reads it (before anything is written), migrate, then record the key check the first time.
 */
export function openHotlineDatabase(file: string, cipher: FieldCipher, keys: readonly DataKey[]): Db {
  const db = openDatabase(file);
  try {
    verifyDataKeys(db.$client, cipher, keys);
    runMigrations(db, file);
    recordDataKeyCheck(db, cipher, keys);
    return db;
  } catch (error) {
    db.$client.close();
    throw error;
  }
}

function reasonOf(cause: unknown): string {
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return cause instanceof Error ? cause.message : String(cause);
}

export function isDatabaseReachable(db: Db): boolean {
  try {
    db.$client.prepare('select 1').get();
    return true;
  } catch {
    return false;
  }
}
