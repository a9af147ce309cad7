/**
 * A first install runs on SQLite with a generated key in data/data-key; moving to PostgreSQL needs
 * that key in DATA_KEY. The start-up error says so when the file is there, and only then.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { resolveDataKeys } from '../../src/db/resolve-data-keys.js';
import { tempDir } from '../support/test-hotline.js';

const started = process.cwd();
const cleanups: (() => void)[] = [];
afterEach(() => {
  process.chdir(started);
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function onPostgresIn(withDevKey: boolean): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  if (withDevKey) {
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'data-key'), 'a development key\n');
  }
  process.chdir(dir);
  const config = {
    postgresUrl: 'postgres://hotline@127.0.0.1/hotline',
    databaseFile: '',
  } as unknown as Config;
  try {
    resolveDataKeys(config, pino({ level: 'silent' }));
  } catch (error) {
    return String(error);
  }
  return 'no error';
}

describe('DATA_KEY with a PostgreSQL DATABASE_URL', () => {
  it('should point at the generated key of the SQLite database the data came from', () => {
    const message = onPostgresIn(true);
    expect(message).toMatch(/DATA_KEY must be set with a PostgreSQL DATABASE_URL/);
    expect(message).toContain('DATA_KEY="$(cat data/data-key)"');
  });

  it('should not mention a key file that is not there', () => {
    const message = onPostgresIn(false);
    expect(message).toMatch(/DATA_KEY must be set with a PostgreSQL DATABASE_URL/);
    expect(message).not.toContain('data-key');
  });
});
