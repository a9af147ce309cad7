import { fsync } from 'node:fs';
import type { FileSync } from '../../src/db/wal-flusher.js';

/**
 * Wraps the real fsync so a test decides when each sync runs, or makes one fail as a dying disk
 * would (EIO). Syncs start in order; `release()` runs the oldest one still held.
 */
export class HeldSync {
  calls = 0;
  private readonly held: (() => void)[] = [];
  /** When false, syncs run as they come (the held ones are released). */
  private holding = true;
  /** When set, the next released sync fails with this instead of syncing. */
  failNext: NodeJS.ErrnoException | undefined;

  readonly sync: FileSync = (fd, done) => {
    this.calls += 1;
    this.held.push(() => {
      const failure = this.failNext;
      this.failNext = undefined;
      if (failure) setImmediate(() => done(failure));
      else fsync(fd, done);
    });
    if (!this.holding) this.release();
  };

  /** Lets this and every later sync run at once. */
  releaseAll(): void {
    this.holding = false;
    while (this.held.length > 0) this.release();
  }

  get waiting(): number {
    return this.held.length;
  }

  release(): void {
    const next = this.held.shift();
    if (!next) throw new Error('no sync is waiting');
    next();
  }
}

export function ioError(): NodeJS.ErrnoException {
  return Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO', errno: -5, syscall: 'fsync' });
}
