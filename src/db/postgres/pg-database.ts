/**
 * Opening a PostgreSQL database for the hotline: the pool, the key check before anything is
 * written, and the migrations of migrations-pg/ (drizzle-kit, drizzle.pg.config.ts). Start-up order
 * as on SQLite (client.ts): prove DATA_KEY reads the database, migrate, record the check.
 */
import { join } from 'node:path';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { ConfigError } from '../../config/config.js';
import { PROJECT_ROOT } from '../../lib/project-root.js';
import { CHECK_TEXT } from '../data-key-check.js';
import type { DataKey, FieldCipher } from '../field-cipher.js';

/** A handle on one pooled connection; `$client` is that connection (for statements drizzle cannot prepare). */
export type PgDb = NodePgDatabase & { $client: pg.PoolClient };

/** Several instances may start at once: one migrates while the others wait on this lock. */
const MIGRATION_LOCK = 0x686f746c; // "hotl"
/** A readiness probe or a start-up must not hang on a server that does not answer. */
const CONNECT_TIMEOUT_MS = 5_000;

/** Connections per instance (pg's default, written out: the worker's parallel units are a share of it). */
export const POOL_SIZE = 10;

export function createPool(url: string): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'hotline',
  });
}

/** One handle per pooled connection, kept with it: its prepared statements (pg-prepared.ts) too. */
const handles = new WeakMap<pg.PoolClient, PgDb>();

/**
 * A drizzle handle on one pooled connection, for every unit of work on it. Without `schema`: the
 * repositories use the query builder only, and drizzle's relational set-up over the whole schema
 * (extractTablesRelationalConfig) was 4 % of the service's CPU on PostgreSQL, once per unit.
 */
export function bindDb(client: pg.PoolClient): PgDb {
  let db = handles.get(client);
  if (!db) {
    db = drizzle({ client });
    handles.set(client, db);
  }
  return db;
}

/**
 * Everything before the database is used: connect, check the keys, migrate, record the check. A
 * failure is a ConfigError naming DATABASE_URL and the server's error code, never the URL itself
 * (it may hold a password).
 */
export async function prepareDatabase(pool: pg.Pool, cipher: FieldCipher, keys: readonly DataKey[]) {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (cause) {
    throw new ConfigError('DATABASE_URL', connectProblem(reasonOf(cause)));
  }
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await verifyDataKeys(client, cipher, keys);
    try {
      await migrate(bindDb(client), { migrationsFolder: join(PROJECT_ROOT, 'migrations-pg') });
    } catch (cause) {
      throw new ConfigError(
        'DATABASE_URL',
        `cannot prepare the PostgreSQL database: ${reasonOf(cause)}; the user needs the right to create tables in it`,
      );
    }
    await recordDataKeyCheck(client, cipher, keys);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** As data-key-check.ts does on SQLite: reads only, so it runs before the migrations. */
async function verifyDataKeys(client: pg.PoolClient, cipher: FieldCipher, keys: readonly DataKey[]) {
  const exists = await client.query<{ found: string | null }>("select to_regclass('key_check') as found");
  if (!exists.rows[0]?.found) return;
  const { rows } = await client.query<{
    key_id: string;
    sealed: string;
    index_key_id: string;
    index_probe: string;
  }>('select key_id, sealed, index_key_id, index_probe from key_check');
  const row = rows[0];
  if (!row) return;
  const configured = keys.map((key) => key.id).join(', ');
  if (opened(cipher, row.sealed) !== CHECK_TEXT)
    throw new ConfigError(
      'DATA_KEY',
      `cannot read this database: it was written with key id ${row.key_id}, and DATA_KEY holds key id(s) ${configured}; set DATA_KEY to the key this database was made with`,
    );
  if (cipher.blindIndex(CHECK_TEXT) !== row.index_probe)
    throw new ConfigError(
      'DATA_KEY',
      `finds nothing in this database: its look-ups were made with key id ${row.index_key_id}, which must stay the last (oldest) key in DATA_KEY (now: ${configured})`,
    );
}

async function recordDataKeyCheck(client: pg.PoolClient, cipher: FieldCipher, keys: readonly DataKey[]) {
  const current = keys[0];
  const oldest = keys.at(-1);
  if (!current || !oldest) return;
  await client.query(
    'insert into key_check (id, key_id, sealed, index_key_id, index_probe) values (1, $1, $2, $3, $4) on conflict (id) do nothing',
    [current.id, cipher.encrypt(CHECK_TEXT), oldest.id, cipher.blindIndex(CHECK_TEXT)],
  );
}

function opened(cipher: FieldCipher, sealed: string): string | undefined {
  try {
    return cipher.decrypt(sealed);
  } catch {
    return undefined;
  }
}

/** The server's or the socket's error code (28P01, ECONNREFUSED…), else the message. */
/**
 * What a failed connection means, by the server's or the socket's error code: the server answered
 * and refused, or nothing answered. Never the URL, which may hold a password.
 */
function connectProblem(reason: string): string {
  const refused: Record<string, string> = {
    '3D000':
      'names a PostgreSQL database that does not exist (3D000); create it first (createdb, or CREATE DATABASE)',
    '28P01': 'names a PostgreSQL user whose password the server refused (28P01); check the user and password',
    '28000':
      'names a PostgreSQL user the server does not let in (28000); check the user, and pg_hba.conf on the server',
  };
  return (
    refused[reason] ??
    `names a PostgreSQL server that does not answer (${reason}); check the host, port, user and database`
  );
}

function reasonOf(cause: unknown): string {
  const inner = (cause as { cause?: unknown }).cause ?? cause;
  const code = (inner as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return inner instanceof Error ? inner.message : String(inner);
}
