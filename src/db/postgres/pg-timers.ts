import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { DueTimer, SharedWork, TimerPort } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { timers } from './pg-schema.js';

/** Durable deadlines on PostgreSQL: the same rules as timer-repository.ts. */
export class PgTimers implements TimerPort {
  constructor(
    private readonly db: PgDb,
    /** Other instances are told of new work when the unit commits (postgres-storage.ts). */
    private readonly wrote: (kind: SharedWork) => void = () => undefined,
  ) {}

  async set(conversationId: string, name: string, token: number, dueAt: number): Promise<void> {
    await this.db
      .insert(timers)
      .values({ conversationId, name, token, dueAt })
      .onConflictDoUpdate({ target: [timers.conversationId, timers.name], set: { token, dueAt } });
    this.wrote('timers');
  }

  async exists(conversationId: string, name: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: timers.id })
      .from(timers)
      .where(and(eq(timers.conversationId, conversationId), eq(timers.name, name)));
    return rows.length > 0;
  }

  async cancel(conversationId: string, name: string): Promise<void> {
    await this.db.delete(timers).where(and(eq(timers.conversationId, conversationId), eq(timers.name, name)));
  }

  /**
   * Due timers, earliest first. `SKIP LOCKED`: a timer another unit of work (another instance) is
   * firing right now is left to it; that unit's `remove` then deletes it.
   */
  async due(now: number, limit: number): Promise<DueTimer[]> {
    return this.db
      .select()
      .from(timers)
      .where(lte(timers.dueAt, now))
      .orderBy(asc(timers.dueAt))
      .limit(limit)
      .for('update', { skipLocked: true });
  }

  /** Removes a fired timer unless it was replaced meanwhile (same id, same token). */
  async remove(timer: DueTimer): Promise<void> {
    await this.db
      .delete(timers)
      .where(and(eq(timers.id, timer.id), eq(timers.token, timer.token), eq(timers.dueAt, timer.dueAt)));
  }

  async nextDueAt(): Promise<number | undefined> {
    const [row] = await this.db
      .select({ at: sql<number | null>`min(${timers.dueAt})`.mapWith(Number) })
      .from(timers);
    return row?.at ?? undefined;
  }

  async eraseConversation(conversationId: string): Promise<void> {
    await this.db.delete(timers).where(eq(timers.conversationId, conversationId));
  }
}
