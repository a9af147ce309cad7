import { randomUUID } from 'node:crypto';
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { prepared } from './pg-prepared.js';
import type { FieldCipher } from '../field-cipher.js';
import type { AlertRow, ConversationPort, ConversationRecord, StepConversation } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { ACTIVE_ALERT } from './pg-alerts.js';
import { alerts, cases, conversations, senderBlocks } from './pg-schema.js';

/**
 * `arrived` (the same upsert) and the sender's pace as `PgInbox.paceOf` reads it, in one statement:
 * ingest asks both of every ordinary message. The pace reads the messages stored before this
 * statement, as the separate query did before the new one is stored. Prepared under its name on
 * each connection (pg-prepared.ts); $5 is now, $6 the start of the pace window.
 */
const ARRIVED_PACED = `
  WITH c AS (
    INSERT INTO conversations (id, channel, user_hash, address_enc, last_inbound_at, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5::bigint, $5::bigint, $5::bigint)
    ON CONFLICT (channel, user_hash)
    DO UPDATE SET address_enc = excluded.address_enc, last_inbound_at = excluded.last_inbound_at
    RETURNING id
  )
  SELECT c.id, count(m.id)::integer AS recent,
    max(CASE WHEN m.status = 'pending' THEN m.available_at END) AS held_until
  FROM c LEFT JOIN inbound_messages m ON m.conversation_id = c.id AND m.received_at >= $6::bigint
  GROUP BY c.id`;

/** `saveSnapshot` and `PgInbox.markProcessed` (as processed) in one statement; $3 is now. */
const SAVE_STEP = `
  WITH saved AS (
    UPDATE conversations SET snapshot_enc = $2, updated_at = $3::bigint WHERE id = $1
  )
  UPDATE inbound_messages SET status = 'processed', processed_at = $3::bigint WHERE id = $4`;

/** Conversations on PostgreSQL: the same rules as conversation-repository.ts. */
export class PgConversations implements ConversationPort {
  constructor(
    private readonly db: PgDb,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * Two instances meeting the same new user at once both get the one row: the second insert does
   * nothing on the unique index (waiting for the first to commit) and finds it, instead of failing.
   */
  async findOrCreate(channel: string, userId: string, address: string, now: number): Promise<string> {
    const existing = await this.findId(channel, userId);
    if (existing) return existing;
    const userHash = this.userHash(channel, userId);
    const inserted = await this.db
      .insert(conversations)
      .values({
        id: randomUUID(),
        channel,
        userHash,
        addressEnc: this.cipher.encrypt(address),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: [conversations.channel, conversations.userHash] })
      .returning({ id: conversations.id });
    const id = inserted[0]?.id ?? (await this.findId(channel, userId));
    if (!id) throw new Error('a conversation was neither found nor created; retry the message');
    return id;
  }

  async findId(channel: string, userId: string): Promise<string | undefined> {
    const [row] = await this.db
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(eq(conversations.channel, channel), eq(conversations.userHash, this.userHash(channel, userId))),
      );
    return row?.id;
  }

  async load<S>(id: string): Promise<ConversationRecord<S> | undefined> {
    const [found] = await prepared(this.db, 'conversation_load', (name) =>
      this.db
        .select({
          row: conversations,
          blockedUntil: sql<
            number | null
          >`(select max(${senderBlocks.blockedUntil}) from ${senderBlocks} where ${senderBlocks.conversationId} = ${conversations.id})`.mapWith(
            Number,
          ),
        })
        .from(conversations)
        .where(eq(conversations.id, sql.placeholder('id')))
        .prepare(name),
    ).execute({ id });
    if (!found) return undefined;
    return this.record<S>(found.row, found.blockedUntil);
  }

  private record<S>(
    row: typeof conversations.$inferSelect,
    blockedUntil: number | null,
  ): ConversationRecord<S> {
    return {
      id: row.id,
      channel: row.channel,
      address: this.cipher.decrypt(row.addressEnc),
      snapshot: row.snapshotEnc ? this.cipher.decryptJson<S>(row.snapshotEnc) : undefined,
      blockedUntil: blockedUntil ?? undefined,
    };
  }

  async loadForStep<S>(
    id: string,
    reservedReference: string | undefined,
  ): Promise<StepConversation<S> | undefined> {
    const [found] = await prepared(this.db, 'conversation_load_step', (name) =>
      this.db
        .select({
          row: conversations,
          blockedUntil: sql<number | null>`(select max(${senderBlocks.blockedUntil}) from ${senderBlocks}
            where ${senderBlocks.conversationId} = ${conversations.id})`.mapWith(Number),
          // As PgAlerts.active picks it; the whole row, mapped back below. The outer id written out
          // in full: drizzle names a column of the selected table unqualified, and alerts has an id.
          activeAlert: sql<Record<string, unknown> | null>`(select row_to_json(a) from ${alerts} a
            where a.conversation_id = "conversations"."id" and a.status in (${sql.join(
              ACTIVE_ALERT.map((status) => sql.raw(`'${status}'`)),
              sql`, `,
            )})
            order by a.id desc limit 1)`,
          reservedTaken: sql<boolean>`exists (select 1 from ${cases}
            where ${cases.reference} = ${sql.placeholder('reference')})`,
        })
        .from(conversations)
        .where(eq(conversations.id, sql.placeholder('id')))
        .prepare(name),
    ).execute({ id, reference: reservedReference ?? null });
    if (!found) return undefined;
    const { row, blockedUntil, activeAlert, reservedTaken } = found;
    return {
      ...this.record<S>(row, blockedUntil),
      activeAlert: activeAlert ? alertRow(activeAlert) : undefined,
      reservedTaken: reservedReference !== undefined && reservedTaken,
    };
  }

  async address(id: string): Promise<{ channel: string; address: string } | undefined> {
    const [row] = await this.db
      .select({ channel: conversations.channel, addressEnc: conversations.addressEnc })
      .from(conversations)
      .where(eq(conversations.id, id));
    return row ? { channel: row.channel, address: this.cipher.decrypt(row.addressEnc) } : undefined;
  }

  async arrived(channel: string, userId: string, address: string, now: number): Promise<string> {
    const [row] = await prepared(this.db, 'conversation_arrived', (name) =>
      this.db
        .insert(conversations)
        .values({
          id: sql.placeholder('id'),
          channel: sql.placeholder('channel'),
          userHash: sql.placeholder('userHash'),
          addressEnc: sql.placeholder('addressEnc'),
          lastInboundAt: sql.placeholder('now'),
          createdAt: sql.placeholder('now'),
          updatedAt: sql.placeholder('now'),
        })
        .onConflictDoUpdate({
          target: [conversations.channel, conversations.userHash],
          set: { addressEnc: sql`excluded.address_enc`, lastInboundAt: sql`excluded.last_inbound_at` },
        })
        .returning({ id: conversations.id })
        .prepare(name),
    ).execute({
      id: randomUUID(),
      channel,
      userHash: this.userHash(channel, userId),
      addressEnc: this.cipher.encrypt(address),
      now,
    });
    if (!row) throw new Error('a conversation was neither found nor created; retry the message');
    return row.id;
  }

  async arrivedPaced(
    channel: string,
    userId: string,
    address: string,
    now: number,
    since: number,
  ): Promise<{ id: string; recent: number; heldUntil: number }> {
    const { rows } = await this.db.$client.query<{ id: string; recent: number; held_until: string | null }>({
      name: 'conversation_arrived_paced',
      text: ARRIVED_PACED,
      values: [
        randomUUID(),
        channel,
        this.userHash(channel, userId),
        this.cipher.encrypt(address),
        now,
        since,
      ],
    });
    const row = rows[0];
    if (!row) throw new Error('a conversation was neither found nor created; retry the message');
    return {
      id: row.id,
      recent: row.recent,
      heldUntil: row.held_until === null ? 0 : Number(row.held_until),
    };
  }

  async lastInboundAt(id: string): Promise<number | undefined> {
    const [row] = await this.db
      .select({ at: conversations.lastInboundAt })
      .from(conversations)
      .where(eq(conversations.id, id));
    return row?.at ?? undefined;
  }

  async saveSnapshot(id: string, snapshot: unknown, now: number): Promise<void> {
    await prepared(this.db, 'conversation_save', (name) =>
      this.db
        .update(conversations)
        .set({
          snapshotEnc: sql`${sql.placeholder('snapshotEnc')}`,
          updatedAt: sql`${sql.placeholder('now')}`,
        })
        .where(eq(conversations.id, sql.placeholder('id')))
        .prepare(name),
    ).execute({ id, snapshotEnc: this.cipher.encryptJson(snapshot), now });
  }

  async saveStep(id: string, snapshot: unknown, now: number, inboundId: number): Promise<void> {
    await this.db.$client.query({
      name: 'conversation_save_step',
      text: SAVE_STEP,
      values: [id, this.cipher.encryptJson(snapshot), now, inboundId],
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(conversations).where(eq(conversations.id, id));
  }

  /** See ConversationRepository.idleSince: the same conditions. */
  async idleSince(before: number, withCase: boolean): Promise<string[]> {
    const { rows } = await this.db.execute<{ id: string }>(sql`
      select c.id from conversations c
       where c.updated_at < ${before} and coalesce(c.last_inbound_at, 0) < ${before}
         and ${sql.raw(withCase ? '' : 'not ')}exists (select 1 from cases k where k.conversation_id = c.id)
         and not exists (select 1 from cases k where k.conversation_id = c.id and k.updated_at >= ${before})
         and not exists (select 1 from alerts a
                          where a.conversation_id = c.id and a.status <> 'closed' and a.updated_at >= ${before})`);
    return rows.map((row) => row.id);
  }

  private userHash(channel: string, userId: string): string {
    return this.cipher.blindIndex(`${channel}:${userId}`);
  }
}

/** An alert row as row_to_json gives it (column names), as drizzle maps the same row from a select. */
function alertRow(json: Record<string, unknown>): AlertRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(alerts))) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as AlertRow;
}
