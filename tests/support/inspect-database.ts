/**
 * What a test reads from (or plants in) the database beside the service under test: a second
 * connection to the same SQLite file with the same key, as `hotline backup` or an administrator's
 * sqlite3 shell would have. The service object keeps its repositories private; tests look at the
 * data through this, never through it. Connections close after the test file.
 */
import { afterAll } from 'vitest';
import { type Db, openHotlineDatabase } from '../../src/db/client.js';
import { type DataKey, FieldCipher } from '../../src/db/field-cipher.js';
import { createRepositories, type Repositories } from '../../src/db/repositories.js';
import type { InboundMessage } from '../../src/conversations/channel-contract.js';
import { splitForChannel } from '../../src/conversations/message-parts.js';
import type { Clock } from '../../src/lib/clock.js';

export interface InspectedDatabase {
  /** The repositories, over this test's own connection. */
  readonly repos: Repositories;
  /** The raw connection, for what must be seen as stored (ciphertext, counts). */
  readonly sql: Db['$client'];
  /**
   * Stores a message as a channel's ingest would, and nothing more: what a process that crashed
   * right after acknowledging it leaves behind (stored, never processed).
   */
  storeUnprocessed(message: InboundMessage, clock: Clock): void;
  close(): void;
}

const open = new Map<string, InspectedDatabase>();

afterAll(() => {
  for (const inspected of open.values()) inspected.close();
  open.clear();
});

/** One connection per file and test file; `keys` must read the file (the test key by default). */
export function inspectDatabase(file: string, keys: readonly DataKey[]): InspectedDatabase {
  const known = open.get(file);
  if (known) return known;
  const cipher = new FieldCipher([...keys]);
  const db = openHotlineDatabase(file, cipher, [...keys]);
  const repos = createRepositories(db, cipher, { splitPayload: splitForChannel });
  const inspected: InspectedDatabase = {
    repos,
    sql: db.$client,
    storeUnprocessed: (message, clock) => {
      // What ingest writes for a plain message, in one transaction of this connection.
      db.transaction(() => {
        const now = clock.now();
        const conversationId = repos.conversations.arrived(
          message.channel,
          message.userId,
          message.address,
          now,
        );
        const payload = {
          input: message.input,
          ...(message.languageHint ? { languageHint: message.languageHint } : {}),
        };
        repos.inbox.insert({
          channel: message.channel,
          externalId: message.externalId,
          conversationId,
          payload,
          now,
        });
      });
    },
    close: () => {
      open.delete(file);
      if (db.$client.open) db.$client.close();
    },
  };
  open.set(file, inspected);
  return inspected;
}
