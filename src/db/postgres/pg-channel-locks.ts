import { and, eq, or, lte, sql } from 'drizzle-orm';
import type { ChannelLockPort } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { channelLocks } from './pg-schema.js';

/** Channel leases on PostgreSQL: a lease row, as channel-lock-repository.ts keeps on SQLite. */
export class PgChannelLocks implements ChannelLockPort {
  constructor(private readonly db: PgDb) {}

  /**
   * Takes or renews the lease in one statement: the row is inserted, or taken over when this owner
   * holds it or its lease ran out; another owner's live lease leaves it alone (no row returned).
   */
  async acquire(name: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
    const taken = await this.db
      .insert(channelLocks)
      .values({ name, owner, leaseUntil: now + leaseMs })
      .onConflictDoUpdate({
        target: channelLocks.name,
        set: { owner, leaseUntil: now + leaseMs },
        setWhere: or(eq(channelLocks.owner, sql`excluded.owner`), lte(channelLocks.leaseUntil, now)),
      })
      .returning({ name: channelLocks.name });
    return taken.length > 0;
  }

  async release(name: string, owner: string): Promise<void> {
    await this.db.delete(channelLocks).where(and(eq(channelLocks.name, name), eq(channelLocks.owner, owner)));
  }
}
