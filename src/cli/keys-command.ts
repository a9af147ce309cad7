import type { Logger } from 'pino';
import type pg from 'pg';
import { type Config, ConfigError } from '../config/config.js';
import { servingProcess } from '../db/service-pid-file.js';
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
  const serving = servingProcess(file);
  // A pid file from before it named its keys says nothing either way.
  if (serving?.keys)
    refuseUnlessRead(keys, [
      { who: `the service (process ${serving.pid} on ${serving.host})`, keys: serving.keys },
    ]);
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
    refuseUnlessRead(keys, await runningInstances(pool));
    return await rotatePostgresKeys(pool, keys);
  } finally {
    await pool.end();
  }
}

/**
 * A value rewritten under a key a running instance does not hold is one that instance can no longer
 * read (installer trial: every returning reporter got "ada gangguan"). So every running instance
 * must already read the newest key: README → Operations → Keys, step 2, checked.
 */
function refuseUnlessRead(keys: DataKey[], running: { who: string; keys: string[] }[]): void {
  const newest = keys[0]!.id;
  const blind = running.filter((instance) => !instance.keys.includes(newest));
  if (blind.length === 0) return;
  const [first] = blind;
  throw new ConfigError(
    'DATA_KEY',
    `puts key ${newest} first, but ${first!.who} reads only key id(s) ${first!.keys.join(', ')}${blind.length > 1 ? ` (and ${blind.length - 1} more instance(s))` : ''}: restart every instance with this DATA_KEY first, then rotate (README → Operations → Keys, step 2); nothing was re-encrypted`,
  );
}

/** The instances serving this database now, by their presence connections (postgres-storage.ts). */
async function runningInstances(pool: pg.Pool): Promise<{ who: string; keys: string[] }[]> {
  const { rows } = await pool.query<{ name: string; addr: string | null }>(
    `select application_name as name, client_addr::text as addr from pg_stat_activity
      where datname = current_database() and application_name like 'hotline lock % keys=%'`,
  );
  return rows.map((row) => ({
    who: `an instance${row.addr ? ` at ${row.addr}` : ''} (${row.name.split(' ')[2]})`,
    keys: (/ keys=(.*)$/.exec(row.name)?.[1] ?? '').split(',').filter(Boolean),
  }));
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
