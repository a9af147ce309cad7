/**
 * Which process serves a SQLite database: `<database>.pid` beside the file, written by `serve` and
 * `chat` and removed when they stop. The SQLite adapter assumes one process owns the file (at start
 * it takes back every unfinished send), and a restore or a copy made while the service writes loses
 * what it writes afterwards; so a second server, a restore and `db copy` refuse while the process
 * named there is alive. A file left by a killed process names a dead one and is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../config/config.js';

interface PidRecord {
  pid: number;
  host: string;
  since: string;
}

/** Beside the database, whatever directory a command runs from. */
const pidFileOf = (databaseFile: string) => `${resolve(databaseFile)}.pid`;

/**
 * The process serving `databaseFile` now, other than this one; undefined when none is. A record
 * from another host cannot be checked and counts as alive (a database on a shared disk).
 */
export function servingProcess(databaseFile: string): PidRecord | undefined {
  if (databaseFile === ':memory:') return undefined;
  let record: PidRecord;
  try {
    record = JSON.parse(readFileSync(pidFileOf(databaseFile), 'utf8')) as PidRecord;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(record.pid)) return undefined;
  if (record.host !== hostname()) return record;
  // The same pid on the same host is this process, or a container restarted with the same pid.
  if (record.pid === process.pid) return undefined;
  try {
    process.kill(record.pid, 0);
    return record;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; it is alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? record : undefined;
  }
}

/** Names this process as the one serving `databaseFile`; returns how to let go at shutdown. */
export function claimDatabaseFile(databaseFile: string): () => void {
  if (databaseFile === ':memory:') return () => undefined;
  const other = servingProcess(databaseFile);
  if (other)
    throw new ConfigError(
      'DATABASE_URL',
      `names ${databaseFile}, which process ${other.pid} on ${other.host} already serves (since ${other.since}); stop it first — two processes on one SQLite file take each other's sends. If no such process runs, delete ${pidFileOf(databaseFile)}`,
    );
  const file = pidFileOf(databaseFile);
  const record: PidRecord = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  try {
    // Before the database is opened, which would make its folder too (a first start).
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(record), { mode: 0o600 });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(
      'DATABASE_URL',
      `cannot open ${databaseFile} (${code}); give a writable file path such as ./data/hotline.db`,
    );
  }
  return () => {
    try {
      const record = JSON.parse(readFileSync(file, 'utf8')) as PidRecord;
      if (record.pid === process.pid && record.host === hostname()) rmSync(file, { force: true });
    } catch {
      // Already gone, or replaced: nothing of ours to remove.
    }
  };
}

/** The refusal of an operation that must not run beside the service (a restore, a copy). */
export function refuseWhileServed(databaseFile: string, what: string): void {
  const other = servingProcess(databaseFile);
  if (other)
    throw new ConfigError(
      'DATABASE_URL',
      `names ${databaseFile}, which process ${other.pid} on ${other.host} serves (since ${other.since}); stop the service first: ${what} while it runs would lose what it writes meanwhile. If no such process runs, delete ${pidFileOf(databaseFile)}`,
    );
}
