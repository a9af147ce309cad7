/**
 * PostgreSQL for tests: a server from TEST_DATABASE_URL (default the CI machine's, trust auth),
 * and a fresh database per call, dropped afterwards. Without a server, CI fails with a clear
 * message and a developer's run skips with one line; HOTLINE_TEST_POSTGRES=off skips on purpose.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { splitForChannel } from '../../src/conversations/message-parts.js';
import { openPostgresStorage, type PostgresStorage } from '../../src/db/postgres/postgres-storage.js';
import { TEST_KEY } from './test-hotline.js';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export type PostgresForTests =
  | { state: 'ready'; freshDatabase: () => Promise<{ url: string; drop: () => Promise<void> }> }
  | { state: 'off' | 'absent'; reason: string };

/** Asks the server once (2 s at most) whether it answers. */
export async function postgresForTests(): Promise<PostgresForTests> {
  if (process.env.HOTLINE_TEST_POSTGRES === 'off')
    return { state: 'off', reason: 'PostgreSQL tests skipped: HOTLINE_TEST_POSTGRES=off' };
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const where = serverOf(url);
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
  } catch (cause) {
    const code = (cause as { code?: unknown }).code ?? (cause as Error).message;
    return {
      state: 'absent',
      reason: `no PostgreSQL answers at ${where} (${String(code)}): set TEST_DATABASE_URL to a server the tests may create databases on, or HOTLINE_TEST_POSTGRES=off to skip them`,
    };
  } finally {
    await admin.end().catch(() => undefined);
  }
  return {
    state: 'ready',
    async freshDatabase() {
      const name = `hotline_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await withAdmin(url, (client) => client.query(`create database ${name}`));
      const target = new URL(url);
      target.pathname = `/${name}`;
      return {
        url: target.toString(),
        // FORCE: a connection a failed test left open does not keep the database alive.
        drop: () => withAdmin(url, (client) => client.query(`drop database if exists ${name} with (force)`)),
      };
    },
  };
}

async function withAdmin(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** host:port only: a URL may carry a password, which a test log must not show. */
function serverOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}`;
  } catch {
    return 'TEST_DATABASE_URL (not a URL)';
  }
}

/**
 * `describe` for tests that need PostgreSQL: run when the server answers; without one, a failing
 * test in CI (it must run there) and one skip line elsewhere; skipped quietly when turned off.
 */
export function describePostgres(
  title: string,
  postgres: PostgresForTests,
  body: (ready: Extract<PostgresForTests, { state: 'ready' }>) => void,
): void {
  if (postgres.state === 'ready') {
    describe(title, () => body(postgres));
    return;
  }
  if (postgres.state === 'absent' && process.env.CI) {
    describe(title, () => {
      it('needs a PostgreSQL server in CI', () => {
        throw new Error(`${postgres.reason}; CI must run these tests`);
      });
    });
    return;
  }
  if (postgres.state === 'absent') console.warn(postgres.reason);
  describe.skip(title, () => {
    it('runs when PostgreSQL answers');
  });
}

/** The service's storage on a test database, as `serve` opens it (the test key, messages split per platform). */
export function openTestPostgres(url: string): Promise<PostgresStorage> {
  return openPostgresStorage(url, [TEST_KEY], { splitPayload: splitForChannel });
}
