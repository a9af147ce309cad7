import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { PROJECT_ROOT } from '../lib/project-root.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Waits this long for another process's write lock (`hotline chat` beside `serve`) before failing. */
const BUSY_TIMEOUT_MS = 5_000;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL syncs the WAL at every commit: a message acknowledged to a platform survives a power loss
  // too (with NORMAL an OS crash could drop the last commits, and the platform would not re-send
  // what it saw acknowledged). The cost here was ~5% per message; on slow disks group commit is the
  // way to win it back, not a weaker setting.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  return drizzle({ client: sqlite, schema });
}

export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder: join(PROJECT_ROOT, 'migrations') });
}

export function isDatabaseReachable(db: Db): boolean {
  try {
    db.$client.prepare('select 1').get();
    return true;
  } catch {
    return false;
  }
}
