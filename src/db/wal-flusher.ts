/**
 * Group commit for SQLite in WAL mode. Commits run with `synchronous = NORMAL`: they reach the WAL
 * file (the OS page cache) at once, which already survives a crash of this process, but are synced
 * to the disk only here. Whoever must not go on before its commits survive a power loss too —
 * acknowledging a webhook, confirming a poll offset, showing a reply — awaits `flushed()`.
 *
 * One fsync covers every commit made before it started, so the webhooks that arrive while a sync
 * runs share the next one instead of paying one each, and the sync runs on libuv's thread pool
 * instead of blocking the event loop (at `synchronous = FULL` every commit blocked it for a sync).
 * SQLite itself still syncs around checkpoints, so the WAL never loses a synced prefix.
 */
import { closeSync, fsync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

export type FileSync = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void;

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

export class WalFlusher {
  private fd: number | undefined;
  private syncing = false;
  private closed = false;
  /** Callers who arrived after the running sync started: it may not cover their commits. */
  private waiting: Waiter[] = [];

  /**
   * `databaseFile` is the SQLite file in WAL mode; ':memory:' has nothing to flush. `sync` is
   * fs.fsync; tests wrap it to count, hold or fail syncs (a failing disk cannot be made on demand).
   */
  constructor(
    private readonly databaseFile: string,
    private readonly sync: FileSync = fsync,
  ) {}

  /** Resolves once every commit made before this call is on the disk; rejects when syncing fails. */
  flushed(): Promise<void> {
    if (this.databaseFile === ':memory:') return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('the database is closed; nothing more can be synced'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.syncing) this.syncNext();
    });
  }

  /**
   * Closes the WAL handle (SQLite syncs and removes the WAL itself when its connection closes); a
   * sync under way finishes first, so its handle is never closed under it.
   */
  close(): void {
    this.closed = true;
    if (!this.syncing) this.closeHandle();
  }

  private closeHandle(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private syncNext(): void {
    const batch = this.waiting;
    this.waiting = [];
    let fd: number;
    try {
      fd = this.walHandle();
    } catch (error) {
      for (const waiter of batch) waiter.reject(error as Error);
      return;
    }
    this.syncing = true;
    this.sync(fd, (error) => {
      this.syncing = false;
      for (const waiter of batch)
        if (error) waiter.reject(error);
        else waiter.resolve();
      if (!this.closed) {
        if (this.waiting.length > 0) this.syncNext();
        return;
      }
      this.closeHandle();
      const late = new Error('the database is closed; nothing more can be synced');
      for (const waiter of this.waiting.splice(0)) waiter.reject(late);
    });
  }

  /**
   * Opened on first use: the WAL exists once the connection has run (migrations run first). The
   * WAL keeps its inode for the connection's lifetime (a checkpoint rewinds it, never replaces it).
   * Its directory entry is synced once too, since the file may be new.
   */
  private walHandle(): number {
    if (this.fd !== undefined) return this.fd;
    // r+: Windows refuses to flush a handle opened read-only; nothing is ever written through it.
    const fd = openSync(`${this.databaseFile}-wal`, 'r+');
    // Windows cannot open a directory as a file; its file system journals directory entries.
    if (process.platform !== 'win32') {
      try {
        syncDirectoryOf(this.databaseFile);
      } catch (error) {
        closeSync(fd);
        throw error;
      }
    }
    this.fd = fd;
    return fd;
  }
}

/** Synchronous, but once per process lifetime. */
function syncDirectoryOf(file: string): void {
  const dir = openSync(dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}
