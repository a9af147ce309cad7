import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/lib/clock.js';
import { Conversation } from '../support/conversation-harness.js';
import { createTestHotline, TEST_KEY, tempDir } from '../support/test-hotline.js';
import { runHotline } from '../support/cli.js';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.cleanup();
});

function setUp() {
  const dir = tempDir();
  dirs.push(dir);
  const database = join(dir.dir, 'hotline.db');
  return {
    dir: dir.dir,
    database,
    env: { DATABASE_URL: database, DATA_KEY: TEST_KEY.key.toString('base64') },
  };
}

const hotline = runHotline;

const REPORT = ['halo', 'ya', 'saya dipukul suami di Pati', 'tidak', 'ya', 'tidak', 'baru'];
const count = (database: string, sql: string) => {
  const sqlite = new Database(database, { readonly: true });
  const row = sqlite.prepare(sql).get() as { n: number };
  sqlite.close();
  return row.n;
};

describe('a reporter data request handled by an administrator', () => {
  it('should export everything held about the case, then erase it like hapus, both audited', async () => {
    const { dir, database, env } = setUp();
    const t = createTestHotline(database);
    const reporter = Conversation.open({ hotline: t, userId: 'reporter' });
    await reporter.run(REPORT);
    const reference = reporter.latestCase()!.reference;
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
      count(
        database,
        "select count(*) as n from inbound_messages where status <> 'pending' and conversation_id is not null and payload_enc is not null",
      ),
    ).toBe(0);
    expect(
      count(
        database,
        'select count(*) as n from cases where conversation_id is null and details_enc is null',
      ),
    ).toBe(1);
    expect(
      count(
        database,
        "select count(*) as n from audit_events where action in ('case_exported', 'case_erased')",
      ),
    ).toBe(2);

    const missing = await hotline(['case', 'export', 'ZZZ-999', join(dir, 'x.json')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no case has the reference ZZZ-999/);
  });
});

describe('retention', () => {
  it('should keep only anonymous counts of a case idle past RETENTION_DAYS and forget an abandoned chat', async () => {
    const { database, env } = setUp();
    const clock = new ManualClock();
    const t = createTestHotline(database, { clock });
    const reporter = Conversation.open({ hotline: t, userId: 'reporter' });
    await reporter.run(REPORT);
    const reference = reporter.latestCase()!.reference;
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
    expect(count(database, 'select count(*) as n from conversations')).toBe(2);

    const swept = await hotline(['retention'], { ...env, RETENTION_DAYS: '30', ABANDONED_DAYS: '7' });
    expect(swept.code).toBe(0);
    expect(count(database, 'select count(*) as n from conversations')).toBe(0);
    expect(count(database, 'select count(*) as n from inbound_messages')).toBe(0);
    expect(count(database, 'select count(*) as n from outbox')).toBe(0);
    const sqlite = new Database(database, { readonly: true });
    const kept = sqlite
      .prepare(
        'select categories, risk, region_code, details_enc, conversation_id from cases where reference = ?',
      )
      .get(reference);
    sqlite.close();
    expect(kept).toMatchObject({ details_enc: null, conversation_id: null });
  });
});
