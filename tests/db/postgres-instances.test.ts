/**
 * What only PostgreSQL has to prove: several instances on one database never claim the same row,
 * no plaintext reaches the server, and a wrong DATA_KEY is refused before anything is written.
 */
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { dataKey } from '../../src/db/field-cipher.js';
import { openPostgresStorage, type PostgresStorage } from '../../src/db/postgres/postgres-storage.js';
import { describePostgres, postgresForTests } from '../support/postgres-test-database.js';
import { TEST_KEY } from '../support/test-hotline.js';

const NOW = Date.UTC(2026, 11, 6, 3, 0, 0);
const LEASE = 30_000;
const postgres = await postgresForTests();

describePostgres('PostgreSQL: several instances, encryption, keys', postgres, (server) => {
  const opened: { close: () => Promise<void> }[] = [];
  const drops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close();
    for (const drop of drops.splice(0)) await drop();
  });
  async function database(): Promise<string> {
    const fresh = await server.freshDatabase();
    drops.push(fresh.drop);
    return fresh.url;
  }
  async function open(url: string, keys = [TEST_KEY]): Promise<PostgresStorage> {
    const storage = await openPostgresStorage(url, keys);
    opened.push(storage);
    return storage;
  }

  it('should never give one outbox row, or a later row of its conversation, to two instances at once', async () => {
    const url = await database();
    const [one, two] = [await open(url), await open(url)];
    await one.unitOfWork(async (tx) => {
      for (const [user, n] of [
        ['x', 1],
        ['x', 2],
        ['y', 3],
      ] as const) {
        const conversationId = await tx.conversations.findOrCreate('telegram', user, user, NOW);
        await tx.outbox.enqueue({ conversationId, channel: 'telegram', address: user, payload: n, now: NOW });
      }
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let claimedFirst = () => {};
    const firstClaimed = new Promise<void>((resolve) => {
      claimedFirst = resolve;
    });
    // Instance one claims row 1 and keeps its unit open while instance two claims.
    const first = one.unitOfWork(async (tx) => {
      const rows = await tx.outbox.claimDue<number>(['telegram'], NOW, LEASE, 1, 'one');
      claimedFirst();
      await held;
      return rows.map((r) => r.payload);
    });
    await firstClaimed;
    const second = await two.unitOfWork(async (tx) =>
      (await tx.outbox.claimDue<number>(['telegram'], NOW, LEASE, 10, 'two')).map((r) => r.payload),
    );
    release();
    expect(await first).toEqual([1]);
    // Row 1 is being claimed by one: two skips it, and row 2 waits behind it.
    expect(second).toEqual([3]);
    expect(await two.unitOfWork((tx) => tx.outbox.claimDue(['telegram'], NOW + 1, LEASE, 10, 'two'))).toEqual(
      [],
    );
  });

  it("should take back a gone instance's rows left mid-send, and never a live one's", async () => {
    const url = await database();
    const [one, two] = [await open(url), await open(url)];
    await one.unitOfWork(async (tx) => {
      const conversationId = await tx.conversations.findOrCreate('telegram', 'x', 'x', NOW);
      await tx.outbox.enqueue({ conversationId, channel: 'telegram', address: 'x', payload: 1, now: NOW });
    });
    const claimed = await one.unitOfWork((tx) =>
      tx.outbox.claimDue<number>(['telegram'], NOW, LEASE, 10, one.coordination.instance),
    );
    expect(claimed.map((r) => r.payload)).toEqual([1]);
    const reclaim = () =>
      two.unitOfWork((tx) => tx.outbox.reclaimAbandoned(['telegram'], two.coordination.instance));
    expect(await reclaim()).toBe(0); // one lives: its lease stands
    await one.close(); // its presence lock goes with it, the row stays in `sending`
    expect(await reclaim()).toBe(1);
    const again = await two.unitOfWork((tx) =>
      tx.outbox.claimDue<number>(['telegram'], NOW + 1, LEASE, 10, two.coordination.instance),
    );
    expect(again.map((r) => r.payload)).toEqual([1]);
    expect(await reclaim()).toBe(0); // two's own claim is not taken back
  });

  it('should give a session lock to one instance, and free it when its holder lets go or its connection drops', async () => {
    const url = await database();
    const [one, two] = [await open(url), await open(url)];
    const first = one.coordination.exclusiveLock('telegram-poller');
    const second = two.coordination.exclusiveLock('telegram-poller');
    expect(await first.acquire()).toBe(true);
    expect(await first.acquire()).toBe(true); // confirmed, not stacked: one release frees it
    expect(await second.acquire()).toBe(false);
    expect(await two.coordination.exclusiveLock('another-channel').acquire()).toBe(true);
    await first.release();
    expect(await second.acquire()).toBe(true);

    // The server drops the holder's connection (as when its process is killed): the lock is free.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(
        // This test's database only: test files run side by side, and another one's poller holds a
        // lock of the same name on its own database (tests/cli/poller-takeover.test.ts failed so).
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'hotline lock telegram-poller' and datname = current_database()",
      );
    } finally {
      await admin.end();
    }
    await expect.poll(() => first.acquire().catch(() => false), { timeout: 3_000 }).toBe(true);
    expect(await second.acquire().catch(() => false)).toBe(false);
  });

  it('should store no message text, user id, address, PIN or file in plain form', async () => {
    const url = await database();
    const storage = await open(url);
    const secret = 'PAKDE_SUKIRMAN_MEMUKUL_SAYA_DI_DAPUR';
    const user = '6281234567890';
    await storage.unitOfWork(async (tx) => {
      const id = await tx.conversations.findOrCreate('whatsapp', user, user, NOW);
      await tx.conversations.saveSnapshot(id, { story: secret }, NOW);
      await tx.inbox.insert({
        channel: 'whatsapp',
        externalId: `wamid.${user}`,
        conversationId: id,
        payload: secret,
        now: NOW,
      });
      await tx.outbox.enqueue({
        conversationId: id,
        channel: 'whatsapp',
        address: user,
        payload: secret,
        now: NOW,
      });
      await tx.cases.apply(id, { reference: 'K7M-4PX', pin: '918273', details: { story: secret } }, NOW);
      const found = await tx.cases.findByReference('K7M-4PX');
      await tx.outsideNotes.add({ caseId: found!.id, fromConversationId: id, text: secret, now: NOW });
      await tx.media.register({
        id: 'm1',
        conversationId: id,
        channel: 'whatsapp',
        kind: 'image',
        ref: secret,
        declaredSize: 10,
        now: NOW,
      });
      await tx.media.markStored('m1', Buffer.from(secret), NOW);
      await tx.baileysAuth.write('main', [{ category: 'session', id: user, value: secret }], NOW);
    });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ name: string }>(
        "select table_name as name from information_schema.tables where table_schema = 'public'",
      );
      let dump = '';
      for (const { name } of tables.rows) {
        const rows = await client.query<{ row: string }>(`select t::text as row from "${name}" t`);
        dump += rows.rows.map((r) => r.row).join('\n');
      }
      expect(dump).toContain('K7M-4PX'); // the reference is stored as is (it names no one)
      for (const plain of [secret, user, '918273', Buffer.from(secret).toString('hex')])
        expect(dump.includes(plain), plain).toBe(false);
    } finally {
      await client.end();
    }
  });

  it('should refuse a DATA_KEY that cannot read the database, naming the key it was made with', async () => {
    const url = await database();
    const first = await open(url);
    await first.unitOfWork((tx) => tx.conversations.findOrCreate('telegram', 'u', 'u', NOW));
    const other = dataKey(Buffer.alloc(32, 7));
    await expect(openPostgresStorage(url, [other])).rejects.toThrow(
      new RegExp(`DATA_KEY cannot read this database: it was written with key id ${TEST_KEY.id}`),
    );
  });

  it('should name DATABASE_URL, not its password, when no server answers', async () => {
    const error = await openPostgresStorage('postgres://hotline:s3cret@127.0.0.1:1/none', [TEST_KEY]).catch(
      (e: Error) => e,
    );
    expect(String(error)).toMatch(
      /DATABASE_URL names a PostgreSQL server that does not answer \(ECONNREFUSED\)/,
    );
    expect(String(error)).not.toContain('s3cret');
  });

  it('should say a database does not exist, not that the server does not answer', async () => {
    const fresh = await server.freshDatabase();
    const missing = new URL(fresh.url);
    missing.pathname = `${missing.pathname}_never_made`;
    await fresh.drop();
    await expect(openPostgresStorage(missing.toString(), [TEST_KEY])).rejects.toThrow(
      /DATABASE_URL names a PostgreSQL database that does not exist \(3D000\); create it first/,
    );
  });

  it('should report itself reachable while open and not after close', async () => {
    const storage = await open(await database());
    expect(await storage.isReachable()).toBe(true);
    await storage.close();
    expect(await storage.isReachable()).toBe(false);
  });
});
