/**
 * A database failure that says nothing about the message (a deadlock between two units of work on
 * PostgreSQL, where the worker runs several at once) rolls the batch back and tries it again: the
 * reporter gets the reply they would have got, never the "something went wrong" a broken message
 * gets, and the message is processed once.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../src/db/sqlite-storage.js';
import type { Storage, UnitOfWork } from '../../src/db/storage-ports.js';
import { FAILURE_KEY } from '../../src/engine/step.js';
import { ManualClock } from '../../src/lib/clock.js';
import { triage } from '../../src/triage/index.js';
import {
  createTestHotline,
  RecordingSender,
  seededRandom,
  TEST_KEY,
  tempDir,
  testTranslator,
} from '../support/test-hotline.js';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** PostgreSQL's deadlock, as drizzle hands it on: the driver's error in `cause`. */
function deadlock(): Error {
  return new Error('Failed query', {
    cause: Object.assign(new Error('deadlock detected'), { code: '40P01' }),
  });
}

/**
 * The storage as it is, except that saving a snapshot fails `times` times with `failure()`, after
 * `skip` saves that succeed.
 */
function failingSaves(storage: Storage, times: number, failure: () => Error, skip = 0): Storage {
  let left = times;
  let skipped = 0;
  const unitOfWork: Storage['unitOfWork'] = (work) =>
    storage.unitOfWork((tx) => {
      const conversations = new Proxy(tx.conversations, {
        get: (target, name, receiver) =>
          (name === 'saveSnapshot' || name === 'saveStep') && left > 0 && skipped++ >= skip
            ? async () => {
                left -= 1;
                throw failure();
              }
            : Reflect.get(target, name, receiver),
      });
      return work({ ...tx, conversations } as UnitOfWork);
    });
  return new Proxy(storage, {
    get: (target, name, receiver) =>
      name === 'unitOfWork' ? unitOfWork : Reflect.get(target, name, receiver),
  });
}

/** Reporters say hello at once; what each reads back, by address. */
async function hellos(
  storage: (opened: Storage) => Storage,
  reporters: string[],
): Promise<Map<string, string[]>> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const opened = openSqliteStorage(join(dir, 'hotline.db'), [TEST_KEY]);
  const t = createTestHotline(join(dir, 'hotline.db'), {
    triage,
    clock: new ManualClock(),
    random: seededRandom(),
    storage: storage(opened),
  });
  cleanups.push(() => t.hotline.close());
  const sender = new RecordingSender();
  t.hotline.registerSender(sender);
  const say = (reporter: string) =>
    t.hotline.ingest({
      channel: 'console',
      externalId: `m-${reporter}`,
      userId: reporter,
      address: reporter,
      input: { type: 'text', text: 'halo' },
    });
  // The first alone (it warms the flows up), the others at once: stored together, they are
  // stepped in one batch.
  const [first, ...others] = reporters;
  if (first) await say(first);
  await t.hotline.whenIdle();
  await Promise.all(others.map(say));
  await t.hotline.whenIdle();
  const read = new Map<string, string[]>(reporters.map((r) => [r, []]));
  for (const s of sender.sent) read.get(s.address)?.push(s.message.text);
  return read;
}

/** One reporter says hello; what they read back. */
async function hello(storage: (opened: Storage) => Storage): Promise<string[]> {
  return (await hellos(storage, ['reporter'])).get('reporter') ?? [];
}

describe('a retryable database failure while a message is processed', () => {
  it('should try the message again and answer it as usual, once', async () => {
    const usual = await hello((s) => s);
    expect(usual.length).toBeGreaterThan(0);
    expect(await hello((s) => failingSaves(s, 2, deadlock))).toEqual(usual);
  });

  it('should still set aside a message that fails for its own sake, and say sorry', async () => {
    const sorry = testTranslator().t(FAILURE_KEY, { lng: 'id' });
    expect(await hello((s) => failingSaves(s, 1, () => new Error('a broken snapshot')))).toEqual([sorry]);
  });

  it('should answer the others of a batch as usual when one of them fails for its own sake', async () => {
    const usual = await hello((s) => s);
    const sorry = testTranslator().t(FAILURE_KEY, { lng: 'id' });
    const reporters = ['a', 'b', 'c', 'd', 'e'];
    // The third save fails: the second message of the batch, rolled back to its own savepoint.
    const read = await hellos((s) => failingSaves(s, 1, () => new Error('a broken snapshot'), 2), reporters);
    const answers = [...read.values()];
    expect(answers.filter((texts) => texts.length === 1 && texts[0] === sorry)).toHaveLength(1);
    expect(answers.filter((texts) => JSON.stringify(texts) === JSON.stringify(usual))).toHaveLength(4);
  });
});
