import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { senderBlocks } from './schema.js';

/** Officers' blocks on abusive senders, by conversation id (ids and times only). */
export class SenderBlockRepository {
  // Asked for every reporter message: prepared once.
  private readonly untilOf;

  constructor(private readonly db: Db) {
    this.untilOf = db
      .select({ until: senderBlocks.blockedUntil })
      .from(senderBlocks)
      .where(
        and(
          eq(senderBlocks.conversationId, sql.placeholder('conversationId')),
          gt(senderBlocks.blockedUntil, sql.placeholder('now')),
        ),
      )
      .prepare();
  }

  /** Sets the conversation's block, replacing one already there (a new `/blokir` restarts it). */
  set(row: { conversationId: string; until: number; officerId: string; caseId: string; now: number }): void {
    const values = {
      conversationId: row.conversationId,
      blockedUntil: row.until,
      blockedBy: row.officerId,
      caseId: row.caseId,
      createdAt: row.now,
    };
    this.db
      .insert(senderBlocks)
      .values(values)
      .onConflictDoUpdate({ target: senderBlocks.conversationId, set: values })
      .run();
  }

  /** Lifts the block; whether one was in force at `now`. */
  clear(conversationId: string, now: number): boolean {
    const active = this.activeUntil(conversationId, now) !== undefined;
    this.db.delete(senderBlocks).where(eq(senderBlocks.conversationId, conversationId)).run();
    return active;
  }

  /** Until when the conversation is blocked, if a block is in force at `now`. */
  activeUntil(conversationId: string, now: number): number | undefined {
    return this.untilOf.get({ conversationId, now })?.until;
  }

  /** Forgets the blocks that have ended by `now`; how many. */
  forgetExpired(now: number): number {
    return this.db.delete(senderBlocks).where(lte(senderBlocks.blockedUntil, now)).run().changes;
  }

  eraseConversation(conversationId: string): void {
    this.db.delete(senderBlocks).where(eq(senderBlocks.conversationId, conversationId)).run();
  }
}
