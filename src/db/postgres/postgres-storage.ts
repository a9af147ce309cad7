/**
 * The storage ports over PostgreSQL (node-postgres and drizzle-orm). Each unit of work takes its
 * own connection from the pool and runs as one transaction on it, so units run side by side (in
 * this process and in other instances on the same database) and PostgreSQL keeps them apart:
 * no statement of one unit runs in another's transaction, and none sees another's uncommitted rows.
 *
 * A failed statement aborts PostgreSQL's transaction: the unit can only roll back, or roll back to
 * a savepoint. Work that must survive one failure wraps it in `tx.savepoint` (as the port says).
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { DataKey } from '../field-cipher.js';
import { FieldCipher } from '../field-cipher.js';
import type { PayloadSplitter } from '../outbox-rows.js';
import {
  type ExclusiveLock,
  type InstanceCoordination,
  type SharedWork,
  type Storage,
  StorageClosedError,
  type StoragePorts,
  type UnitOfWork,
} from '../storage-ports.js';
import { PgAdvisoryLock, PRESENCE_NAMESPACE } from './pg-advisory-lock.js';
import { notifyStatements, PgWorkListener } from './pg-work-listener.js';
import { bindDb, createPool, POOL_SIZE, prepareDatabase } from './pg-database.js';
import { createPgPorts } from './pg-ports.js';

/**
 * Units the worker runs at once on one instance: half the pool's connections, so ingest, the
 * outbox and timers always find one free.
 */
const PARALLEL_UNITS = POOL_SIZE / 2;
/** How often an instance confirms its presence lock (and re-takes it after a dropped connection). */
const PRESENCE_CHECK_MS = 5_000;

export class PostgresStorage implements Storage {
  private closed = false;
  private ending: Promise<void> | undefined;
  private readonly running = new Set<Promise<unknown>>();
  private readonly locks: ExclusiveLock[] = [];
  private readonly listeners: PgWorkListener[] = [];
  /**
   * This process start among the instances: names its notifications (its own listener passes over
   * them) and its outbox claims, and its presence lock says it is alive.
   */
  private readonly instance = randomBytes(8).toString('hex');
  /** Held while this instance lives; others take back its outbox claims once it is free. */
  private readonly presence: PgAdvisoryLock;
  private presenceCheck: NodeJS.Timeout | undefined;
  readonly coordination: InstanceCoordination = {
    instance: this.instance,
    exclusiveLock: (name) => {
      const lock = new PgAdvisoryLock(this.url, name);
      this.locks.push(lock);
      return lock;
    },
    listen: (onWork, onConnection) => {
      if (this.closed) return;
      const listener = new PgWorkListener(this.url, this.instance, onWork, onConnection);
      this.listeners.push(listener);
      listener.start();
    },
  };

  constructor(
    private readonly pool: pg.Pool,
    private readonly cipher: FieldCipher,
    /** For the connections that are not the pool's (a session lock lives on one of its own). */
    private readonly url: string,
    private readonly options: { splitPayload?: PayloadSplitter } = {},
  ) {
    // Its connection's name says which keys this instance reads, for `keys rotate` to check.
    this.presence = new PgAdvisoryLock(
      url,
      this.instance,
      PRESENCE_NAMESPACE,
      presenceLabel(cipher.keyIds()),
    );
  }

  /**
   * Takes this instance's presence lock before any claim is made under its name, and keeps
   * confirming it (re-taking it after a dropped connection), so others never see it as gone.
   */
  async announce(): Promise<void> {
    if (!(await this.presence.acquire()))
      throw new Error('another process holds this instance id; start the service again');
    this.presenceCheck = setInterval(
      () => void this.presence.acquire().catch(() => undefined),
      PRESENCE_CHECK_MS,
    );
    this.presenceCheck.unref();
  }

  phoneKey(digits: string): string {
    return this.cipher.blindIndex(`phone:${digits}`);
  }

  unitOfWork<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    return this.track(() => this.run(work));
  }

  autocommit<T>(work: (ports: StoragePorts) => Promise<T>): Promise<T> {
    return this.track(() => this.runAlone(work));
  }

  readonly durableAtCommit = true;
  readonly parallelUnits = PARALLEL_UNITS;

  /** A PostgreSQL commit is durable when it returns (synchronous_commit on): nothing to wait for. */
  flushed(): Promise<void> {
    return Promise.resolve();
  }

  async isReachable(): Promise<boolean> {
    if (this.closed) return false;
    try {
      await this.pool.query('select 1');
      return true;
    } catch {
      return false;
    }
  }

  /** Waits for the units under way, then closes the pool; safe to call twice. */
  close(): Promise<void> {
    this.closed = true;
    clearInterval(this.presenceCheck);
    this.ending ??= Promise.all(this.running).then(async () => {
      await Promise.all([
        ...this.locks.map((lock) => lock.release()),
        ...this.listeners.map((listener) => listener.close()),
      ]);
      await this.pool.end();
      // Last: until now this instance's claims were its own.
      await this.presence.release();
    });
    return this.ending;
  }

  /** Refused once closed; `close` waits for whatever was let in. */
  private track<T>(start: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StorageClosedError());
    const unit = start();
    const settled = unit.catch(() => undefined);
    this.running.add(settled);
    void settled.then(() => this.running.delete(settled));
    return unit;
  }

  /** `autocommit`: the connection stays outside a transaction, each statement commits by itself. */
  private async runAlone<T>(work: (ports: StoragePorts) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      const wrote = new Set<SharedWork>();
      const result = await work(
        createPgPorts(bindDb(client), this.cipher, this.options, (kind) => wrote.add(kind)),
      );
      if (wrote.size > 0) await client.query(notifyStatements(wrote, this.instance));
      client.release();
      return result;
    } catch (error) {
      // Rare (the statement failed or the connection was lost): a fresh connection is cheaper
      // than finding out which.
      client.release(error as Error);
      throw error;
    }
  }

  private async run<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    try {
      const wrote = new Set<SharedWork>();
      const result = await work({
        ...createPgPorts(bindDb(client), this.cipher, this.options, (kind) => wrote.add(kind)),
        savepoint: savepoints(client),
      });
      // Other instances hear of the new work in the same round trip as the commit that shows it.
      await client.query(`${notifyStatements(wrote, this.instance)}COMMIT`);
      client.release();
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
        client.release();
      } catch (rollbackError) {
        // The connection is in an unknown state (lost mid-unit): discarded, never reused.
        client.release(rollbackError as Error);
      }
      throw error;
    }
  }
}

/** Nested savepoints on one unit's connection: a failure undoes only its own writes. */
function savepoints(client: pg.PoolClient): UnitOfWork['savepoint'] {
  let depth = 0;
  return async (work) => {
    const name = `sp${++depth}`;
    await client.query(`SAVEPOINT ${name}`);
    try {
      const result = await work();
      await client.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
      await client.query(`RELEASE SAVEPOINT ${name}`);
      throw error;
    } finally {
      depth -= 1;
    }
  };
}

/**
 * Opens a PostgreSQL database as storage: the key check and migrations first (migrations-pg/),
 * then the pool the units of work draw their connections from.
 */
export async function openPostgresStorage(
  url: string,
  keys: DataKey[],
  options: { splitPayload?: PayloadSplitter } = {},
): Promise<PostgresStorage> {
  const cipher = new FieldCipher(keys);
  const pool = createPool(url);
  // An idle connection the server dropped is reported here; the next unit simply gets another.
  pool.on('error', () => undefined);
  try {
    await prepareDatabase(pool, cipher, keys);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const storage = new PostgresStorage(pool, cipher, url, options);
  try {
    await storage.announce();
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}

/**
 * "keys=ab12cd34,…": the key ids of a live instance, newest first, in its presence connection's
 * application_name. PostgreSQL keeps 63 bytes of it; the newest key, which `keys rotate` asks
 * about, comes first and is never cut.
 */
export function presenceLabel(keyIds: readonly string[]): string {
  return `keys=${keyIds.join(',')}`;
}
