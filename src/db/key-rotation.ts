/**
 * `hotline keys rotate`: re-encrypts every stored value under the newest DATA_KEY, in small batches,
 * while the service runs (each batch is one short transaction, so the service's own writes go on
 * between them). Columns are found by their `_enc` suffix (schema.ts's naming rule), so a column
 * added later is rotated too. Keyed-hash look-ups do not change: their key derives from the oldest
 * DATA_KEY, which therefore stays last in the list for good.
 */
import type Database from 'better-sqlite3';
import { CHECK_TEXT } from './data-key-check.js';
import { type DataKey, FieldCipher } from './field-cipher.js';

/** Rows per transaction: short enough that the service never waits long for the write lock. */
export const BATCH_ROWS = 200;

export interface RotationReport {
  /** Values re-encrypted, per `table.column`. */
  readonly rotated: Readonly<Record<string, number>>;
  /** Values that were already under the newest key. */
  readonly current: number;
  /** The key everything is now under. */
  readonly keyId: string;
}

interface EncryptedColumn {
  table: string;
  column: string;
}

export function rotateKeys(
  sqlite: Database.Database,
  keys: readonly DataKey[],
  onBatch: (done: number) => void = () => {},
): RotationReport {
  const newest = keys[0];
  if (!newest) throw new Error('rotateKeys needs at least one key');
  const cipher = new FieldCipher([...keys]);
  const rotated: Record<string, number> = {};
  let current = 0;
  let done = 0;
  for (const { table, column } of encryptedColumns(sqlite)) {
    const select = sqlite.prepare(
      `select rowid as rowid, ${column} as value from ${table} where rowid > ? and ${column} is not null order by rowid limit ${BATCH_ROWS}`,
    );
    const update = sqlite.prepare(`update ${table} set ${column} = ? where rowid = ? and ${column} = ?`);
    let after = 0;
    for (;;) {
      const rows = select.all(after) as { rowid: number; value: string | Buffer }[];
      if (rows.length === 0) break;
      sqlite.transaction(() => {
        for (const row of rows) {
          if (keyIdOf(row.value) === newest.id) {
            current += 1;
            continue;
          }
          const fresh =
            typeof row.value === 'string'
              ? cipher.encrypt(cipher.decrypt(row.value))
              : cipher.encryptBytes(cipher.decryptBytes(row.value));
          // Only if the service has not rewritten the value meanwhile (its write is newer, and
          // already under the newest key).
          const changed = update.run(fresh, row.rowid, row.value).changes;
          if (changed > 0) rotated[`${table}.${column}`] = (rotated[`${table}.${column}`] ?? 0) + 1;
        }
      })();
      after = rows.at(-1)!.rowid;
      done += rows.length;
      onBatch(done);
    }
  }
  resealKeyCheck(sqlite, cipher, newest);
  return { rotated, current, keyId: newest.id };
}

/** The key id inside a stored value (`v1:<id>:…` or the binary layout), without decrypting it. */
export function keyIdOf(value: string | Buffer): string | undefined {
  if (typeof value === 'string') return value.split(':')[1];
  const length = value[1] ?? 0;
  return value.subarray(2, 2 + length).toString('latin1');
}

function encryptedColumns(sqlite: Database.Database): EncryptedColumn[] {
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
    )
    .all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (sqlite.prepare(`select name from pragma_table_info(?)`).all(name) as { name: string }[])
      .filter((column) => column.name.endsWith('_enc'))
      .map((column) => ({ table: name, column: column.name })),
  );
}

/** The start-up key check now names the newest key, so keys between newest and oldest can go. */
function resealKeyCheck(sqlite: Database.Database, cipher: FieldCipher, newest: DataKey): void {
  sqlite
    .prepare('update key_check set key_id = ?, sealed = ? where id = 1')
    .run(newest.id, cipher.encrypt(CHECK_TEXT));
}
