import { and, eq, gt, lte } from 'drizzle-orm';
import type { SenderBlockPort } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { senderBlocks } from './pg-schema.js';

/** Officers' blocks on abusive senders on PostgreSQL: the same rules as sender-block-repository.ts. */
export class PgSenderBlocks implements SenderBlockPort {
  constructor(private readonly db: PgDb) {}

  async set(row: {
    conversationId: string;
    until: number;
    officerId: string;
    caseId: string;
    now: number;
  }): Promise<void> {
    const values = {
      conversationId: row.conversationId,
      blockedUntil: row.until,
      blockedBy: row.officerId,
      caseId: row.caseId,
      createdAt: row.now,
    };
    await this.db
      .insert(senderBlocks)
      .values(values)
      .onConflictDoUpdate({ target: senderBlocks.conversationId, set: values });
  }

  async clear(conversationId: string, now: number): Promise<boolean> {
    const active = (await this.activeUntil(conversationId, now)) !== undefined;
    await this.db.delete(senderBlocks).where(eq(senderBlocks.conversationId, conversationId));
    return active;
  }

  async activeUntil(conversationId: string, now: number): Promise<number | undefined> {
    // Not prepared: every message reads the block with its conversation (ConversationRecord.blockedUntil);
    // this runs for block commands and the workspace only.
    const [row] = await this.db
      .select({ until: senderBlocks.blockedUntil })
      .from(senderBlocks)
      .where(and(eq(senderBlocks.conversationId, conversationId), gt(senderBlocks.blockedUntil, now)));
    return row?.until;
  }

  async forgetExpired(now: number): Promise<number> {
    const gone = await this.db
      .delete(senderBlocks)
      .where(lte(senderBlocks.blockedUntil, now))
      .returning({ id: senderBlocks.conversationId });
    return gone.length;
  }

  async eraseConversation(conversationId: string): Promise<void> {
    await this.db.delete(senderBlocks).where(eq(senderBlocks.conversationId, conversationId));
  }
}
