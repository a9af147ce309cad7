import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { dataKey } from '../../src/db/field-cipher.js';
import { openPostgresStorage } from '../../src/db/postgres/postgres-storage.js';
import { describePostgres, postgresForTests } from '../support/postgres-test-database.js';
import { Conversation } from '../support/conversation-harness.js';
import { createTestHotline, tempDir } from '../support/test-hotline.js';
import { runHotline, type ServeProcess, startServe } from '../support/cli.js';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.cleanup();
});

const hotline = runHotline;

/** The key id of every encrypted value in the file, text and binary. */
function keyIdsIn(file: string): Set<string> {
  const sqlite = new Database(file, { readonly: true });
  const ids = new Set<string>();
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as {
    name: string;
  }[];
  for (const { name } of tables) {
    const columns = (sqlite.prepare('select name from pragma_table_info(?)').all(name) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => c.endsWith('_enc'));
    for (const column of columns) {
      for (const row of sqlite
        .prepare(`select ${column} as v from ${name} where ${column} is not null`)
        .all() as {
        v: string | Buffer;
      }[]) {
        ids.add(
          typeof row.v === 'string'
            ? row.v.split(':')[1]!
            : row.v.subarray(2, 2 + row.v[1]!).toString('latin1'),
        );
      }
    }
  }
  sqlite.close();
  return ids;
}

describe('hotline keys rotate', () => {
  it('should re-encrypt everything under the new key while the service runs, and keep look-ups working', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const database = join(dir.dir, 'hotline.db');
    const oldKey = dataKey(randomBytes(32));
    const newKey = dataKey(randomBytes(32));

    const before = createTestHotline(database, { dataKeys: [oldKey] });
    const reporter = Conversation.open({ hotline: before, userId: 'reporter-1' });
    await reporter.run(['halo', 'ya', 'saya dipukul suami di Pati']);
    await before.hotline.close();
    expect(keyIdsIn(database)).toEqual(new Set([oldKey.id]));

    // The service is running with both keys (new first) during the rotation.
    const during = createTestHotline(database, { dataKeys: [newKey, oldKey] });
    const rotation = await hotline(['keys', 'rotate'], {
      DATABASE_URL: database,
      DATA_KEY: `${newKey.key.toString('base64')},${oldKey.key.toString('base64')}`,
    });
    expect(rotation.code).toBe(0);
    expect(rotation.stdout).toMatch(new RegExp(`Re-encrypted \\d+ value\\(s\\) under key ${newKey.id}`));
    expect(rotation.stdout).not.toContain(newKey.key.toString('base64'));
    expect(keyIdsIn(database)).toEqual(new Set([newKey.id]));

    // The same conversation goes on: its look-up hash still finds it, its state still reads.
    const again = Conversation.open({ hotline: during, userId: 'reporter-1' });
    during.hotline.ingest({
      channel: 'console',
      externalId: 'after-rotation',
      userId: 'reporter-1',
      address: 'reporter-1',
      input: { type: 'text', text: 'tidak' },
    });
    await during.hotline.whenIdle();
    expect(again.sender.texts().length).toBeGreaterThan(0);
    expect(again.sender.texts().join('\n')).not.toMatch(/Maaf, ada gangguan/);
    expect(during.data.repos.conversations.findId('console', 'reporter-1')).toBeDefined();
    await during.hotline.close();

    // The oldest key keys the look-ups: dropping it is refused at start, naming it.
    const dropped = await hotline(['migrate'], {
      DATABASE_URL: database,
      DATA_KEY: newKey.key.toString('base64'),
    });
    expect(dropped.code).toBe(1);
    expect(dropped.stderr).toContain(`look-ups were made with key id ${oldKey.id}`);
    // Several CLI processes beside a running service: past 20 s when the suite shares the CPU.
  }, 60_000);
});

describe('hotline keys rotate before every instance holds the new key', () => {
  // Installer trial: rotating before the restart left the running service unable to read anything
  // it had written, and every returning reporter got "Maaf, ada gangguan".
  it('should refuse while the service runs without the new key, and rotate once it was restarted with it', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const database = join(dir.dir, 'hotline.db');
    const oldKey = dataKey(randomBytes(32));
    const newKey = dataKey(randomBytes(32));
    const both = `${newKey.key.toString('base64')},${oldKey.key.toString('base64')}`;
    const stop = (serve: ServeProcess) =>
      new Promise((resolve) => {
        serve.child.once('exit', resolve);
        serve.child.kill('SIGTERM');
      });

    const old = await startServe({ DATABASE_URL: database, DATA_KEY: oldKey.key.toString('base64') });
    const refused = await hotline(['keys', 'rotate'], { DATABASE_URL: database, DATA_KEY: both });
    await stop(old);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `DATA_KEY puts key ${newKey.id} first, but the service (process ${old.child.pid} on `,
    );
    expect(refused.stderr).toContain(`reads only key id(s) ${oldKey.id}: restart every instance`);
    expect(refused.stdout).not.toMatch(/Re-encrypted/);
    expect(keyIdsIn(database).has(newKey.id)).toBe(false);

    const restarted = await startServe({ DATABASE_URL: database, DATA_KEY: both });
    const done = await hotline(['keys', 'rotate'], { DATABASE_URL: database, DATA_KEY: both });
    await stop(restarted);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(new RegExp(`under key ${newKey.id}`));
  }, 60_000);
});

/** The key id of every encrypted value in a PostgreSQL database, text and binary. */
async function keyIdsInPostgres(url: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = new Map<string, number>();
    const { rows: columns } = await client.query<{ t: string; c: string }>(
      "select table_name as t, column_name as c from information_schema.columns where table_schema = current_schema() and column_name like '%\\_enc'",
    );
    for (const { t, c } of columns) {
      const { rows } = await client.query<{ v: string | Buffer }>(
        `select "${c}" as v from "${t}" where "${c}" is not null`,
      );
      for (const { v } of rows) {
        const id = typeof v === 'string' ? v.split(':')[1]! : v.subarray(2, 2 + v[1]!).toString('latin1');
        ids.set(id, (ids.get(id) ?? 0) + 1);
      }
    }
    return ids;
  } finally {
    await client.end();
  }
}

const postgres = await postgresForTests();

describePostgres('hotline keys rotate on PostgreSQL', postgres, (server) => {
  it('should re-encrypt everything in batches while the service writes, and keep look-ups working', async () => {
    const database = await server.freshDatabase();
    const dir = tempDir();
    dirs.push(dir);
    const unused = join(dir.dir, 'unused.db'); // the service's storage is PostgreSQL
    const oldKey = dataKey(randomBytes(32));
    const newKey = dataKey(randomBytes(32));
    try {
      const before = createTestHotline(unused, {
        dataKeys: [oldKey],
        storage: await openPostgresStorage(database.url, [oldKey]),
      });
      const reporter = Conversation.open({ hotline: before, userId: 'reporter-1' });
      await reporter.run(['halo', 'ya', 'saya dipukul suami di Pati']);
      // Enough rows that every big table takes several batches of 200.
      for (let i = 0; i < 120; i++)
        await before.hotline.ingest({
          channel: 'console',
          externalId: `bulk-${i}`,
          userId: `other-${i % 40}`,
          address: `other-${i % 40}`,
          input: { type: 'text', text: 'halo' },
        });
      await before.hotline.whenIdle();
      await before.hotline.close();
      const beforeIds = await keyIdsInPostgres(database.url);
      expect([...beforeIds.keys()]).toEqual([oldKey.id]);
      expect(beforeIds.get(oldKey.id)).toBeGreaterThan(400);

      // The service runs with both keys (new first) and keeps writing while the rotation runs.
      const during = createTestHotline(unused, {
        dataKeys: [newKey, oldKey],
        storage: await openPostgresStorage(database.url, [newKey, oldKey]),
      });
      const again = Conversation.open({ hotline: during, userId: 'reporter-1' });
      const rotation = hotline(['keys', 'rotate'], {
        DATABASE_URL: database.url,
        DATA_KEY: `${newKey.key.toString('base64')},${oldKey.key.toString('base64')}`,
      });
      for (let i = 0; i < 20; i++)
        await during.hotline.ingest({
          channel: 'console',
          externalId: `during-${i}`,
          userId: `other-${i}`,
          address: `other-${i}`,
          input: { type: 'text', text: 'ya' },
        });
      const done = await rotation;
      expect(done.code).toBe(0);
      expect(done.stdout).toMatch(new RegExp(`Re-encrypted \\d+ value\\(s\\) under key ${newKey.id}`));
      // More rows than one batch of 200: the table was walked batch by batch.
      expect(Number(/outbox\.payload_enc: (\d+)/.exec(done.stdout)?.[1])).toBeGreaterThan(200);
      expect(done.stdout).not.toContain(newKey.key.toString('base64'));
      expect(done.stdout).not.toContain(oldKey.key.toString('base64'));
      await during.hotline.whenIdle();
      expect([...(await keyIdsInPostgres(database.url)).keys()]).toEqual([newKey.id]);

      // The same conversation goes on: its keyed-hash look-up still finds it, its state reads.
      const seen = again.sender.sent.length;
      await during.hotline.ingest({
        channel: 'console',
        externalId: 'after-rotation',
        userId: 'reporter-1',
        address: 'reporter-1',
        input: { type: 'text', text: 'tidak' },
      });
      await during.hotline.whenIdle();
      const replies = again.sender.sent.slice(seen).filter((s) => s.address === 'reporter-1');
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.map((r) => r.message.text).join('\n')).not.toMatch(/Maaf, ada gangguan/);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query<{ n: string }>('select count(*) as n from conversations');
      await client.end();
      expect(Number(rows[0]!.n)).toBe(41); // reporter-1 and the 40 others: nobody got a second chat
      await during.hotline.close();

      // The oldest key keys the look-ups: dropping it is refused at start, naming it.
      const dropped = await hotline(['migrate'], {
        DATABASE_URL: database.url,
        DATA_KEY: newKey.key.toString('base64'),
      });
      expect(dropped.code).toBe(1);
      expect(dropped.stderr).toContain(`look-ups were made with key id ${oldKey.id}`);
      // Without the key in between gone wrong: the new key and the oldest still open it.
      const reopened = await hotline(['migrate'], {
        DATABASE_URL: database.url,
        DATA_KEY: `${newKey.key.toString('base64')},${oldKey.key.toString('base64')}`,
      });
      expect(reopened.code).toBe(0);
    } finally {
      await database.drop();
    }
  }, 60_000);

  it('should refuse while an instance runs without the new key, naming it', async () => {
    const database = await server.freshDatabase();
    const oldKey = dataKey(randomBytes(32));
    const newKey = dataKey(randomBytes(32));
    const env = {
      DATABASE_URL: database.url,
      DATA_KEY: `${newKey.key.toString('base64')},${oldKey.key.toString('base64')}`,
    };
    try {
      const old = await openPostgresStorage(database.url, [oldKey]);
      const refused = await hotline(['keys', 'rotate'], env);
      await old.close();
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`DATA_KEY puts key ${newKey.id} first, but an instance`);
      expect(refused.stderr).toContain(`reads only key id(s) ${oldKey.id}`);

      const restarted = await openPostgresStorage(database.url, [newKey, oldKey]);
      const done = await hotline(['keys', 'rotate'], env);
      await restarted.close();
      expect(done.code).toBe(0);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
