/**
 * Several reporters writing at once through the real pipeline (ingest → worker → outbox → sender),
 * with hostile text, duplicate deliveries and deliveries out of order, on each storage backend:
 * nothing throws, every delivery is processed once, and nothing one reporter wrote or was given (a
 * story, a case reference) ever reaches another reporter's chat.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { commandMatcher } from '../../src/conversations/command-words.js';
import { createHotlineServices } from '../../src/conversations/directory-services.js';
import type { Storage } from '../../src/db/storage-ports.js';
import {
  createDirectoryGazetteer,
  EXAMPLE_DIRECTORY_FILE,
  loadDirectory,
} from '../../src/directory/index.js';
import { triage } from '../../src/triage/index.js';
import { describePostgres, postgresForTests, openTestPostgres } from '../support/postgres-test-database.js';
import {
  createTestHotline,
  RecordingSender,
  type TestHotline,
  tempDir,
  testTranslator,
} from '../support/test-hotline.js';
import { hostileText } from './hostile-text.js';

const directory = loadDirectory(EXAMPLE_DIRECTORY_FILE);
const services = {
  hotline: createHotlineServices(directory, createDirectoryGazetteer(directory), testTranslator()),
};
const SENDERS = ['alpha', 'beta', 'gamma'] as const;
/** A word only this sender ever writes: seen in another chat, it leaked. */
const marker = (sender: string) => `zq${sender}mark`;

/** A report-like script per sender: their marked story among hostile text and answers. */
const script = (sender: string) =>
  fc.array(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom('halo', 'ya', 'tidak', '1', '2', 'kota palu', 'baru', 'status'),
      },
      { weight: 2, arbitrary: hostileText },
      { weight: 2, arbitrary: fc.constant(`suami saya memukul saya ${marker(sender)}`) },
    ),
    { minLength: 3, maxLength: 8 },
  );

interface Delivery {
  sender: string;
  externalId: string;
  text: string;
}

/**
 * A deletion request (`hapus`, then `ya`) erases the sender's stored messages by design, so the
 * count of stored deliveries below holds only for runs without one: those are left out.
 */
const matchCommand = commandMatcher(testTranslator());
const asksDeletion = (list: Delivery[]) => list.some((d) => matchCommand(d.text) === 'delete');

/** Each sender's messages, interleaved in any order, some delivered twice (a platform retry). */
const deliveries = fc
  .tuple(...SENDERS.map((sender) => script(sender)))
  .chain((scripts) => {
    const all: Delivery[] = scripts.flatMap((texts, s) =>
      texts.map((text, i) => ({ sender: SENDERS[s]!, externalId: `${SENDERS[s]}-${i}`, text })),
    );
    return fc.tuple(fc.shuffledSubarray(all, { minLength: all.length }), fc.subarray(all));
  })
  .map(([order, repeats]) => [...order, ...repeats])
  .filter((list) => !asksDeletion(list));

/** How many inbound rows were stored, and how many are still pending, read beside the service. */
type InboxCount = (t: TestHotline) => Promise<{ stored: number; pending: number }>;

const sqliteInbox: InboxCount = async (t) =>
  t.data.sql
    .prepare(
      "select count(*) as stored, sum(status = 'pending') as pending from inbound_messages where channel = 'console'",
    )
    .get() as { stored: number; pending: number };

async function runOnce(
  list: Delivery[],
  storage: () => Promise<Storage | undefined>,
  inbox: InboxCount,
): Promise<void> {
  const dir = tempDir();
  const opened = await storage();
  const t = createTestHotline(join(dir.dir, 'hotline.db'), {
    triage,
    directory,
    services,
    ...(opened ? { storage: opened } : {}),
  });
  const sender = new RecordingSender('console');
  t.hotline.registerSender(sender);
  try {
    for (const delivery of list)
      await t.hotline.ingest({
        channel: 'console',
        externalId: delivery.externalId,
        userId: delivery.sender,
        address: `chat-${delivery.sender}`,
        input: { type: 'text', text: delivery.text },
      });
    await t.hotline.whenIdle();
    const byChat = new Map<string, string>();
    for (const { address, message } of sender.sent)
      byChat.set(address, `${byChat.get(address) ?? ''}\n${message.text}`);
    for (const owner of SENDERS) {
      const received = byChat.get(`chat-${owner}`) ?? '';
      // Every sender who wrote was answered (the first message always gets a reply).
      if (list.some((d) => d.sender === owner)) expect(received).not.toBe('');
      for (const other of SENDERS) if (other !== owner) expect(received).not.toContain(marker(other));
    }
    // A reference given to one chat never appears in another's.
    const references = new Map<string, string>();
    for (const [address, text] of byChat)
      for (const match of text.matchAll(/Kode Anda: \*([A-Z0-9]{3}-[A-Z0-9]{3})\*/g))
        references.set(match[1]!, address);
    for (const [reference, owner] of references)
      for (const [address, text] of byChat) if (address !== owner) expect(text).not.toContain(reference);
    // Each delivery was stored and processed once, duplicates dropped.
    const distinct = new Set(list.map((d) => d.externalId)).size;
    expect(await inbox(t)).toEqual({ stored: distinct, pending: 0 });
  } finally {
    await t.hotline.close();
    dir.cleanup();
  }
}

describe('several reporters at once, on SQLite', () => {
  it('should keep every chat to itself and process each delivery once, whatever the order', async () => {
    await fc.assert(
      fc.asyncProperty(deliveries, (list) => runOnce(list, async () => undefined, sqliteInbox)),
      { numRuns: 12 },
    );
  });
});

const postgres = await postgresForTests();

describePostgres('several reporters at once, on PostgreSQL', postgres, (server) => {
  it('should keep every chat to itself and process each delivery once, whatever the order', async () => {
    await fc.assert(
      fc.asyncProperty(deliveries, async (list) => {
        const database = await server.freshDatabase();
        try {
          const inbox: InboxCount = async () => {
            const client = new pg.Client({ connectionString: database.url });
            await client.connect();
            try {
              const { rows } = await client.query(
                "select count(*)::int as stored, count(*) filter (where status = 'pending')::int as pending from inbound_messages where channel = 'console'",
              );
              return rows[0] as { stored: number; pending: number };
            } finally {
              await client.end();
            }
          };
          await runOnce(list, () => openTestPostgres(database.url), inbox);
        } finally {
          await database.drop();
        }
      }),
      { numRuns: 4 },
    );
  });
});
