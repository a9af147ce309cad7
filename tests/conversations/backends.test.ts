/**
 * The whole pipeline on each storage backend: the same reporters get the same replies, word for
 * word, on SQLite and on PostgreSQL, and a report survives a restart on both. The decisions do not
 * know which database they run on; this proves the pipeline does not either.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../src/db/storage-ports.js';
import { triage } from '../../src/triage/index.js';
import { ManualClock } from '../../src/lib/clock.js';
import { describePostgres, postgresForTests, openTestPostgres } from '../support/postgres-test-database.js';
import { createTestHotline, RecordingSender, seededRandom, tempDir } from '../support/test-hotline.js';
import { typedReport } from '../support/typed-report.js';

/** A typed report (greeting, consent, story, safety, category, child, place), then an urgent one. */
const REPORT = typedReport('kota palu');
const URGENT = 'tolong suami saya mau bunuh saya, dia bawa parang sekarang. saya di kota palu';

interface Backend {
  /** Storage for a run; the same database each call, as after a restart. */
  open(): Promise<Storage | undefined>;
  databaseFile: string;
}

/** Runs both reporters and a restart; returns everything each of them read, in order. */
interface Seen {
  reporter: string[];
  inDanger: string[];
  /** What the reporter read after the restart, asking for the status. */
  afterRestart: string[];
}

async function converse(backend: Backend): Promise<Seen> {
  const clock = new ManualClock();
  const start = async () => {
    const storage = await backend.open();
    const t = createTestHotline(backend.databaseFile, {
      triage,
      clock,
      random: seededRandom(),
      ...(storage ? { storage } : {}),
    });
    const sender = new RecordingSender();
    t.hotline.registerSender(sender);
    return { hotline: t.hotline, sender };
  };
  let seq = 0;
  const say = (hotline: Awaited<ReturnType<typeof start>>['hotline'], userId: string, text: string) =>
    hotline.ingest({
      channel: 'console',
      externalId: `m${++seq}`,
      userId,
      address: userId,
      input: { type: 'text', text },
    });

  const first = await start();
  for (const text of REPORT) {
    await say(first.hotline, 'reporter', text);
    await first.hotline.whenIdle();
    clock.advance(5_000);
  }
  await say(first.hotline, 'in-danger', URGENT);
  await first.hotline.whenIdle();
  await first.hotline.close();

  // After a restart, the reporter asks for the status of their report.
  const second = await start();
  await say(second.hotline, 'reporter', 'status');
  await second.hotline.whenIdle();
  await second.hotline.close();

  const read = (sender: RecordingSender, user: string) =>
    sender.sent.filter((s) => s.address === user).map((s) => s.message.text);
  return {
    reporter: read(first.sender, 'reporter'),
    inDanger: read(first.sender, 'in-danger'),
    afterRestart: read(second.sender, 'reporter'),
  };
}

const postgres = await postgresForTests();
const dir = tempDir();
afterAll(() => dir.cleanup());

describe('the pipeline on SQLite', () => {
  it('should take a report, answer an urgent one with the emergency numbers, and keep both across a restart', async () => {
    const seen = await converse({ databaseFile: join(dir.dir, 'backends.db'), open: async () => undefined });
    // A case reference has letters; a phone number (0811-129-129) does not.
    const reference = /\b(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{3}-[A-Z0-9]{3}\b/.exec(seen.reporter.join('\n'))?.[0];
    expect(reference).toBeDefined();
    expect(seen.inDanger[0]).toMatch(/112/);
    expect(seen.afterRestart.join('\n')).toContain(`Kode Anda: ${reference}`);
  });
});

describePostgres('the pipeline on PostgreSQL', postgres, (server) => {
  it('should give every reporter the same replies as on SQLite, word for word, across a restart', async () => {
    const onSqlite = await converse({
      databaseFile: join(dir.dir, 'compare.db'),
      open: async () => undefined,
    });
    const database = await server.freshDatabase();
    try {
      const onPostgres = await converse({
        databaseFile: '',
        open: () => openTestPostgres(database.url),
      });
      expect(onPostgres).toEqual(onSqlite);
      expect(onPostgres.afterRestart.join('\n')).toMatch(/Kode Anda: [A-Z0-9]{3}-[A-Z0-9]{3}/);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
