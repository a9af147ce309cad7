import { type Config, isPostgresUrl } from '../config/config.js';
import { copySqliteToPostgres } from '../db/postgres/copy-from-sqlite.js';
import { refuseWhileServed } from '../db/service-pid-file.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigError } from '../config/config-error.js';
import { loadOrCreateDevKey } from '../db/data-key-store.js';
import type { DataKey } from '../db/field-cipher.js';

const USAGE =
  'Usage: hotline db copy --from <sqlite file> [--to postgres://…]   (--to defaults to DATABASE_URL; stop the service first)\n';

/**
 * `hotline db copy`: an office's SQLite database into a new, empty PostgreSQL database, with the
 * same DATA_KEY, so the service continues there. Prints counts per table, never the URL (it may
 * hold a password).
 */
export async function dbCommand(args: string[], config: Config): Promise<number> {
  const [action, ...rest] = args;
  const from = flagValue(rest, '--from');
  const to = flagValue(rest, '--to') ?? config.postgresUrl;
  if (action === 'copy' && from && !to && rest.length === 2) {
    process.stderr.write(`--to is missing, and DATABASE_URL is not a postgres:// URL to copy into\n${USAGE}`);
    return 2;
  }
  if (action !== 'copy' || !from || !to || rest.length !== (flagValue(rest, '--to') ? 4 : 2)) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (!isPostgresUrl(to)) {
    process.stderr.write(`--to must be a postgres:// URL\n${USAGE}`);
    return 2;
  }
  // The file named by --from, not DATABASE_URL, is the one being served.
  refuseWhileServed(from, 'a copy', '--from');
  const counts = await copySqliteToPostgres(from, to, copyKeys(config, from));
  for (const [table, rows] of Object.entries(counts)) process.stdout.write(`  ${table}: ${rows}\n`);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  process.stdout.write(
    `Copied ${total} row(s) from ${from} to PostgreSQL. Start the service with DATABASE_URL set to that database and the same DATA_KEY; keep ${from} until you have checked it.\n`,
  );
  return 0;
}

function flagValue(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

/**
 * DATA_KEY when set; otherwise the development key a first install generated beside the SQLite
 * file. Never a new one: a key made up here could not read the file, and the error would blame
 * a DATA_KEY nobody set.
 */
function copyKeys(config: Config, from: string): DataKey[] {
  if (config.dataKeys) return config.dataKeys;
  const devKey = join(dirname(from), 'data-key');
  if (!existsSync(devKey))
    throw new ConfigError(
      'DATA_KEY',
      `is not set, and no development key is beside ${from} (${devKey}); set DATA_KEY to the key ${from} was made with`,
    );
  return loadOrCreateDevKey(devKey).keys;
}
