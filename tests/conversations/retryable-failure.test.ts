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

/** The storage as it is, except that saving a snapshot fails `times` times with `failure()`. */
function failingSaves(storage: Storage, times: number, failure: () => Error): Storage {
  let left = times;
  const unitOfWork: Storage['unitOfWork'] = (work) =>
    storage.unitOfWork((tx) => {
      const conversations = new Proxy(tx.conversations, {
        get: (target, name, receiver) =>
          name === 'saveSnapshot' && left > 0
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

/** One reporter says hello; what they read back, and the inbox row's status. */
async function hello(storage: (opened: Storage) => Storage): Promise<string[]> {
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
  await t.hotline.ingest({
    channel: 'console',
    externalId: 'm1',
    userId: 'reporter',
    address: 'reporter',
    input: { type: 'text', text: 'halo' },
  });
  await t.hotline.whenIdle();
  return sender.sent.map((s) => s.message.text);
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
});
