import { and, count, eq, gt, gte, lt, sql } from 'drizzle-orm';
import type { FieldCipher } from '../field-cipher.js';
import type { InboxPort, SharedWork, StoredInbound } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { prepared } from './pg-prepared.js';
import { inboundMessages } from './pg-schema.js';

/** Prepared under its name on each connection (pg-prepared.ts says why); $1 is now. */
const NEXT_PENDING = `
  SELECT id, conversation_id, payload_enc FROM inbound_messages m
  WHERE status = 'pending' AND available_at <= $1
    AND NOT EXISTS (
      SELECT 1 FROM inbound_messages e
      WHERE e.conversation_id = m.conversation_id AND e.status = 'pending' AND e.id < m.id)
  ORDER BY priority DESC, id LIMIT 1
  FOR UPDATE OF m SKIP LOCKED`;

/** The inbox on PostgreSQL: the same rules as inbox-repository.ts. */
export class PgInbox implements InboxPort {
  constructor(
    private readonly db: PgDb,
    private readonly cipher: FieldCipher,
    /** Other instances are told of new work when the unit commits (postgres-storage.ts). */
    private readonly wrote: (kind: SharedWork) => void = () => undefined,
  ) {}

  async insert(row: Parameters<InboxPort['insert']>[0]): Promise<number | undefined> {
    const inserted = await prepared(this.db, 'inbox_insert', (name) =>
      this.db
        .insert(inboundMessages)
        .values({
          channel: sql.placeholder('channel'),
          externalId: sql.placeholder('externalId'),
          conversationId: sql.placeholder('conversationId'),
          payloadEnc: sql.placeholder('payloadEnc'),
          receivedAt: sql.placeholder('receivedAt'),
          priority: sql.placeholder('priority'),
          availableAt: sql.placeholder('availableAt'),
        })
        .onConflictDoNothing()
        .returning({ id: inboundMessages.id })
        .prepare(name),
    ).execute({
      channel: row.channel,
      // Keyed hash: a platform's id can name the person (a WhatsApp wamid embeds the phone number).
      externalId: this.cipher.blindIndex(`${row.channel}:${row.externalId}`),
      conversationId: row.conversationId,
      payloadEnc: this.cipher.encryptJson(row.payload),
      receivedAt: row.now,
      priority: row.priority ?? 0,
      availableAt: row.availableAt ?? row.now,
    });
    if (inserted[0]) this.wrote('inbox');
    return inserted[0]?.id;
  }

  /**
   * As on SQLite: the first pending message of its conversation, available now, highest priority
   * first, then arrival order. `SKIP LOCKED`: a message another unit of work has taken (another
   * instance) is passed over; the same conversation's later messages are not taken either, since
   * the taken one still counts as an earlier pending message until that unit commits.
   */
  async nextPending<P>(now: number): Promise<StoredInbound<P> | undefined> {
    const { rows } = await this.db.$client.query<{
      id: number;
      conversation_id: string;
      payload_enc: string;
    }>({
      name: 'inbox_next',
      text: NEXT_PENDING,
      values: [now],
    });
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      conversationId: row.conversation_id,
      payload: this.cipher.decryptJson<P>(row.payload_enc),
    };
  }

  async nextAvailableAt(): Promise<number | undefined> {
    const [row] = await this.db
      .select({ at: sql<number | null>`min(${inboundMessages.availableAt})`.mapWith(Number) })
      .from(inboundMessages)
      .where(eq(inboundMessages.status, 'pending'));
    return row?.at ?? undefined;
  }

  async paceOf(conversationId: string, since: number): Promise<{ recent: number; heldUntil: number }> {
    const [row] = await prepared(this.db, 'inbox_pace', (name) =>
      this.db
        .select({
          recent: count(),
          heldUntil: sql<
            number | null
          >`max(case when ${inboundMessages.status} = 'pending' then ${inboundMessages.availableAt} end)`.mapWith(
            Number,
          ),
        })
        .from(inboundMessages)
        .where(
          and(
            eq(inboundMessages.conversationId, sql.placeholder('conversationId')),
            gte(inboundMessages.receivedAt, sql.placeholder('since')),
          ),
        )
        .prepare(name),
    ).execute({ conversationId, since });
    return { recent: row?.recent ?? 0, heldUntil: row?.heldUntil ?? 0 };
  }

  async releaseHeld(conversationId: string, now: number): Promise<void> {
    await this.db
      .update(inboundMessages)
      .set({ availableAt: now })
      .where(
        and(
          eq(inboundMessages.conversationId, conversationId),
          eq(inboundMessages.status, 'pending'),
          gt(inboundMessages.availableAt, now),
        ),
      );
    this.wrote('inbox');
  }

  async markProcessed(id: number, now: number, status: 'processed' | 'failed' = 'processed'): Promise<void> {
    await prepared(this.db, 'inbox_processed', (name) =>
      this.db
        .update(inboundMessages)
        .set({ status: sql`${sql.placeholder('status')}`, processedAt: sql`${sql.placeholder('now')}` })
        .where(eq(inboundMessages.id, sql.placeholder('id')))
        .prepare(name),
    ).execute({ id, status, now });
  }

  async retryFailed(since: number): Promise<number> {
    const result = await this.db.execute(sql`
      UPDATE inbound_messages SET status = 'pending'
      WHERE status = 'failed' AND received_at >= ${since}
        AND NOT EXISTS (
          SELECT 1 FROM inbound_messages later
          WHERE later.conversation_id = inbound_messages.conversation_id AND later.id > inbound_messages.id)`);
    return result.rowCount ?? 0;
  }

  async triedBefore(id: number): Promise<boolean> {
    const [row] = await this.db
      .select({ at: inboundMessages.processedAt })
      .from(inboundMessages)
      .where(eq(inboundMessages.id, id));
    return row?.at !== null && row?.at !== undefined;
  }

  async countPending(): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(inboundMessages)
      .where(eq(inboundMessages.status, 'pending'));
    return row?.n ?? 0;
  }

  /** The reporter's messages go; the asking message's duplicate key stays as a tombstone. */
  async eraseConversation(conversationId: string, keepId?: number): Promise<void> {
    await this.db
      .delete(inboundMessages)
      .where(
        keepId === undefined
          ? eq(inboundMessages.conversationId, conversationId)
          : and(eq(inboundMessages.conversationId, conversationId), lt(inboundMessages.id, keepId)),
      );
    if (keepId === undefined) return;
    await this.db
      .update(inboundMessages)
      .set({ payloadEnc: this.cipher.encryptJson(null) })
      .where(eq(inboundMessages.id, keepId));
  }

  async allOf(conversationId: string): Promise<{ receivedAt: number; input: unknown }[]> {
    const rows = await this.db
      .select({ receivedAt: inboundMessages.receivedAt, payloadEnc: inboundMessages.payloadEnc })
      .from(inboundMessages)
      .where(eq(inboundMessages.conversationId, conversationId))
      .orderBy(inboundMessages.id);
    return rows.map((row) => ({
      receivedAt: row.receivedAt,
      input: this.cipher.decryptJson<{ input?: unknown }>(row.payloadEnc)?.input ?? null,
    }));
  }
}
