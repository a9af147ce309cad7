import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import type { AlertRow } from './alert-repository.js';
import type { FieldCipher } from './field-cipher.js';
import { conversations, senderBlocks } from './schema.js';

export interface ConversationRecord<S> {
  id: string;
  channel: string;
  address: string;
  snapshot: S | undefined;
  /**
   * When the latest block an officer put on this sender ends (past or future: compare with now),
   * read with the conversation because every message asks (sender-block-gate.ts).
   */
  blockedUntil: number | undefined;
}

/** A conversation as a reporter's step loads it: with what every such step asks besides. */
export interface StepConversation<S> extends ConversationRecord<S> {
  /** Its active alert (`AlertPort.active`): the relay asks of every reporter's message. */
  activeAlert: AlertRow | undefined;
  /** Whether a case has the reference reserved for its next case (false when none was given). */
  reservedTaken: boolean;
}

/** Other tables' reads that come with a conversation's (one statement on PostgreSQL). */
export interface ConversationRelated {
  paceOf(conversationId: string, since: number): { recent: number; heldUntil: number };
  activeAlert(conversationId: string): AlertRow | undefined;
  referenceExists(reference: string): boolean;
  markProcessed(inboundId: number, now: number): void;
}

export class ConversationRepository {
  // Prepared once: these run for every message in and out.
  private readonly insertRow;
  private readonly idByUser;
  private readonly byId;
  private readonly setSnapshot;
  private readonly setInbound;
  private readonly inboundAt;

  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
    private readonly related: ConversationRelated,
  ) {
    this.insertRow = db
      .insert(conversations)
      .values({
        id: sql.placeholder('id'),
        channel: sql.placeholder('channel'),
        userHash: sql.placeholder('userHash'),
        addressEnc: sql.placeholder('addressEnc'),
        createdAt: sql.placeholder('now'),
        updatedAt: sql.placeholder('now'),
      })
      .prepare();
    this.idByUser = db
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(
          eq(conversations.channel, sql.placeholder('channel')),
          eq(conversations.userHash, sql.placeholder('userHash')),
        ),
      )
      .prepare();
    this.byId = db
      .select({
        row: conversations,
        blockedUntil: sql<
          number | null
        >`(select max(${senderBlocks.blockedUntil}) from ${senderBlocks} where ${senderBlocks.conversationId} = ${conversations.id})`,
      })
      .from(conversations)
      .where(eq(conversations.id, sql.placeholder('id')))
      .prepare();
    this.setSnapshot = db
      .update(conversations)
      .set({ snapshotEnc: sql`${sql.placeholder('snapshotEnc')}`, updatedAt: sql`${sql.placeholder('now')}` })
      .where(eq(conversations.id, sql.placeholder('id')))
      .prepare();
    this.setInbound = db
      .update(conversations)
      .set({
        lastInboundAt: sql`${sql.placeholder('now')}`,
        addressEnc: sql`${sql.placeholder('addressEnc')}`,
      })
      .where(eq(conversations.id, sql.placeholder('id')))
      .prepare();
    this.inboundAt = db
      .select({ at: conversations.lastInboundAt })
      .from(conversations)
      .where(eq(conversations.id, sql.placeholder('id')))
      .prepare();
  }

  /** The conversation of a channel user, created on first contact. The user id is stored only hashed. */
  findOrCreate(channel: string, userId: string, address: string, now: number): string {
    const existing = this.findId(channel, userId);
    if (existing) return existing;
    const id = randomUUID();
    this.insertRow.run({
      id,
      channel,
      userHash: this.cipher.blindIndex(`${channel}:${userId}`),
      addressEnc: this.cipher.encrypt(address),
      now,
    });
    return id;
  }

  /** A phone number (international digits) as a keyed hash, like user ids: comparable, not readable. */
  phoneKey(digits: string): string {
    return this.cipher.blindIndex(`phone:${digits}`);
  }

  findId(channel: string, userId: string): string | undefined {
    const userHash = this.cipher.blindIndex(`${channel}:${userId}`);
    return this.idByUser.get({ channel, userHash })?.id;
  }

  load<S>(id: string): ConversationRecord<S> | undefined {
    const found = this.byId.get({ id });
    if (!found) return undefined;
    const { row, blockedUntil } = found;
    return {
      id: row.id,
      channel: row.channel,
      address: this.cipher.decrypt(row.addressEnc),
      snapshot: row.snapshotEnc ? this.cipher.decryptJson<S>(row.snapshotEnc) : undefined,
      blockedUntil: blockedUntil ?? undefined,
    };
  }

  /** `load`, its active alert, and whether a case has taken `reservedReference` (see the port). */
  loadForStep<S>(id: string, reservedReference: string | undefined): StepConversation<S> | undefined {
    const record = this.load<S>(id);
    if (!record) return undefined;
    return {
      ...record,
      activeAlert: this.related.activeAlert(id),
      reservedTaken: reservedReference !== undefined && this.related.referenceExists(reservedReference),
    };
  }

  address(id: string): { channel: string; address: string } | undefined {
    const row = this.db
      .select({ channel: conversations.channel, addressEnc: conversations.addressEnc })
      .from(conversations)
      .where(eq(conversations.id, id))
      .get();
    return row ? { channel: row.channel, address: this.cipher.decrypt(row.addressEnc) } : undefined;
  }

  /**
   * The reporter wrote: opens (or extends) the platform's customer-service window, and replies go
   * where this message came from (a WhatsApp user may gain or hide a phone number).
   */
  /** In-process statements cost no round trip: found or created, then marked. */
  arrived(channel: string, userId: string, address: string, now: number): string {
    const id = this.findOrCreate(channel, userId, address, now);
    this.setInbound.run({ now, addressEnc: this.cipher.encrypt(address), id });
    return id;
  }

  /** `arrived`, and the sender's pace since `since` (InboxRepository.paceOf). */
  arrivedPaced(
    channel: string,
    userId: string,
    address: string,
    now: number,
    since: number,
  ): { id: string; recent: number; heldUntil: number } {
    const id = this.arrived(channel, userId, address, now);
    return { id, ...this.related.paceOf(id, since) };
  }

  /** When the reporter last wrote through their channel; undefined before the first message. */
  lastInboundAt(id: string): number | undefined {
    return this.inboundAt.get({ id })?.at ?? undefined;
  }

  saveSnapshot(id: string, snapshot: unknown, now: number): void {
    this.setSnapshot.run({ snapshotEnc: this.cipher.encryptJson(snapshot), now, id });
  }

  /** `saveSnapshot`, and the step's message marked processed. */
  saveStep(id: string, snapshot: unknown, now: number, inboundId: number): void {
    this.saveSnapshot(id, snapshot, now);
    this.related.markProcessed(inboundId, now);
  }

  /** Retention: the chat itself (its encrypted address and flow state) is forgotten. */
  delete(id: string): void {
    this.db.delete(conversations).where(eq(conversations.id, id)).run();
  }

  /**
   * Conversations untouched since `before`: `withCase` false → those that never made a case
   * (abandoned); true → those whose every case is older too (candidates for case retention).
   * A conversation with an alert that is open and was touched in the period is not idle either.
   */
  idleSince(before: number, withCase: boolean): string[] {
    const rows = this.db.$client
      .prepare(
        `select c.id from conversations c
          where c.updated_at < ? and coalesce(c.last_inbound_at, 0) < ?
            and ${withCase ? '' : 'not '}exists (select 1 from cases k where k.conversation_id = c.id)
            and not exists (select 1 from cases k where k.conversation_id = c.id and k.updated_at >= ?)
            and not exists (select 1 from alerts a
                             where a.conversation_id = c.id and a.status <> 'closed' and a.updated_at >= ?)`,
      )
      .all(before, before, before, before) as { id: string }[];
    return rows.map((row) => row.id);
  }
}
