import { and, eq, lte, or } from 'drizzle-orm';
import type { Db } from './client.js';
import { channelLocks } from './schema.js';

/**
 * Leases on things only one process may run at once (a linked WhatsApp number's socket). A holder
 * renews its lease while it runs; a crashed holder's lease expires and another may take it.
 */
export class ChannelLockRepository {
  constructor(private readonly db: Db) {}

  /** Takes or renews the lease; false when another owner holds an unexpired one. */
  acquire(name: string, owner: string, now: number, leaseMs: number): boolean {
    return this.db.transaction(
      (tx) => {
        const taken = tx
          .update(channelLocks)
          .set({ owner, leaseUntil: now + leaseMs })
          .where(
            and(
              eq(channelLocks.name, name),
              or(eq(channelLocks.owner, owner), lte(channelLocks.leaseUntil, now)),
            ),
          )
          .returning({ name: channelLocks.name })
          .all();
        if (taken.length > 0) return true;
        const inserted = tx
          .insert(channelLocks)
          .values({ name, owner, leaseUntil: now + leaseMs })
          .onConflictDoNothing()
          .returning({ name: channelLocks.name })
          .all();
        return inserted.length > 0;
      },
      { behavior: 'immediate' },
    );
  }

  release(name: string, owner: string): void {
    this.db
      .delete(channelLocks)
      .where(and(eq(channelLocks.name, name), eq(channelLocks.owner, owner)))
      .run();
  }
}
