import { and, asc, count, eq, gt, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import type { DeliveryStatus, OutboxEntry, OutboxItem, PayloadSplitter, SentRow } from './outbox-rows.js';
import { type ClaimedRow, type ClaimStatement, prepareClaim } from './outbox-claim.js';
import { outbox } from './schema.js';

interface EnqueueParams {
  conversationId: string;
  channel: string;
  addressEnc: string;
  payloadEnc: string;
  priority: number;
  now: number;
}

/** Statuses only move forward: a late `delivered` never overwrites `read`; `failed` is final. */
const DELIVERY_RANK: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

export class OutboxRepository {
  // Prepared once: every reply is enqueued, claimed and marked sent.
  private readonly insertRow;
  private readonly setSent;
  private readonly lastIdRow;
  private readonly claimQueries = new Map<string, ClaimStatement>();

  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
    /**
     * One row is one platform message: a text longer than the platform takes is queued as several
     * rows, so each part is sent (and retried) on its own and no send outlives its lease.
     */
    private readonly split: PayloadSplitter = (_channel, payload) => [payload],
  ) {
    // Plain SQL on the driver: RETURNING's temporary result table cost more than the insert.
    this.insertRow = db.$client.prepare<EnqueueParams>(`
      INSERT INTO outbox (conversation_id, channel, address_enc, payload_enc, priority, next_attempt_at, created_at)
      VALUES (@conversationId, @channel, @addressEnc, @payloadEnc, @priority, @now, @now)`);
    this.lastIdRow = db.$client.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM outbox');
    this.setSent = db
      .update(outbox)
      .set({
        status: 'sent',
        sentAt: sql`${sql.placeholder('now')}`,
        leaseUntil: null,
        platformMessageId: sql`${sql.placeholder('platformMessageId')}`,
      })
      .where(eq(outbox.id, sql.placeholder('id')))
      .prepare();
  }

  /** Queues a message (several rows when it is too long for one); returns the last row's id. */
  enqueue(row: OutboxEntry): number {
    const addressEnc = this.cipher.encrypt(row.address);
    const priority = row.priority ?? (row.standalone ? 2 : row.urgent ? 1 : 0);
    let id = 0;
    for (const payload of this.split(row.channel, row.payload)) {
      id = Number(
        this.insertRow.run({
          conversationId: row.conversationId,
          channel: row.channel,
          addressEnc,
          payloadEnc: this.cipher.encryptJson(payload),
          priority,
          now: row.now,
        }).lastInsertRowid,
      );
    }
    return id;
  }

  /** Several messages in order; each one's last row id (one statement each: in process, no round trip). */
  enqueueMany(rows: readonly OutboxEntry[]): number[] {
    return rows.map((row) => this.enqueue(row));
  }

  /**
   * The highest row id this transaction sees (0 when there is none). Read in a unit of work that
   * writes nothing, it is the highest committed id; ids only grow (AUTOINCREMENT never reuses one),
   * so every row with this id or a lower one was committed before.
   */
  lastId(): number {
    return this.lastIdRow.get()?.id ?? 0;
  }

  /**
   * Claims due rows for the given channels: the first unsent row of each conversation only, so one
   * conversation's messages arrive in order. A claim lasts `leaseMs`; a dispatcher that dies mid-send
   * leaves the row to be claimed again (at-least-once delivery).
   */
  claimDue<P>(
    channels: string[],
    now: number,
    leaseMs: number,
    limit: number,
    instance = '',
  ): OutboxItem<P>[] {
    if (channels.length === 0 || limit < 1) return [];
    const key = `${channels.join(',')}|${limit}`;
    let claim = this.claimQueries.get(key);
    if (!claim) {
      claim = prepareClaim(this.db.$client, channels, limit);
      this.claimQueries.set(key, claim);
    }
    const rows = claim.all({ now, lease: now + leaseMs, instance }) as ClaimedRow[];
    // RETURNING gives no order; due order is what the dispatcher should follow.
    rows.sort((a, b) => b.priority - a.priority || a.next_attempt_at - b.next_attempt_at || a.id - b.id);
    return rows.map((r) => ({
      id: r.id,
      conversationId: r.conversation_id,
      channel: r.channel,
      address: this.cipher.decrypt(r.address_enc),
      payload: this.cipher.decryptJson<P>(r.payload_enc),
      attempts: r.attempts,
      priority: r.priority,
    }));
  }

  /** `markSentMany`, then `claimDue` (in process: no round trip to save). */
  markSentAndClaim<P>(
    sent: readonly SentRow[],
    channels: string[],
    now: number,
    leaseMs: number,
    limit: number,
    instance = '',
  ): OutboxItem<P>[] {
    this.markSentMany(sent);
    return this.claimDue<P>(channels, now, leaseMs, limit, instance);
  }

  /**
   * Takes back at once the rows another instance left in `sending` on these channels: on SQLite one
   * process serves the database, so a claim by any other instance is a claim by a dead one (killed
   * mid-send). Returns how many rows go out again (at-least-once: a message on the wire may repeat).
   */
  reclaimAbandoned(channels: string[], instance: string): number {
    if (channels.length === 0) return 0;
    return this.db
      .update(outbox)
      .set({ status: 'pending', leaseUntil: null, claimedBy: null })
      .where(
        and(
          eq(outbox.status, 'sending'),
          inArray(unindexed(outbox.channel), channels),
          or(isNull(outbox.claimedBy), ne(outbox.claimedBy, instance)),
        ),
      )
      .run().changes;
  }

  /** Extends this instance's claims on rows still being sent (a send waiting out a long 429). */
  renewLeases(ids: number[], leaseUntil: number, instance: string): void {
    if (ids.length === 0) return;
    this.db
      .update(outbox)
      .set({ leaseUntil })
      .where(and(inArray(outbox.id, ids), eq(outbox.status, 'sending'), eq(outbox.claimedBy, instance)))
      .run();
  }

  markSent(id: number, now: number, platformMessageId: string | undefined): void {
    this.setSent.run({
      now,
      platformMessageId: platformMessageId ? this.platformKey(platformMessageId) : null,
      id,
    });
  }

  /** In-process statements cost no round trip: one prepared update per row. */
  markSentMany(rows: readonly SentRow[]): void {
    for (const row of rows) this.markSent(row.id, row.at, row.platformMessageId);
  }

  /**
   * Platform message ids are stored only as keyed hashes: a WhatsApp wamid embeds the recipient's
   * phone number. Delivery reports look rows up by the same hash.
   */
  private platformKey(platformMessageId: string): string {
    return this.cipher.blindIndex(`platform:${platformMessageId}`);
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

  /**
   * Records what the platform says happened to a sent message (WhatsApp's sent/delivered/read/
   * failed). Returns the outbox row's id, or undefined when no row carries that platform id (a
   * message sent by a person from the business app, or a row erased on request).
   */
  recordDelivery(row: {
    channel: string;
    platformMessageId: string;
    status: DeliveryStatus;
    at: number;
    errorCode?: string;
  }): number | undefined {
    return this.db.transaction((tx) => {
      const found = tx
        .select({ id: outbox.id, status: outbox.deliveryStatus })
        .from(outbox)
        .where(
          and(
            eq(outbox.channel, row.channel),
            eq(outbox.platformMessageId, this.platformKey(row.platformMessageId)),
          ),
        )
        .get();
      if (!found) return undefined;
      if (found.status && DELIVERY_RANK[found.status] >= DELIVERY_RANK[row.status]) return found.id;
      tx.update(outbox)
        .set({
          deliveryStatus: row.status,
          deliveryStatusAt: row.at,
          deliveryError: row.errorCode ?? null,
        })
        .where(eq(outbox.id, found.id))
        .run();
      return found.id;
    });
  }

  /** The platform's delivery report of one row, for tests and the officer dashboard. */
  delivery(id: number): { status: DeliveryStatus | null; at: number | null; errorCode: string | null } {
    const row = this.db
      .select({ status: outbox.deliveryStatus, at: outbox.deliveryStatusAt, errorCode: outbox.deliveryError })
      .from(outbox)
      .where(eq(outbox.id, id))
      .get();
    return row ?? { status: null, at: null, errorCode: null };
  }

  /** When the next row becomes due (for the dispatcher's wake-up), or undefined when none waits. */
  nextDueAt(channels: string[]): number | undefined {
    if (channels.length === 0) return undefined;
    const row = this.db
      .select({ at: sql<number | null>`min(coalesce(${outbox.leaseUntil}, ${outbox.nextAttemptAt}))` })
      .from(outbox)
      .where(
        and(inArray(unindexed(outbox.channel), channels), inArray(outbox.status, ['pending', 'sending'])),
      )
      .get();
    return row?.at ?? undefined;
  }

  /** Delivered messages of one conversation after a given row: what the web chat page shows. */
  sentSince<P>(conversationId: string, afterId: number): { id: number; at: number; payload: P }[] {
    return this.db
      .select({ id: outbox.id, at: outbox.createdAt, payloadEnc: outbox.payloadEnc })
      .from(outbox)
      .where(
        and(eq(outbox.conversationId, conversationId), eq(outbox.status, 'sent'), gt(outbox.id, afterId)),
      )
      .orderBy(asc(outbox.id))
      .all()
      .map((r) => ({ id: r.id, at: r.at, payload: this.cipher.decryptJson<P>(r.payloadEnc) }));
  }

  countByStatus(status: 'pending' | 'sending' | 'sent' | 'failed'): number {
    return this.db.select({ n: count() }).from(outbox).where(eq(outbox.status, status)).get()?.n ?? 0;
  }

  /** Deletion request: everything sent to or queued for the reporter so far goes. */
  /**
   * Withdraws these rows if they are still waiting (an erased case's officer alerts); a row already
   * on the wire is left alone. Returns how many were withdrawn.
   */
  withdrawPending(ids: number[]): number {
    if (ids.length === 0) return 0;
    return this.db
      .delete(outbox)
      .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')))
      .run().changes;
  }

  eraseConversation(conversationId: string): void {
    this.db.delete(outbox).where(eq(outbox.conversationId, conversationId)).run();
  }
}

/**
 * `+column`: SQLite then leaves that column's indexes alone. Otherwise the planner may pick the
 * (channel, platform message id) index and walk every row ever sent on the channel, where the
 * (status, next attempt) index finds the few unsent rows directly (3 ms → 0.05 ms at 20,000 rows).
 */
function unindexed(column: typeof outbox.channel): SQL {
  return sql`+${column}`;
}
