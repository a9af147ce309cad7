/**
 * Which process serves a SQLite database: `<database>.pid` beside the file, written by `serve` and
 * `chat` and removed when they stop. The SQLite adapter assumes one process owns the file (at start
 * it takes back every unfinished send), and a restore or a copy made while the service writes loses
 * what it writes afterwards; so a second server, a restore and `db copy` refuse while the process
 * named there is alive. A file left by a killed process names a dead one and is taken over: so
 * does one written before the machine restarted (another boot id), in another container (another
 * host name: a SQLite file lives on this machine's disk, and WAL needs a local disk), or whose pid
 * a process other than Node now has. After a power cut the service must start again by itself.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../config/config.js';

interface PidRecord {
  pid: number;
  host: string;
  /** Linux's id of this boot; absent elsewhere. */
  boot?: string;
  since: string;
  /** The ids (never the keys) of the DATA_KEY list it runs with, newest first: `keys rotate` reads them. */
  keys?: string[];
}

/** Linux's id of the current boot (it changes at every restart of the machine). */
function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** False when /proc shows the pid is some other program now (pids are reused); true if unknown. */
function mayBeNode(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

/** Beside the database, whatever directory a command runs from. */
const pidFileOf = (databaseFile: string) => `${resolve(databaseFile)}.pid`;

/** The process serving `databaseFile` now, other than this one; undefined when none is. */
export function servingProcess(databaseFile: string): PidRecord | undefined {
  if (databaseFile === ':memory:') return undefined;
  let record: PidRecord;
  try {
    record = JSON.parse(readFileSync(pidFileOf(databaseFile), 'utf8')) as PidRecord;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(record.pid) || record.host !== hostname()) return undefined;
  const boot = bootId();
  if (record.boot && boot && record.boot !== boot) return undefined;
  // The same pid on the same host is this process, or a container restarted with the same pid.
  if (record.pid === process.pid) return undefined;
  try {
    process.kill(record.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user; it is alive all the same.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  return mayBeNode(record.pid) ? record : undefined;
}

/** Names this process as the one serving `databaseFile`; returns how to let go at shutdown. */
export function claimDatabaseFile(databaseFile: string, keyIds: readonly string[] = []): () => void {
  if (databaseFile === ':memory:') return () => undefined;
  const other = servingProcess(databaseFile);
  if (other)
    throw new ConfigError(
      'DATABASE_URL',
      `names ${databaseFile}, which process ${other.pid} on ${other.host} already serves (since ${other.since}); stop it first — two processes on one SQLite file take each other's sends. If no such process runs, delete ${pidFileOf(databaseFile)}`,
    );
  const file = pidFileOf(databaseFile);
  const boot = bootId();
  const record: PidRecord = {
    pid: process.pid,
    host: hostname(),
    ...(boot ? { boot } : {}),
    since: new Date().toISOString(),
    ...(keyIds.length > 0 ? { keys: [...keyIds] } : {}),
  };
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
export function refuseWhileServed(databaseFile: string, what: string, setting = 'DATABASE_URL'): void {
  const other = servingProcess(databaseFile);
  if (other)
    throw new ConfigError(
      setting,
      `names ${databaseFile}, which process ${other.pid} on ${other.host} serves (since ${other.since}); stop the service first: ${what} while it runs would lose what it writes meanwhile. If no such process runs, delete ${pidFileOf(databaseFile)}`,
    );
}
