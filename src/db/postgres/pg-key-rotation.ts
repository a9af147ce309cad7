/**
 * `hotline keys rotate` on PostgreSQL: the same rotation as key-rotation.ts on SQLite. Every `_enc`
 * column (found by name, so a column added later is rotated too) is re-encrypted under the newest
 * DATA_KEY in batches of BATCH_ROWS, each batch its own short transaction, while the service runs
 * beside it. A value is replaced only if it is still the one read: a value the service rewrote
 * meanwhile is newer and already under the newest key (the service was restarted with the new key
 * first). Until the last batch, values under the old key stay readable because DATA_KEY still holds
 * it. Keyed hashes are not touched: their key derives from the oldest DATA_KEY, which stays last.
 *
 * PostgreSQL has no stable row id (a ctid moves on update), so rows are walked in the order of the
 * table's primary key, or of its unique index where it has none (baileys_auth).
 */
import type pg from 'pg';
import { CHECK_TEXT } from '../data-key-check.js';
import { type DataKey, FieldCipher } from '../field-cipher.js';
import { BATCH_ROWS, keyIdOf, type RotationReport } from '../key-rotation.js';

interface EncryptedColumn {
  table: string;
  column: string;
  /** The columns that name one row, in index order. */
  key: string[];
}

export async function rotatePostgresKeys(
  pool: pg.Pool,
  keys: readonly DataKey[],
  onBatch: (done: number) => void = () => {},
): Promise<RotationReport> {
  const newest = keys[0];
  if (!newest) throw new Error('rotatePostgresKeys needs at least one key');
  const cipher = new FieldCipher([...keys]);
  const rotated: Record<string, number> = {};
  let current = 0;
  let done = 0;
  for (const { table, column, key } of await encryptedColumns(pool)) {
    const keyList = key.map(quote).join(', ');
    const value = quote(column);
    const from = quote(table);
    let after: unknown[] | undefined;
    for (;;) {
      const next = after ? `(${keyList}) > (${key.map((_, i) => `$${i + 1}`).join(', ')})` : 'true';
      const { rows } = await pool.query<Record<string, unknown>>(
        `select ${keyList}, ${value} as value from ${from} where ${value} is not null and ${next} order by ${keyList} limit ${BATCH_ROWS}`,
        after ?? [],
      );
      if (rows.length === 0) break;
      const stale = rows.filter((row) => keyIdOf(row.value as string | Buffer) !== newest.id);
      current += rows.length - stale.length;
      const changed = await inTransaction(pool, async (client) => {
        let n = 0;
        for (const row of stale) {
          const old = row.value as string | Buffer;
          const fresh =
            typeof old === 'string'
              ? cipher.encrypt(cipher.decrypt(old))
              : cipher.encryptBytes(cipher.decryptBytes(old));
          const where = key.map((name, i) => `${quote(name)} = $${i + 3}`).join(' and ');
          const result = await client.query(
            `update ${from} set ${value} = $1 where ${value} = $2 and ${where}`,
            [fresh, old, ...key.map((name) => row[name])],
          );
          n += result.rowCount ?? 0;
        }
        return n;
      });
      if (changed > 0) rotated[`${table}.${column}`] = (rotated[`${table}.${column}`] ?? 0) + changed;
      const last = rows.at(-1)!;
      after = key.map((name) => last[name]);
      done += rows.length;
      onBatch(done);
    }
  }
  // The start-up key check now names the newest key, so keys between newest and oldest can go.
  await pool.query('update key_check set key_id = $1, sealed = $2 where id = 1', [
    newest.id,
    cipher.encrypt(CHECK_TEXT),
  ]);
  return { rotated, current, keyId: newest.id };
}

/** Every `_enc` column of the schema's tables, with the columns that order and name its rows. */
async function encryptedColumns(pool: pg.Pool): Promise<EncryptedColumn[]> {
  const { rows } = await pool.query<{ table: string; column: string; key: string[] }>(
    `select c.table_name as table, c.column_name as column,
            (select array_agg(a.attname::text order by k.ord)
               from pg_index i
               cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
               join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
              where i.indexrelid = (
                select i2.indexrelid from pg_index i2
                 where i2.indrelid = to_regclass(quote_ident(c.table_name))
                   and (i2.indisprimary or i2.indisunique) and i2.indpred is null
                 order by i2.indisprimary desc, i2.indexrelid limit 1)) as key
       from information_schema.columns c
      where c.table_schema = current_schema() and c.column_name like '%\\_enc'
      order by c.table_name, c.column_name`,
  );
  for (const row of rows)
    if (!row.key?.length)
      throw new Error(
        `table ${row.table} has no primary key or unique index, so its rows cannot be walked in batches; add one in pg-schema.ts`,
      );
  return rows;
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
