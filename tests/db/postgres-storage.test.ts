import { describe, it } from 'vitest';
import { openPostgresStorage, type PostgresStorage } from '../../src/db/postgres/postgres-storage.js';
import { postgresForTests } from '../support/postgres-test-database.js';
import { TEST_KEY } from '../support/test-hotline.js';
import { storageContract } from './storage-contract.js';

const postgres = await postgresForTests();

if (postgres.state === 'ready') {
  storageContract(
    'PostgreSQL',
    async () => {
      const database = await postgres.freshDatabase();
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
} else if (postgres.state === 'absent' && process.env.CI) {
  describe('storage contract: PostgreSQL', () => {
    it('needs a PostgreSQL server in CI', () => {
      throw new Error(`${postgres.reason}; CI must run these tests`);
    });
  });
} else {
  if (postgres.state === 'absent') console.warn(postgres.reason);
  describe.skip('storage contract: PostgreSQL (no server)', () => {
    it('runs when PostgreSQL answers');
  });
}
