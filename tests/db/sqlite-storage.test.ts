import { join } from 'node:path';
import { openSqliteStorage } from '../../src/db/sqlite-storage.js';
import { TEST_KEY, tempDir } from '../support/test-hotline.js';
import { storageContract } from './storage-contract.js';

storageContract(
  'SQLite',
  async () => {
    const dir = tempDir();
    const file = join(dir.dir, 'hotline.db');
    let storage = openSqliteStorage(file, [TEST_KEY]);
    return {
      get storage() {
        return storage;
      },
      async reopen() {
        await storage.close();
        storage = openSqliteStorage(file, [TEST_KEY]);
        return storage;
      },
      async cleanup() {
        await storage.close();
        dir.cleanup();
      },
    };
  },
  { shared: false },
);
