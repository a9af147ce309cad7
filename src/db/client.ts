import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { ConfigError } from '../config/config.js';
import { PROJECT_ROOT } from '../lib/project-root.js';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Waits this long for another process's write lock (`hotline chat` beside `serve`) before failing. */
const BUSY_TIMEOUT_MS = 5_000;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  const mode = sqlite.pragma('journal_mode = WAL', { simple: true });
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
