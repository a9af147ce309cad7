import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { MediaKind } from '../engine/types.js';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import { media } from './schema.js';

export interface MediaClaim {
  id: string;
  channel: string;
  /** The platform's download handle, decrypted. */
  ref: string;
  declaredSize: number | null;
  attempts: number;
}

export interface StoredMedia {
  id: string;
  conversationId: string;
  kind: MediaKind;
  status: (typeof media.$inferSelect)['status'];
  size: number | null;
  /** The decrypted file, once fetched. */
  bytes: Buffer | undefined;
}

/** Evidence files: registered with their inbound message, fetched and stored encrypted later. */
export class MediaRepository {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  /** Registers a file to fetch; a repeated delivery of the same message registers nothing. */
  register(row: {
    id: string;
    conversationId: string;
    channel: string;
    kind: MediaKind;
    ref: string;
    declaredSize: number | undefined;
    now: number;
  }): void {
    this.db
      .insert(media)
      .values({
        id: row.id,
        conversationId: row.conversationId,
        channel: row.channel,
        kind: row.kind,
        refEnc: this.cipher.encrypt(row.ref),
        declaredSize: row.declaredSize ?? null,
        nextAttemptAt: row.now,
        createdAt: row.now,
      })
      .onConflictDoNothing()
      .run();
  }

  /** Claims due files of the given channels for `leaseMs`; an expired claim is taken again. */
  claimDue(channels: string[], now: number, leaseMs: number, limit: number): MediaClaim[] {
    if (channels.length === 0) return [];
    return this.db.transaction(
      (tx) => {
        const rows = tx
          .select()
          .from(media)
          .where(
            and(
              inArray(media.channel, channels),
              lte(media.nextAttemptAt, now),
              or(eq(media.status, 'pending'), and(eq(media.status, 'fetching'), lte(media.leaseUntil, now))),
            ),
          )
          .orderBy(asc(media.nextAttemptAt))
          .limit(limit)
          .all();
        if (rows.length > 0) {
          tx.update(media)
            .set({ status: 'fetching', leaseUntil: now + leaseMs })
            .where(
              inArray(
                media.id,
                rows.map((r) => r.id),
              ),
            )
            .run();
        }
        return rows.map((r) => ({
          id: r.id,
          channel: r.channel,
          ref: this.cipher.decrypt(r.refEnc),
          declaredSize: r.declaredSize,
          attempts: r.attempts,
        }));
      },
      { behavior: 'immediate' },
    );
  }

  markStored(id: string, bytes: Buffer, now: number): void {
    this.db
      .update(media)
      .set({
        status: 'stored',
        bytesEnc: this.cipher.encryptBytes(bytes),
        size: bytes.length,
        storedAt: now,
        leaseUntil: null,
        lastError: null,
      })
      .where(eq(media.id, id))
      .run();
  }

  markRetry(id: string, attempts: number, nextAttemptAt: number, errorCode: string): void {
    this.db
      .update(media)
      .set({ status: 'pending', attempts, nextAttemptAt, leaseUntil: null, lastError: errorCode })
      .where(eq(media.id, id))
      .run();
  }

  /** Gives up on a file: `too_large` when it is over the limit, `failed` otherwise. */
  markGivenUp(id: string, attempts: number, status: 'failed' | 'too_large', errorCode: string): void {
    this.db
      .update(media)
      .set({ status, attempts, leaseUntil: null, lastError: errorCode })
      .where(eq(media.id, id))
      .run();
  }

  nextDueAt(channels: string[]): number | undefined {
    if (channels.length === 0) return undefined;
    const row = this.db
      .select({ at: sql<number | null>`min(coalesce(${media.leaseUntil}, ${media.nextAttemptAt}))` })
      .from(media)
      .where(and(inArray(media.channel, channels), inArray(media.status, ['pending', 'fetching'])))
      .get();
    return row?.at ?? undefined;
  }

  load(id: string): StoredMedia | undefined {
    const row = this.db.select().from(media).where(eq(media.id, id)).get();
    if (!row) return undefined;
    return {
      id: row.id,
      conversationId: row.conversationId,
      kind: row.kind,
      status: row.status,
      size: row.size,
      bytes: row.bytesEnc ? this.cipher.decryptBytes(row.bytesEnc) : undefined,
    };
  }

  /** Deletion request: the reporter's files go with their messages. */
  eraseConversation(conversationId: string): void {
    this.db.delete(media).where(eq(media.conversationId, conversationId)).run();
  }

  /** The ids of a conversation's files (a reporter's data request). */
  idsOf(conversationId: string): string[] {
    return this.db
      .select({ id: media.id })
      .from(media)
      .where(eq(media.conversationId, conversationId))
      .all()
      .map((row) => row.id);
  }
}
