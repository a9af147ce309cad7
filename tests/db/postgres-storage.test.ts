import { openPostgresStorage, type PostgresStorage } from '../../src/db/postgres/postgres-storage.js';
import { expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../../src/engine/text-limits.js';
import { describePostgres, openTestPostgres, postgresForTests } from '../support/postgres-test-database.js';
import { TEST_KEY } from '../support/test-hotline.js';
import { storageContract } from './storage-contract.js';

const postgres = await postgresForTests();

describePostgres('PostgreSQL adapter', postgres, (server) => {
  storageContract(
    'PostgreSQL',
    async () => {
      const database = await server.freshDatabase();
      let storage: PostgresStorage = await openPostgresStorage(database.url, [TEST_KEY]);
      return {
        get storage() {
          return storage;
        },
        async reopen() {
          await storage.close();
          storage = await openPostgresStorage(database.url, [TEST_KEY]);
          return storage;
        },
        async cleanup() {
          await storage.close();
          await database.drop();
        },
      };
    },
    { shared: true },
  );
});

describePostgres('PostgreSQL outbox', postgres, (server) => {
  it("should give each queued message its last part's id when a message is split in parts", async () => {
    const database = await server.freshDatabase();
    const storage = await openTestPostgres(database.url);
    try {
      const long = `${'kata '.repeat(MAX_MESSAGE_CHARS / 5)}akhir`;
      const { ids, rows } = await storage.unitOfWork(async (tx) => {
        const chat = await tx.conversations.findOrCreate('telegram', 'u', 'addr', 1);
        const base = { conversationId: chat, channel: 'telegram', address: 'addr', now: 1 };
        const ids = await tx.outbox.enqueueMany([
          { ...base, payload: { text: 'satu' } },
          { ...base, payload: { text: long } },
          { ...base, payload: { text: 'tiga' } },
        ]);
        return { ids, rows: await tx.outbox.countByStatus('pending') };
      });
      expect(rows).toBe(4);
      expect(ids[1]! - ids[0]!).toBe(2);
      expect(ids[2]! - ids[1]!).toBe(1);
    } finally {
      await storage.close();
      await database.drop();
    }
  });
});
