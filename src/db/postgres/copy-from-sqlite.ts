/**
 * `hotline db copy`: moves an office's SQLite database into a new PostgreSQL database, so the
 * service continues there where it left off: conversations at their step, cases (a reference typed
 * afterwards finds its case), alerts and their deadlines, replies still queued, evidence files.
 *
 * Rows are copied as stored: the ciphertext and the keyed hashes are the same on both engines
 * (same DATA_KEY), so nothing is decrypted on the way and no plaintext reaches the server. The
 * source is read in one read transaction (a consistent snapshot) and the target written in one
 * transaction: the copy happens whole or not at all. Stop the service on SQLite first, or what it
 * writes after the snapshot stays behind.
 */
import { getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { existsSync } from 'node:fs';
import { ConfigError } from '../../config/config-error.js';
import { AppError } from '../../lib/app-error.js';
import { openHotlineDatabase } from '../client.js';
import { type DataKey, FieldCipher } from '../field-cipher.js';
import * as lite from '../schema.js';
import { bindDb, createPool, prepareDatabase } from './pg-database.js';
import * as pgs from './pg-schema.js';

/**
 * Not copied: `key_check` (the target records its own for the same DATA_KEY) and `channel_locks`
 * (leases of the stopped process). Every other table of schema.ts is, into its namesake of
 * pg-schema.ts (no foreign keys, so in any order); a table without one stops the copy before it
 * starts, so a table added later is never silently left behind.
 */
const NOT_COPIED = new Set(['keyCheck', 'channelLocks']);

function tablePairs(): [SQLiteTable, PgTable][] {
  const pairs: [SQLiteTable, PgTable][] = [];
  for (const [name, table] of Object.entries(lite)) {
    if (!is(table, SQLiteTable) || NOT_COPIED.has(name)) continue;
    const into = (pgs as Record<string, unknown>)[name];
    if (!is(into, PgTable))
      throw new AppError(
        'copy_schema_mismatch',
        `table ${getTableName(table)} has no PostgreSQL counterpart in pg-schema.ts; add it before copying`,
      );
    pairs.push([table, into]);
  }
  return pairs;
}

/** Rows per insert; files are large, so fewer of them at a time. */
const BATCH = 200;
const FILE_BATCH = 10;

export type CopyCounts = Record<string, number>;

export async function copySqliteToPostgres(from: string, to: string, keys: DataKey[]): Promise<CopyCounts> {
  if (!existsSync(from))
    throw new AppError(
      'copy_source_missing',
      `--from ${from}: no such file; name the SQLite database to copy`,
    );
  const cipher = new FieldCipher(keys);
  // Proves DATA_KEY reads the source and brings its schema up to date, as the service would.
  let source: ReturnType<typeof openHotlineDatabase>;
  try {
    source = openHotlineDatabase(from, cipher, keys);
  } catch (error) {
    throw onSide('--from (the SQLite file)', error);
  }
  const pool = createPool(to);
  pool.on('error', () => undefined);
  try {
    await prepareDatabase(pool, cipher, keys).catch((error: unknown) => {
      throw onSide('--to (the PostgreSQL database)', error);
    });
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const target = bindDb(client);
      const tables = tablePairs();
      await refuseUnlessEmpty(target, tables);
      source.$client.exec('BEGIN'); // one snapshot of the source for the whole copy
      const counts: CopyCounts = {};
      try {
        for (const [from, into] of tables)
          counts[getTableName(into)] = await copyTable(source, target, from, into);
      } finally {
        source.$client.exec('COMMIT');
      }
      await client.query('COMMIT');
      return counts;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  } finally {
    source.$client.close();
    await pool.end();
  }
}

type Source = ReturnType<typeof openHotlineDatabase>;
type Target = ReturnType<typeof bindDb>;

async function refuseUnlessEmpty(target: Target, tables: [SQLiteTable, PgTable][]): Promise<void> {
  for (const [, table] of tables) {
    const { rows } = await target.execute<{ found: boolean }>(
      sql`select exists (select 1 from ${table}) as found`,
    );
    if (rows[0]?.found)
      throw new AppError(
        'copy_target_not_empty',
        `--to: the PostgreSQL database already holds data (table ${getTableName(table)}); copy into a new, empty database so nothing is mixed or overwritten`,
      );
  }
}

/** Copies one table in primary-key order, batch by batch; resolves with its row count. */
async function copyTable(source: Source, target: Target, from: SQLiteTable, into: PgTable): Promise<number> {
  const intoColumns = getTableColumns(into);
  for (const key of Object.keys(getTableColumns(from)))
    if (!(key in intoColumns))
      throw new AppError(
        'copy_schema_mismatch',
        `table ${getTableName(from)}: column ${key} has no PostgreSQL counterpart in pg-schema.ts; update the PostgreSQL schema before copying`,
      );
  const size = into === pgs.media ? FILE_BATCH : BATCH;
  let copied = 0;
  for (;;) {
    const rows = source.select().from(from).orderBy(sql`rowid`).limit(size).offset(copied).all() as Record<
      string,
      unknown
    >[];
    if (rows.length === 0) break;
    try {
      await target.insert(into).values(rows);
    } catch (cause) {
      // The driver's message would carry the row's values (ciphertext and hashes): name the table and code only.
      const code = (cause as { cause?: { code?: unknown } }).cause?.code ?? 'unknown';
      throw new AppError(
        'copy_failed',
        `copying table ${getTableName(into)} failed (PostgreSQL error ${String(code)}); nothing was copied, the database is as before`,
        500,
        { cause },
      );
    }
    copied += rows.length;
  }
  // The next id PostgreSQL hands out follows the copied ones.
  if ('id' in intoColumns && intoColumns.id?.columnType === 'PgInteger')
    await target.execute(
      sql`select setval(pg_get_serial_sequence(${getTableName(into)}, 'id'), coalesce(max(id), 0) + 1, false) from ${into}`,
    );
  return copied;
}

/**
 * Both sides check DATA_KEY with the same words ("cannot read this database"): say which one did
 * not match, so a PostgreSQL database already tied to another key is not taken for the file.
 */
function onSide(side: string, error: unknown): unknown {
  return error instanceof ConfigError && error.variable === 'DATA_KEY'
    ? new ConfigError('DATA_KEY', `${side}: ${error.message.slice('DATA_KEY '.length)}`)
    : error;
}
