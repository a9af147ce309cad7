import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { WalFlusher } from '../../src/db/wal-flusher.js';
import { HeldSync, ioError } from '../support/held-sync.js';
import { tempDir } from '../support/test-hotline.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A database in WAL mode with one table, and a way to commit a row. */
function database() {
  const dir = tempDir();
  const file = join(dir.dir, 'h.db');
  const db = openDatabase(file);
  db.$client.exec('create table t (v text)');
  const insert = db.$client.prepare('insert into t values (?)');
  cleanup = () => {
    db.$client.close();
    dir.cleanup();
  };
  return { file, db, commit: (v: string) => insert.run(v) };
}

/** Tracks whether a promise has settled, without awaiting it. */
function track(promise: Promise<void>) {
  const state = { settled: false as boolean | 'rejected' };
  promise.then(
    () => {
      state.settled = true;
    },
    () => {
      state.settled = 'rejected';
    },
  );
  return state;
}

describe('openDatabase', () => {
  it('should commit to the WAL without a sync per commit (WalFlusher syncs)', () => {
    const { db } = database();
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
  });
});

describe('WalFlusher', () => {
  it('should cover many callers with one sync (group commit)', async () => {
    const { file, commit } = database();
    const held = new HeldSync();
    const flusher = new WalFlusher(file, held.sync);
    commit('a');
    const first = flusher.flushed();
    const others = Array.from({ length: 50 }, (_, i) => {
      commit(`b${i}`);
      return flusher.flushed();
    });
    expect(held.calls).toBe(1);
    held.release();
    await first;
    await vi.waitFor(() => expect(held.waiting).toBe(1));
    // Everything that came during the first sync shares the second.
    expect(held.calls).toBe(2);
    held.release();
    await Promise.all(others);
    expect(held.calls).toBe(2);
    flusher.close();
  });

  it('should not let a sync that started before a commit stand for that commit', async () => {
    const { file, commit } = database();
    const held = new HeldSync();
    const flusher = new WalFlusher(file, held.sync);
    commit('before');
    const before = track(flusher.flushed());
    commit('after');
    const after = track(flusher.flushed());
    held.release();
    await vi.waitFor(() => expect(before.settled).toBe(true));
    // The second sync is held: the later commit is not reported on disk.
    expect(held.waiting).toBe(1);
    expect(after.settled).toBe(false);
    held.release();
    await vi.waitFor(() => expect(after.settled).toBe(true));
    flusher.close();
  });

  it('should reject every caller of a failed sync, and sync afresh for the next caller', async () => {
    const { file, commit } = database();
    const held = new HeldSync();
    const flusher = new WalFlusher(file, held.sync);
    commit('x');
    held.failNext = ioError();
    const failed = flusher.flushed();
    held.release();
    await expect(failed).rejects.toThrow(/EIO/);
    const retried = flusher.flushed();
    held.release();
    await expect(retried).resolves.toBeUndefined();
    flusher.close();
  });

  it('should have nothing to sync for an in-memory database', async () => {
    const held = new HeldSync();
    await new WalFlusher(':memory:', held.sync).flushed();
    expect(held.calls).toBe(0);
  });
});

describe('WalFlusher after close', () => {
  it('should refuse to sync instead of reopening the WAL', async () => {
    const { file, commit } = database();
    const held = new HeldSync();
    held.releaseAll();
    const flusher = new WalFlusher(file, held.sync);
    commit('x');
    await flusher.flushed();
    flusher.close();
    await expect(flusher.flushed()).rejects.toThrow(/closed/);
    expect(held.calls).toBe(1);
  });
});

describe('WalFlusher closed during a sync', () => {
  it('should let the running sync finish, then refuse the callers still waiting', async () => {
    const { file, commit } = database();
    const held = new HeldSync();
    const flusher = new WalFlusher(file, held.sync);
    commit('x');
    const running = flusher.flushed();
    commit('y');
    const waiting = flusher.flushed();
    flusher.close();
    held.release();
    await expect(running).resolves.toBeUndefined();
    await expect(waiting).rejects.toThrow(/closed/);
    expect(held.calls).toBe(1);
  });
});
