/**
 * The storage ports over SQLite (better-sqlite3). The repositories stay synchronous inside; each
 * port method resolves with their result, so callers are written once for any engine.
 *
 * One connection, so units of work run one at a time: a unit waiting on a promise must not let
 * another unit's statements into its transaction. Commits are cheap (`synchronous=NORMAL` in WAL
 * mode); durability comes from `flushed()`, one fsync of the WAL shared by everything committed
 * before it (group commit).
 */
import { type Db, isDatabaseReachable, openHotlineDatabase } from './client.js';
import { type DataKey, FieldCipher } from './field-cipher.js';
import { createRepositories, type Repositories } from './repositories.js';
import type { PayloadSplitter } from './outbox-rows.js';
import { StorageClosedError, type Storage, type StoragePorts, type UnitOfWork } from './storage-ports.js';

export { StorageClosedError };
import { type FileSync, WalFlusher } from './wal-flusher.js';

/** A repository's methods, each resolving with what the synchronous one returns. */
type Resolving<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

type PortsOf<R> = { [K in keyof StoragePorts]: Resolving<R[K & keyof R]> };
type GenericMethods = 'nextPending' | 'load' | 'loadForStep' | 'claimDue' | 'markSentAndClaim' | 'sentSince';
type CheckedPorts = { [K in keyof StoragePorts]: Omit<StoragePorts[K], GenericMethods> };

export class SqliteStorage implements Storage {
  readonly ports: StoragePorts;
  private readonly repos: Repositories;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private savepoints = 0;

  constructor(
    private readonly db: Db,
    cipher: FieldCipher,
    private readonly flusher: WalFlusher,
    options: { splitPayload?: PayloadSplitter } = {},
  ) {
    this.repos = createRepositories(db, cipher, options);
    this.ports = resolvingPorts(this.repos);
  }

  phoneKey(digits: string): string {
    return this.repos.conversations.phoneKey(digits);
  }

  unitOfWork<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StorageClosedError());
    const run = () => this.run(work);
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  autocommit<T>(work: (ports: StoragePorts) => Promise<T>): Promise<T> {
    return this.unitOfWork(work);
  }

  readonly durableAtCommit = false;
  readonly parallelUnits = 1;

  flushed(): Promise<void> {
    return this.flusher.flushed();
  }

  async isReachable(): Promise<boolean> {
    return !this.closed && isDatabaseReachable(this.db);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    this.flusher.close();
    this.db.$client.close();
  }

  private async run<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    const client = this.db.$client;
    // IMMEDIATE: the write lock is taken at the start, so a unit never fails half-way on a busy lock.
    client.exec('BEGIN IMMEDIATE');
    try {
      const result = await work({ ...this.ports, savepoint: (inner) => this.savepoint(inner) });
      client.exec('COMMIT');
      return result;
    } catch (error) {
      if (client.inTransaction) client.exec('ROLLBACK');
      throw error;
    }
  }

  private async savepoint<T>(work: () => Promise<T>): Promise<T> {
    const client = this.db.$client;
    const name = `sp${++this.savepoints}`;
    client.exec(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      client.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      client.exec(`ROLLBACK TO ${name}`);
      client.exec(`RELEASE ${name}`);
      throw error;
    } finally {
      this.savepoints -= 1;
    }
  }
}

function resolvingPorts(repos: Repositories): StoragePorts {
  const ports = {} as Record<string, unknown>;
  for (const [name, repo] of Object.entries(repos)) ports[name] = resolving(repo as object);
  // The type check that matters: every SQLite repository offers what its port promises (generic
  // methods lose their type parameter through the mapping, so those are checked by the contract suite).
  ports as PortsOf<Repositories> satisfies CheckedPorts;
  return ports as unknown as StoragePorts;
}

/** Wraps every method of a repository (own prototype chain) so it resolves instead of returning. */
function resolving<T extends object>(repo: T): Resolving<T> {
  const wrapped = {} as Record<string, unknown>;
  for (
    let proto = Object.getPrototypeOf(repo);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const method = (repo as Record<string, unknown>)[key];
      if (key === 'constructor' || key in wrapped || typeof method !== 'function') continue;
      wrapped[key] = (...args: unknown[]) => {
        try {
          return Promise.resolve(method.apply(repo, args));
        } catch (error) {
          return Promise.reject(error);
        }
      };
    }
  }
  return wrapped as Resolving<T>;
}

/**
 * Opens the SQLite file as storage: the key check and migrations first (openHotlineDatabase), then
 * the WAL flusher that makes group commit durable.
 */
export function openSqliteStorage(
  file: string,
  keys: DataKey[],
  options: { splitPayload?: PayloadSplitter; walSync?: FileSync } = {},
): SqliteStorage {
  const cipher = new FieldCipher(keys);
  const db = openHotlineDatabase(file, cipher, keys);
  return new SqliteStorage(db, cipher, new WalFlusher(file, options.walSync), options);
}
