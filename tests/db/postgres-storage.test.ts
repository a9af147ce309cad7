import { openPostgresStorage, type PostgresStorage } from '../../src/db/postgres/postgres-storage.js';
import { describePostgres, postgresForTests } from '../support/postgres-test-database.js';
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
