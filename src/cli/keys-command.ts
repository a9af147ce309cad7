import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { openHotlineDatabase } from '../db/client.js';
import { type DataKey, FieldCipher } from '../db/field-cipher.js';
import { type RotationReport, rotateKeys } from '../db/key-rotation.js';
import { createPool, prepareDatabase } from '../db/postgres/pg-database.js';
import { rotatePostgresKeys } from '../db/postgres/pg-key-rotation.js';
import { resolveDataKeys } from '../db/resolve-data-keys.js';

/**
 * `hotline keys rotate`: everything stored is re-encrypted under the first key of DATA_KEY, while
 * the service runs. Prints counts and key ids only, never a key.
 */
export async function keysCommand(args: string[], config: Config, logger: Logger): Promise<number> {
  if (args[0] !== 'rotate' || args.length > 1) {
    process.stderr.write(
      'Usage: hotline keys rotate   (put the new key first in DATA_KEY and keep the oldest last)\n',
    );
    return 2;
  }
  const keys = resolveDataKeys(config, logger);
  const report = config.postgresUrl
    ? await rotateOnPostgres(config.postgresUrl, keys)
    : rotateOnSqlite(config.databaseFile, keys);
  printReport(report, keys);
  return 0;
}

/** Opened like the service opens it (the key check first), so a wrong DATA_KEY changes nothing. */
function rotateOnSqlite(file: string, keys: DataKey[]): RotationReport {
  const db = openHotlineDatabase(file, new FieldCipher(keys), keys);
  try {
    return rotateKeys(db.$client, keys);
  } finally {
    db.$client.close();
  }
}

async function rotateOnPostgres(url: string, keys: DataKey[]): Promise<RotationReport> {
  const pool = createPool(url);
  pool.on('error', () => undefined);
  try {
    await prepareDatabase(pool, new FieldCipher(keys), keys);
    return await rotatePostgresKeys(pool, keys);
  } finally {
    await pool.end();
  }
}

function printReport(report: RotationReport, keys: DataKey[]): void {
  const total = Object.values(report.rotated).reduce((sum, n) => sum + n, 0);
  for (const [column, count] of Object.entries(report.rotated))
    process.stdout.write(`  ${column}: ${count}\n`);
  const oldest = keys.at(-1)!.id;
  process.stdout.write(
    `Re-encrypted ${total} value(s) under key ${report.keyId} (${report.current} already were).\n` +
      (keys.length > 2
        ? `Keys between the first and the last are no longer needed. Keep the first and the oldest (${oldest}): it keys the look-ups.\n`
        : keys.length === 2
          ? `Keep both keys: the oldest (${oldest}) keys the look-ups and must stay last in DATA_KEY.\n`
          : ''),
  );
}
