import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import type { FieldCipher } from '../field-cipher.js';
import type { PayloadSplitter } from '../outbox-rows.js';
import type {
  DeliveryStatus,
  OutboxEntry,
  OutboxItem,
  OutboxPort,
  SentRow,
  SharedWork,
} from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { type ClaimedRow, claimStatement, list } from './pg-outbox-claim.js';
import { insertOutboxRows, type OutboxInsert } from './pg-outbox-insert.js';
import { PRESENCE_NAMESPACE } from './pg-advisory-lock.js';
import { outbox } from './pg-schema.js';

/** Statuses only move forward: a late `delivered` never overwrites `read`; `failed` is final. */
const DELIVERY_RANK: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

/** The outbox on PostgreSQL: the same rules as outbox-repository.ts, for several instances at once. */
export class PgOutbox implements OutboxPort {
  constructor(
    private readonly db: PgDb,
    private readonly cipher: FieldCipher,
    private readonly split: PayloadSplitter = (_channel, payload) => [payload],
    /** Other instances are told of new work when the unit commits (postgres-storage.ts). */
    private readonly wrote: (kind: SharedWork) => void = () => undefined,
  ) {}

  async enqueue(row: OutboxEntry): Promise<number> {
    return (await this.enqueueMany([row]))[0] ?? 0;
  }

  async enqueueMany(rows: readonly OutboxEntry[]): Promise<number[]> {
    // Each message's rows, in order: a message too long for one platform message is several.
    const messages = rows.map((row) => this.rowsOf(row));
    const parts = messages.flat();
    if (parts.length === 0) return rows.map(() => 0);
    const ids = (await insertOutboxRows(this.db, parts)).map((r) => r.id).sort((a, b) => a - b);
    this.wrote('outbox');
    // One statement takes its ids in the order of its rows: the n-th smallest is the n-th row's.
    let taken = 0;
    return messages.map((message) => {
      taken += message.length;
      return message.length === 0 ? 0 : ids[taken - 1]!;
    });
  }

  private rowsOf(row: OutboxEntry): OutboxInsert[] {
    const addressEnc = this.cipher.encrypt(row.address);
    const priority = row.priority ?? (row.standalone ? 2 : row.urgent ? 1 : 0);
    return this.split(row.channel, row.payload).map((payload) => ({
      conversationId: row.conversationId,
      channel: row.channel,
      addressEnc,
      payloadEnc: this.cipher.encryptJson(payload),
      priority,
      nextAttemptAt: row.now,
      createdAt: row.now,
    }));
  }

  claimDue<P>(
    channels: string[],
    now: number,
    leaseMs: number,
    limit: number,
    instance = '',
  ): Promise<OutboxItem<P>[]> {
    return this.markSentAndClaim<P>([], channels, now, leaseMs, limit, instance);
  }

  async markSentAndClaim<P>(
    sent: readonly SentRow[],
    channels: string[],
    now: number,
    leaseMs: number,
    limit: number,
    instance = '',
  ): Promise<OutboxItem<P>[]> {
    if (channels.length === 0 || limit < 1) {
      await this.markSentMany(sent);
      return [];
    }
    const marked = sent.map((row) => ({ id: row.id, at: row.at, key: this.platformKeyOf(row) }));
    const { rows } = await this.db.execute<ClaimedRow>(
      claimStatement(channels, now, leaseMs, limit, instance, marked),
    );
    // RETURNING gives no order; due order is what the dispatcher should follow.
    const due = (r: ClaimedRow) => Number(r.next_attempt_at);
    rows.sort((a, b) => b.priority - a.priority || due(a) - due(b) || a.id - b.id);
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

  /**
   * The rows of instances that are gone: each live instance holds its presence lock
   * (pg-advisory-lock.ts, PRESENCE_NAMESPACE) on a connection of its own, which the server drops
   * with the process. Taking that lock for this transaction succeeds only when nobody holds it, so
   * a live instance's rows are never taken (its lease stands); a dead one's go out again at once.
   */
  async reclaimAbandoned(channels: string[], instance: string): Promise<number> {
    if (channels.length === 0) return 0;
    // MATERIALIZED: the lock is tried once per instance that has rows in `sending`, never per row
    // of the table (a lock per old instance id would fill the server's lock table). Only a gone
    // instance's rows are locked: locking a live one's would block its own outcome writes, and two
    // instances doing that to each other deadlock.
    const { rowCount } = await this.db.execute(sql`
      WITH owners AS MATERIALIZED (
        SELECT DISTINCT coalesce(claimed_by, '') AS owner FROM outbox
        WHERE status = 'sending' AND channel IN (${list(channels)})
          AND claimed_by IS DISTINCT FROM ${instance}
      ), gone AS MATERIALIZED (
        SELECT owner FROM owners WHERE pg_try_advisory_xact_lock(${PRESENCE_NAMESPACE}, hashtext(owner))
      )
      UPDATE outbox SET status = 'pending', lease_until = NULL, claimed_by = NULL
      WHERE id IN (
        SELECT id FROM outbox
        WHERE status = 'sending' AND channel IN (${list(channels)})
          AND coalesce(claimed_by, '') IN (SELECT owner FROM gone)
        FOR UPDATE SKIP LOCKED
      )`);
    return rowCount ?? 0;
  }

  async renewLeases(ids: number[], leaseUntil: number, instance: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .update(outbox)
      .set({ leaseUntil })
      .where(and(inArray(outbox.id, ids), eq(outbox.status, 'sending'), eq(outbox.claimedBy, instance)));
  }

  async markSent(id: number, now: number, platformMessageId: string | undefined): Promise<void> {
    await this.db
      .update(outbox)
      .set({
        status: 'sent',
        sentAt: now,
        leaseUntil: null,
        platformMessageId: platformMessageId ? this.platformKey(platformMessageId) : null,
      })
      .where(eq(outbox.id, id));
  }

  async markSentMany(rows: readonly SentRow[]): Promise<void> {
    const [first] = rows;
    if (rows.length <= 1) {
      if (first) await this.markSent(first.id, first.at, first.platformMessageId);
      return;
    }
    const values = sql.join(
      rows.map((row) => sql`(${row.id}::integer, ${row.at}::bigint, ${this.platformKeyOf(row)}::text)`),
      sql`, `,
    );
    await this.db.execute(sql`
      UPDATE outbox SET status = 'sent', sent_at = v.at, lease_until = NULL, platform_message_id = v.key
      FROM (VALUES ${values}) AS v(id, at, key)
      WHERE outbox.id = v.id`);
  }

  async markRetry(id: number, attempts: number, nextAttemptAt: number, errorCode: string): Promise<void> {
    await this.db
      .update(outbox)
      .set({ status: 'pending', attempts, nextAttemptAt, leaseUntil: null, lastError: errorCode })
      .where(eq(outbox.id, id));
  }

  async markFailed(id: number, attempts: number, errorCode: string): Promise<void> {
    await this.db
      .update(outbox)
      .set({ status: 'failed', attempts, leaseUntil: null, lastError: errorCode })
      .where(eq(outbox.id, id));
  }

  async recordDelivery(row: Parameters<OutboxPort['recordDelivery']>[0]): Promise<number | undefined> {
    const [found] = await this.db
      .select({ id: outbox.id, status: outbox.deliveryStatus })
      .from(outbox)
      .where(
        and(
          eq(outbox.channel, row.channel),
          eq(outbox.platformMessageId, this.platformKey(row.platformMessageId)),
        ),
      )
      .limit(1)
      .for('update');
    if (!found) return undefined;
    if (found.status && DELIVERY_RANK[found.status] >= DELIVERY_RANK[row.status]) return found.id;
    await this.db
      .update(outbox)
      .set({ deliveryStatus: row.status, deliveryStatusAt: row.at, deliveryError: row.errorCode ?? null })
      .where(eq(outbox.id, found.id));
    return found.id;
  }

  async delivery(
    id: number,
  ): Promise<{ status: DeliveryStatus | null; at: number | null; errorCode: string | null }> {
    const [row] = await this.db
      .select({ status: outbox.deliveryStatus, at: outbox.deliveryStatusAt, errorCode: outbox.deliveryError })
      .from(outbox)
      .where(eq(outbox.id, id));
    return row ?? { status: null, at: null, errorCode: null };
  }

  async nextDueAt(channels: string[]): Promise<number | undefined> {
    if (channels.length === 0) return undefined;
    const [row] = await this.db
      .select({
        at: sql<number | null>`min(coalesce(${outbox.leaseUntil}, ${outbox.nextAttemptAt}))`.mapWith(Number),
      })
      .from(outbox)
      .where(and(inArray(outbox.channel, channels), inArray(outbox.status, ['pending', 'sending'])));
    return row?.at ?? undefined;
  }

  async lastId(): Promise<number> {
    const [row] = await this.db
      .select({ id: sql<number | null>`max(${outbox.id})`.mapWith(Number) })
      .from(outbox);
    return row?.id ?? 0;
  }

  async sentSince<P>(
    conversationId: string,
    afterId: number,
  ): Promise<{ id: number; at: number; payload: P }[]> {
    const rows = await this.db
      .select({ id: outbox.id, at: outbox.createdAt, payloadEnc: outbox.payloadEnc })
      .from(outbox)
      .where(
        and(eq(outbox.conversationId, conversationId), eq(outbox.status, 'sent'), gt(outbox.id, afterId)),
      )
      .orderBy(asc(outbox.id));
    return rows.map((r) => ({ id: r.id, at: r.at, payload: this.cipher.decryptJson<P>(r.payloadEnc) }));
  }

  async countByStatus(status: 'pending' | 'sending' | 'sent' | 'failed'): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(outbox).where(eq(outbox.status, status));
    return row?.n ?? 0;
  }

  /** Withdraws rows still waiting (an erased case's officer alerts); one on the wire stays. */
  async withdrawPending(ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db
      .delete(outbox)
      .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')));
    return result.rowCount ?? 0;
  }

  async eraseConversation(conversationId: string): Promise<void> {
    await this.db.delete(outbox).where(eq(outbox.conversationId, conversationId));
  }

  private platformKeyOf(row: SentRow): string | null {
    return row.platformMessageId ? this.platformKey(row.platformMessageId) : null;
  }

  /** Platform ids are stored as keyed hashes only: a WhatsApp wamid embeds a phone number. */
  private platformKey(platformMessageId: string): string {
    return this.cipher.blindIndex(`platform:${platformMessageId}`);
  }
}
