/**
 * Proves at start-up that DATA_KEY can read this database, before anything is written. One sealed
 * value and one keyed hash of a fixed text are stored the first time; every later start must open
 * the first and reproduce the second. Without this, one start with a wrong key wrote new rows
 * (an overdue timer's input) under that key, and every start after that, with the right key, failed
 * on them.
 */
import { ConfigError } from '../config/config.js';
import type Database from 'better-sqlite3';
import type { Db } from './client.js';
import type { DataKey, FieldCipher } from './field-cipher.js';

export const CHECK_TEXT = 'hotline-ppa data key check';

interface CheckRow {
  key_id: string;
  sealed: string;
  index_key_id: string;
  index_probe: string;
}

/**
 * Throws a ConfigError naming DATA_KEY and the key id the database expects when the keys cannot
 * read what is stored. Reads only: safe to run before migrations.
 */
export function verifyDataKeys(
  sqlite: Database.Database,
  cipher: FieldCipher,
  keys: readonly DataKey[],
): void {
  const configured = keys.map((key) => key.id).join(', ');
  if (tableExists(sqlite, 'key_check')) {
    const row = sqlite.prepare('select key_id, sealed, index_key_id, index_probe from key_check').get() as
      | CheckRow
      | undefined;
    if (!row) return;
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
    return;
  }
  // A database from before the check existed: any stored ciphertext tells.
  const sample = legacySample(sqlite);
  if (sample && opened(cipher, sample.value) === undefined)
    throw new ConfigError(
      'DATA_KEY',
      `cannot read this database: its data is under key id ${sample.keyId}, and DATA_KEY holds key id(s) ${configured}; set DATA_KEY to the key this database was made with`,
    );
}

/** Stores the check the first time the database is opened with working keys (after migrations). */
export function recordDataKeyCheck(db: Db, cipher: FieldCipher, keys: readonly DataKey[]): void {
  const current = keys[0];
  const oldest = keys.at(-1);
  if (!current || !oldest) return;
  db.$client
    .prepare(
      'insert into key_check (id, key_id, sealed, index_key_id, index_probe) values (1, ?, ?, ?, ?) on conflict (id) do nothing',
    )
    .run(current.id, cipher.encrypt(CHECK_TEXT), oldest.id, cipher.blindIndex(CHECK_TEXT));
}

/** The plain text of a sealed value, or undefined when these keys cannot open it. */
function opened(cipher: FieldCipher, sealed: string): string | undefined {
  try {
    return cipher.decrypt(sealed);
  } catch {
    return undefined;
  }
}

function tableExists(sqlite: Database.Database, name: string): boolean {
  return (
    sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined
  );
}

function legacySample(sqlite: Database.Database): { value: string; keyId: string } | undefined {
  for (const [table, column] of [
    ['conversations', 'address_enc'],
    ['inbound_messages', 'payload_enc'],
  ] as const) {
    if (!tableExists(sqlite, table)) continue;
    const row = sqlite.prepare(`select ${column} as value from ${table} limit 1`).get() as
      | { value: string }
      | undefined;
    if (row) return { value: row.value, keyId: row.value.split(':')[1] ?? 'unknown' };
  }
  return undefined;
}
