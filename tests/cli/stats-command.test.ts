/**
 * `hotline stats` through the real command on each storage backend: reports made in January 2026
 * (the test clock), then the month's figures and the SIMFONI-shaped CSV, audited.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.js';
import { runHotline } from '../support/cli.js';
import { Conversation } from '../support/conversation-harness.js';
import { describePostgres, postgresForTests, openTestPostgres } from '../support/postgres-test-database.js';
import { createTestHotline, TEST_KEY, type TestHotline, tempDir } from '../support/test-hotline.js';

const REPORT = ['halo', 'ya', 'saya dipukul suami di Pati', 'tidak', 'ya', 'tidak', 'baru'];
const KEY = TEST_KEY.key.toString('base64');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

interface Backend {
  dir: string;
  env: Record<string, string>;
  service(): Promise<TestHotline>;
  auditCount(action: string): Promise<number>;
}

function statsOn(open: () => Promise<Backend>): void {
  it("should print the month's figures and write the SIMFONI-shaped CSV without the story, audited", async () => {
    const backend = await open();
    const t = await backend.service();
    for (const userId of ['one', 'two']) await Conversation.open({ hotline: t, userId }).run(REPORT);
    await t.hotline.close();

    const file = join(backend.dir, 'januari.csv');
    const result = await runHotline(
      ['stats', '--from', '2026-01', '--to', '2026-01', '--csv', file],
      backend.env,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('All offices, 2026-01 to 2026-01 (Asia/Jakarta)');
    expect(result.stdout).toMatch(/cases: 2 \(0 of them anonymous/);
    expect(result.stdout).toMatch(/by kind: kdrt 2/);
    expect(result.stdout).toMatch(/by channel: console 2/);
    // Regions by name, with the code SIMFONI uses.
    expect(result.stdout).toMatch(/by region: [^\n]*Kab\. Pati, Jawa Tengah \[33\.18[.0-9]*\] 2/);
    expect(result.stdout).toMatch(/Wrote 2 case\(s\)/);
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^nomor_laporan,tanggal_diterima,kantor,/);
    expect(csv).toContain('2026-01-05,UPTD PPA Kabupaten Pati');
    expect(csv).not.toContain('dipukul');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await backend.auditCount('stats_exported')).toBe(1);

    // Another month, and an office's view: its own cases and those below it.
    const february = await runHotline(
      ['stats', 'uptd-palu', '--from', '2026-02', '--to', '2026-02'],
      backend.env,
    );
    expect(february.stdout).toMatch(
      /UPTD PPA Kota Palu, 2026-02 to 2026-02 \(Asia\/Makassar\)\n {2}cases: 0/,
    );
    const wrong = await runHotline(['stats', '--from', '2026-13'], backend.env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--from and --to need months such as 2026-01');
    // Three CLI processes (each migrating PostgreSQL first) after two whole reports: ~8 s alone, and
    // past the default 20 s while the suite's other workers share CI's two cores.
  }, 60_000);
}

describe('hotline stats on SQLite', () => {
  statsOn(async () => {
    const dir = tempDir();
    cleanups.push(() => dir.cleanup());
    const database = join(dir.dir, 'hotline.db');
    return {
      dir: dir.dir,
      env: { DATABASE_URL: database, DATA_KEY: KEY },
      service: async () => createTestHotline(database, { triage }),
      async auditCount(action) {
        const t = createTestHotline(database);
        try {
          return (
            t.data.sql.prepare('select count(*) as n from audit_events where action = ?').get(action) as {
              n: number;
            }
          ).n;
        } finally {
          await t.hotline.close();
        }
      },
    };
  });
});

const postgres = await postgresForTests();

describePostgres('hotline stats on PostgreSQL', postgres, (server) => {
  statsOn(async () => {
    const dir = tempDir();
    const database = await server.freshDatabase();
    cleanups.push(async () => {
      dir.cleanup();
      await database.drop();
    });
    return {
      dir: dir.dir,
      env: { DATABASE_URL: database.url, DATA_KEY: KEY },
      service: async () =>
        createTestHotline(join(dir.dir, 'unused.db'), {
          triage,
          storage: await openTestPostgres(database.url),
        }),
      async auditCount(action) {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          const { rows } = await client.query(
            'select count(*)::int as n from audit_events where action = $1',
            [action],
          );
          return rows[0].n as number;
        } finally {
          await client.end();
        }
      },
    };
  });
});
