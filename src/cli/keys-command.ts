import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { openHotlineDatabase } from '../db/client.js';
import { FieldCipher } from '../db/field-cipher.js';
import { rotateKeys } from '../db/key-rotation.js';
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
  if (config.postgresUrl) {
    process.stderr.write(
      'hotline keys rotate works on a SQLite database only for now; DATABASE_URL names PostgreSQL\n',
    );
    return 1;
  }
  const keys = resolveDataKeys(config, logger);
  const db = openHotlineDatabase(config.databaseFile, new FieldCipher(keys), keys);
  try {
    const report = rotateKeys(db.$client, keys);
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
    return 0;
  } finally {
    db.$client.close();
  }
}
