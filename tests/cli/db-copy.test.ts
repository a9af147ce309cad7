/**
 * `hotline db copy`: an office runs on SQLite (a report with an evidence photo, an urgent case
 * alerted to its officer), stops, copies its database into a new PostgreSQL database, and starts
 * again there. The service continues where it left off: the reporter's case is found by its
 * reference and PIN from another chat, the reporter is recognised, and the officer can still
 * take the alert raised before the move.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Update } from 'grammy/types';
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { runHotline, type ServeProcess, startServe } from '../support/cli.js';
import { FakeTelegramApi } from '../support/fake-telegram-api.js';
import { describePostgres, postgresForTests } from '../support/postgres-test-database.js';
import { callbackUpdate, photoUpdate, textUpdate } from '../support/telegram-updates.js';
import { tempDir } from '../support/test-hotline.js';
import { typedReport } from '../support/typed-report.js';

const KEY = randomBytes(32).toString('base64');
const SECRET = 'db-copy-secret';
const OFFICER = 100000201;
const REPORTER = 5001;
const IN_DANGER = 5002;
const STRANGER = 5003;
const OFFICES = `offices:
  - id: sapa
    name: SAPA 129 (KemenPPPA)
    kind: national
    verified: true
    phone: "129"
  - id: uptd-palu
    name: UPTD PPA Kota Palu
    kind: uptd_ppa
    regions: [Kota Palu]
    parent: sapa
    officers:
      - { id: palu-a, name: Petugas A, telegram: ${OFFICER} }
    oncall: [palu-a]
`;
const REPORT = typedReport('kota palu');

const postgres = await postgresForTests();
const children: ChildProcess[] = [];
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const step of cleanup.splice(0).reverse()) await step();
});

describePostgres('hotline db copy from SQLite to PostgreSQL', postgres, (server) => {
  it('should say which side a DATA_KEY does not read: the SQLite file or a database tied to another key', async () => {
    const dir = tempDir();
    cleanup.push(dir.cleanup);
    const sqliteFile = join(dir.dir, 'hotline.db');
    const made = await runHotline(['migrate'], { DATA_KEY: KEY, DATABASE_URL: sqliteFile });
    expect(made.code).toBe(0);
    const otherKey = randomBytes(32).toString('base64');
    const fresh = await server.freshDatabase();
    cleanup.push(fresh.drop);
    // No DATA_KEY and no development key beside the file: refused, and no key is made up.
    const noKey = await runHotline(['db', 'copy', '--from', sqliteFile, '--to', fresh.url], {
      DATABASE_URL: sqliteFile,
    });
    expect(noKey.code).toBe(1);
    expect(noKey.lines.join('\n')).toMatch(/DATA_KEY is not set, and no development key is beside/);
    expect(existsSync(join(dir.dir, 'data-key'))).toBe(false);
    const wrongFile = await runHotline(['db', 'copy', '--from', sqliteFile, '--to', fresh.url], {
      DATA_KEY: otherKey,
      DATABASE_URL: sqliteFile,
    });
    expect(wrongFile.code).toBe(1);
    expect(wrongFile.lines.join('\n')).toMatch(
      /DATA_KEY --from \(the SQLite file\): cannot read this database/,
    );
    // A replica started first tied the empty PostgreSQL database to its own key.
    const tied = await server.freshDatabase();
    cleanup.push(tied.drop);
    expect((await runHotline(['migrate'], { DATA_KEY: otherKey, DATABASE_URL: tied.url })).code).toBe(0);
    const wrongTarget = await runHotline(['db', 'copy', '--from', sqliteFile, '--to', tied.url], {
      DATA_KEY: KEY,
      DATABASE_URL: sqliteFile,
    });
    expect(wrongTarget.code).toBe(1);
    expect(wrongTarget.lines.join('\n')).toMatch(
      /DATA_KEY --to \(the PostgreSQL database\): cannot read this database/,
    );
  });

  it('should move conversations, cases, alerts and files so the service continues on PostgreSQL', async () => {
    const dir = tempDir();
    cleanup.push(dir.cleanup);
    const directoryFile = join(dir.dir, 'offices.yaml');
    writeFileSync(directoryFile, OFFICES);
    const sqliteFile = join(dir.dir, 'hotline.db');
    const database = await server.freshDatabase();
    cleanup.push(database.drop);
    const api = new FakeTelegramApi();
    await api.listen();
    cleanup.push(() => api.close());
    api.addFile('evidence-1', Buffer.from('a photo of the bruise'));
    const env = {
      DATA_KEY: KEY,
      DIRECTORY_FILE: directoryFile,
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.root,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_RATE_LIMIT: 'off',
    };
    const start = async (databaseUrl: string) => {
      const service = await startServe({ ...env, DATABASE_URL: databaseUrl });
      children.push(service.child);
      return service;
    };
    let updateId = 0;
    /** Posts an update and resolves with the texts the chat got until it is quiet for 600 ms. */
    const say = async (service: ServeProcess, chat: number, update: Update): Promise<string[]> => {
      const before = api.sentMessages().filter((m) => m.chat_id === chat).length;
      const res = await fetch(`${service.url}/webhooks/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      });
      expect(res.status).toBe(200);
      let seen = -1;
      for (;;) {
        await sleep(600);
        const now = api.sentMessages().filter((m) => m.chat_id === chat);
        if (now.length === seen && now.length > before) return now.slice(before).map((m) => m.text);
        seen = now.length;
      }
    };

    // Before: on SQLite.
    const before = await start(sqliteFile);
    const told: string[] = [];
    for (const text of REPORT)
      told.push(...(await say(before, REPORTER, textUpdate(++updateId, REPORTER, text))));
    const reference = /Kode Anda: <b>(\S+)<\/b>/.exec(told.join('\n'))?.[1];
    const pin = /PIN laporan: <b>(\d{6})<\/b>/.exec(told.join('\n'))?.[1];
    expect(reference && pin).toBeTruthy();
    await say(before, REPORTER, photoUpdate(++updateId, REPORTER, 'evidence-1'));
    await say(
      before,
      IN_DANGER,
      textUpdate(++updateId, IN_DANGER, 'tolong suami saya mau bunuh saya, dia bawa parang sekarang'),
    );
    await say(before, IN_DANGER, textUpdate(++updateId, IN_DANGER, 'kota palu'));
    const alert = api.sentMessages().find((m) => m.chat_id === OFFICER && /MENDESAK/.test(m.text));
    expect(alert?.options[0]?.id).toMatch(/^claim:/);
    const stopped = once(before.child, 'exit');
    before.child.kill('SIGTERM');
    expect((await stopped)[0]).toBe(0);

    // The move.
    const copied = await runHotline(['db', 'copy', '--from', sqliteFile, '--to', database.url], {
      DATA_KEY: KEY,
      DATABASE_URL: sqliteFile,
    });
    expect(copied.lines).toEqual([]);
    expect(copied.code).toBe(0);
    expect(copied.stdout).toMatch(/^ {2}cases: 2$/m);
    expect(copied.stdout).toMatch(/^ {2}media: 1$/m);
    expect(copied.stdout).toMatch(/^ {2}alerts: 2$/m); // the urgent case's alert and the report's notice
    expect(copied.stdout).not.toContain(database.url);
    // Into a database that already holds data: refused, nothing changed.
    const again = await runHotline(['db', 'copy', '--from', sqliteFile, '--to', database.url], {
      DATA_KEY: KEY,
      DATABASE_URL: sqliteFile,
    });
    expect(again.code).toBe(1);
    expect(again.lines.join('\n')).toMatch(/already holds data .*new, empty database/);

    // After: on PostgreSQL, where it left off.
    const after = await start(database.url);
    const fromElsewhere = await say(after, STRANGER, textUpdate(++updateId, STRANGER, reference!));
    expect(fromElsewhere.join('\n')).toMatch(/ketik PIN-nya untuk melihat status/);
    const status = await say(after, STRANGER, textUpdate(++updateId, STRANGER, pin!));
    expect(status.join('\n')).toContain(`Laporan ${reference}`);
    expect(status.join('\n')).toContain('UPTD PPA Kota Palu');
    const returning = await say(after, REPORTER, textUpdate(++updateId, REPORTER, 'status'));
    expect(returning.join('\n')).toContain(reference!);
    const claimed = await say(
      after,
      OFFICER,
      callbackUpdate(++updateId, OFFICER, alert!.options[0]!.id, alert!),
    );
    expect(claimed.join('\n')).toContain('sekarang Anda tangani');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(
        "select count(*) as n from media where status = 'stored' and bytes_enc is not null",
      );
      expect(Number(rows[0]!.n)).toBe(1);
    } finally {
      await client.end();
    }
  }, 90_000);
});
