import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { timers } from './schema.js';

export interface DueTimer {
  id: number;
  conversationId: string;
  name: string;
  token: number;
  dueAt: number;
}

/** Durable deadlines: one per (conversation, name); setting it again replaces it. */
export class TimerRepository {
  constructor(private readonly db: Db) {}

  set(conversationId: string, name: string, token: number, dueAt: number): void {
    this.db
      .insert(timers)
      .values({ conversationId, name, token, dueAt })
      .onConflictDoUpdate({ target: [timers.conversationId, timers.name], set: { token, dueAt } })
      .run();
  }

  exists(conversationId: string, name: string): boolean {
    return (
      this.db
        .select({ id: timers.id })
        .from(timers)
        .where(and(eq(timers.conversationId, conversationId), eq(timers.name, name)))
        .get() !== undefined
    );
  }

  cancel(conversationId: string, name: string): void {
    this.db
      .delete(timers)
      .where(and(eq(timers.conversationId, conversationId), eq(timers.name, name)))
      .run();
  }

  due(now: number, limit: number): DueTimer[] {
    return this.db
      .select()
      .from(timers)
      .where(lte(timers.dueAt, now))
      .orderBy(asc(timers.dueAt))
      .limit(limit)
      .all();
  }

  /** Removes a fired timer unless it was replaced meanwhile (same id, same token). */
  remove(timer: DueTimer): void {
    this.db
      .delete(timers)
      .where(and(eq(timers.id, timer.id), eq(timers.token, timer.token), eq(timers.dueAt, timer.dueAt)))
      .run();
  }

  nextDueAt(): number | undefined {
    return (
      this.db
        .select({ at: sql<number | null>`min(${timers.dueAt})` })
        .from(timers)
        .get()?.at ?? undefined
    );
  }

  eraseConversation(conversationId: string): void {
    this.db.delete(timers).where(eq(timers.conversationId, conversationId)).run();
  }
}
