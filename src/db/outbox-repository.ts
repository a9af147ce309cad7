import { and, asc, count, eq, gt, inArray, lt, lte, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import { outbox } from './schema.js';

export interface OutboxItem<P> {
  id: number;
  conversationId: string;
  channel: string;
  address: string;
  payload: P;
  attempts: number;
}

export class OutboxRepository {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  enqueue(row: {
    conversationId: string;
    channel: string;
    address: string;
    payload: unknown;
    now: number;
  }): number {
    return this.db
      .insert(outbox)
      .values({
        conversationId: row.conversationId,
        channel: row.channel,
        addressEnc: this.cipher.encrypt(row.address),
        payloadEnc: this.cipher.encryptJson(row.payload),
        nextAttemptAt: row.now,
        createdAt: row.now,
      })
      .returning({ id: outbox.id })
      .get().id;
  }

  /**
   * Claims due rows for the given channels: the first unsent row of each conversation only, so one
   * conversation's messages arrive in order. A claim lasts `leaseMs`; a dispatcher that dies mid-send
   * leaves the row to be claimed again (at-least-once delivery).
   */
  claimDue<P>(channels: string[], now: number, leaseMs: number, limit: number): OutboxItem<P>[] {
    if (channels.length === 0) return [];
    return this.db.transaction(
      (tx) => {
        const earlier = alias(outbox, 'earlier');
        const rows = tx
          .select()
          .from(outbox)
          .where(
            and(
              inArray(outbox.channel, channels),
              lte(outbox.nextAttemptAt, now),
              or(
                eq(outbox.status, 'pending'),
                and(eq(outbox.status, 'sending'), lte(outbox.leaseUntil, now)),
              ),
              notExists(
                tx
                  .select({ id: earlier.id })
                  .from(earlier)
                  .where(
                    and(
                      eq(earlier.conversationId, outbox.conversationId),
                      lt(earlier.id, outbox.id),
                      inArray(earlier.status, ['pending', 'sending']),
                    ),
                  ),
              ),
            ),
          )
          .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
          .limit(limit)
          .all();
        if (rows.length > 0) {
          tx.update(outbox)
            .set({ status: 'sending', leaseUntil: now + leaseMs })
            .where(
              inArray(
                outbox.id,
                rows.map((r) => r.id),
              ),
            )
            .run();
        }
        return rows.map((r) => ({
          id: r.id,
          conversationId: r.conversationId,
          channel: r.channel,
          address: this.cipher.decrypt(r.addressEnc),
          payload: this.cipher.decryptJson<P>(r.payloadEnc),
          attempts: r.attempts,
        }));
      },
      { behavior: 'immediate' },
    );
  }

  markSent(id: number, now: number, platformMessageId: string | undefined): void {
    this.db
      .update(outbox)
      .set({ status: 'sent', sentAt: now, leaseUntil: null, platformMessageId: platformMessageId ?? null })
      .where(eq(outbox.id, id))
      .run();
  }

  markRetry(id: number, attempts: number, nextAttemptAt: number, errorCode: string): void {
    this.db
      .update(outbox)
      .set({ status: 'pending', attempts, nextAttemptAt, leaseUntil: null, lastError: errorCode })
      .where(eq(outbox.id, id))
      .run();
  }

  markFailed(id: number, attempts: number, errorCode: string): void {
    this.db
      .update(outbox)
      .set({ status: 'failed', attempts, leaseUntil: null, lastError: errorCode })
      .where(eq(outbox.id, id))
      .run();
  }

  /** When the next row becomes due (for the dispatcher's wake-up), or undefined when none waits. */
  nextDueAt(channels: string[]): number | undefined {
    if (channels.length === 0) return undefined;
    const row = this.db
      .select({ at: sql<number | null>`min(coalesce(${outbox.leaseUntil}, ${outbox.nextAttemptAt}))` })
      .from(outbox)
      .where(and(inArray(outbox.channel, channels), inArray(outbox.status, ['pending', 'sending'])))
      .get();
    return row?.at ?? undefined;
  }

  /** Delivered messages of one conversation after a given row: what the web chat page shows. */
  sentSince<P>(conversationId: string, afterId: number): { id: number; payload: P }[] {
    return this.db
      .select({ id: outbox.id, payloadEnc: outbox.payloadEnc })
      .from(outbox)
      .where(
        and(eq(outbox.conversationId, conversationId), eq(outbox.status, 'sent'), gt(outbox.id, afterId)),
      )
      .orderBy(asc(outbox.id))
      .all()
      .map((r) => ({ id: r.id, payload: this.cipher.decryptJson<P>(r.payloadEnc) }));
  }

  countByStatus(status: 'pending' | 'sending' | 'sent' | 'failed'): number {
    return this.db.select({ n: count() }).from(outbox).where(eq(outbox.status, status)).get()?.n ?? 0;
  }

  /** Deletion request: everything sent to or queued for the reporter so far goes. */
  eraseConversation(conversationId: string): void {
    this.db.delete(outbox).where(eq(outbox.conversationId, conversationId)).run();
  }
}
