/**
 * A reporter's rights handled by an administrator (`hotline case export|erase`) and retention
 * (`hotline retention [--dry-run]`), through the real command on each storage backend: SQLite and
 * PostgreSQL (DATABASE_URL=postgres://…). The database is read with a connection of the test's own.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/lib/clock.js';
import { Conversation } from '../support/conversation-harness.js';
import { describePostgres, postgresForTests, openTestPostgres } from '../support/postgres-test-database.js';
import { createTestHotline, TEST_KEY, type TestHotline, tempDir } from '../support/test-hotline.js';
import { runHotline } from '../support/cli.js';

/** One database on one engine, as the CLI and the test see it. */
interface Backend {
  dir: string;
  env: Record<string, string>;
  /** The service on this database. */
  service(clock?: ManualClock): Promise<TestHotline>;
  /** The first row of a query (`?` for parameters), read with the test's own connection. */
  row(sql: string, ...params: unknown[]): Promise<Record<string, unknown> | undefined>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function sqliteBackend(): Backend {
  const dir = tempDir();
  cleanups.push(() => dir.cleanup());
  const database = join(dir.dir, 'hotline.db');
  return {
    dir: dir.dir,
    env: { DATABASE_URL: database, DATA_KEY: TEST_KEY.key.toString('base64') },
    service: async (clock) => createTestHotline(database, clock ? { clock } : {}),
    async row(sql, ...params) {
      const sqlite = new Database(database, { readonly: true });
      try {
        return sqlite.prepare(sql).get(...params) as Record<string, unknown> | undefined;
      } finally {
        sqlite.close();
      }
    },
  };
}

async function postgresBackend(
  server: Extract<Awaited<ReturnType<typeof postgresForTests>>, { state: 'ready' }>,
): Promise<Backend> {
  const dir = tempDir();
  const database = await server.freshDatabase();
  cleanups.push(async () => {
    dir.cleanup();
    await database.drop();
  });
  return {
    dir: dir.dir,
    env: { DATABASE_URL: database.url, DATA_KEY: TEST_KEY.key.toString('base64') },
    service: async (clock) =>
      createTestHotline(join(dir.dir, 'unused.db'), {
        ...(clock ? { clock } : {}),
        storage: await openTestPostgres(database.url),
      }),
    async row(sql, ...params) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        let n = 0;
        const { rows } = await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        );
        return rows[0];
      } finally {
        await client.end();
      }
    },
  };
}

const hotline = runHotline;

const REPORT = ['halo', 'ya', 'saya dipukul suami di Pati', 'tidak', 'ya', 'tidak', 'baru'];
const count = async (backend: Backend, sql: string) => Number((await backend.row(sql))?.n);

/** The reference the reporter was given (what they would bring to the office). */
function referenceGiven(reporter: Conversation): string {
  const reference = /Kode Anda: \*([A-Z0-9]{3}-[A-Z0-9]{3})\*/.exec(reporter.sender.texts().join('\n'))?.[1];
  expect(reference).toBeDefined();
  return reference!;
}

function reporterRights(open: () => Promise<Backend>): void {
  it('should export everything held about the case, then erase it like hapus, both audited', async () => {
    const backend = await open();
    const { dir, env } = backend;
    const t = await backend.service();
    const reporter = Conversation.open({ hotline: t, userId: 'reporter' });
    await reporter.run(REPORT);
    const reference = referenceGiven(reporter);
    await t.hotline.close();

    const file = join(dir, 'export.json');
    const exported = await hotline(['case', 'export', reference, file], env);
    expect(exported.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const record = JSON.parse(readFileSync(file, 'utf8'));
    expect(record.case.reference).toBe(reference);
    expect(JSON.stringify(record.messagesFromReporter)).toContain('saya dipukul suami di Pati');
    expect(record.repliesSent.length).toBeGreaterThan(3);
    expect(readFileSync(file, 'utf8')).not.toContain(TEST_KEY.key.toString('base64'));

    const erased = await hotline(['case', 'erase', reference.toLowerCase()], env);
    expect(erased.code).toBe(0);
    expect(erased.stdout).toMatch(/Deleted the reporter data/);
    expect(
      await count(
        backend,
        "select count(*) as n from inbound_messages where status <> 'pending' and conversation_id is not null and payload_enc is not null",
      ),
    ).toBe(0);
    expect(
      await count(
        backend,
        'select count(*) as n from cases where conversation_id is null and details_enc is null',
      ),
    ).toBe(1);
    expect(
      await count(
        backend,
        "select count(*) as n from audit_events where action in ('case_exported', 'case_erased')",
      ),
    ).toBe(2);

    const missing = await hotline(['case', 'export', 'ZZZ-999', join(dir, 'x.json')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no case has the reference ZZZ-999/);
    // Several CLI processes: past the default 20 s while the suite's other workers share the CPU.
  }, 60_000);

  it('should keep only anonymous counts of a case idle past RETENTION_DAYS and forget an abandoned chat', async () => {
    const backend = await open();
    const { env } = backend;
    const t = await backend.service(new ManualClock());
    const reporter = Conversation.open({ hotline: t, userId: 'reporter' });
    await reporter.run(REPORT);
    const reference = referenceGiven(reporter);
    const passerby = Conversation.open({ hotline: t, userId: 'passerby' });
    await passerby.run(['halo']);
    await t.hotline.close();
    // The test clock starts in the past (2026), so the real clock of the CLI sees both as old.

    const dry = await hotline(['retention', '--dry-run'], {
      ...env,
      RETENTION_DAYS: '30',
      ABANDONED_DAYS: '7',
    });
    expect(dry.stdout).toMatch(/Would remove: 1 conversation\(s\) whose cases .* 1 abandoned/);
    expect(await count(backend, 'select count(*) as n from conversations')).toBe(2);
    expect(await count(backend, 'select count(*) as n from inbound_messages')).toBeGreaterThan(0);

    const swept = await hotline(['retention'], { ...env, RETENTION_DAYS: '30', ABANDONED_DAYS: '7' });
    expect(swept.code).toBe(0);
    expect(swept.stdout).toMatch(/Removed: 1 conversation\(s\) whose cases .* 1 abandoned/);
    expect(await count(backend, 'select count(*) as n from conversations')).toBe(0);
    expect(await count(backend, 'select count(*) as n from inbound_messages')).toBe(0);
    expect(await count(backend, 'select count(*) as n from outbox')).toBe(0);
    const kept = await backend.row(
      'select categories, risk, region_code, details_enc, conversation_id from cases where reference = ?',
      reference,
    );
    expect(kept).toMatchObject({ details_enc: null, conversation_id: null });
    expect(kept?.categories).toBeTruthy(); // the anonymous counts the statistics need stay
  }, 60_000);
}

describe('reporter rights and retention on SQLite', () => {
  reporterRights(async () => sqliteBackend());
});

const postgres = await postgresForTests();
describePostgres('reporter rights and retention on PostgreSQL', postgres, (server) => {
  reporterRights(() => postgresBackend(server));
});
