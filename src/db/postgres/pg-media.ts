import { and, asc, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { FieldCipher } from '../field-cipher.js';
import type { MediaClaim, MediaPort, SharedWork, StoredMedia } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { media } from './pg-schema.js';

/** Evidence files on PostgreSQL: the same rules as media-repository.ts. */
export class PgMedia implements MediaPort {
  constructor(
    private readonly db: PgDb,
    private readonly cipher: FieldCipher,
    /** Other instances are told of new work when the unit commits (postgres-storage.ts). */
    private readonly wrote: (kind: SharedWork) => void = () => undefined,
  ) {}

  async register(row: Parameters<MediaPort['register']>[0]): Promise<void> {
    await this.db
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
      .onConflictDoNothing();
    this.wrote('media');
  }

  /** Due files leased for `leaseMs`; `SKIP LOCKED` leaves one another instance is claiming to it. */
  async claimDue(channels: string[], now: number, leaseMs: number, limit: number): Promise<MediaClaim[]> {
    if (channels.length === 0) return [];
    const rows = await this.db
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
      .for('update', { skipLocked: true });
    if (rows.length > 0) {
      await this.db
        .update(media)
        .set({ status: 'fetching', leaseUntil: now + leaseMs })
        .where(
          inArray(
            media.id,
            rows.map((r) => r.id),
          ),
        );
    }
    return rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      ref: this.cipher.decrypt(r.refEnc),
      declaredSize: r.declaredSize,
      attempts: r.attempts,
    }));
  }

  async markStored(id: string, bytes: Buffer, now: number): Promise<void> {
    await this.db
      .update(media)
      .set({
        status: 'stored',
        bytesEnc: this.cipher.encryptBytes(bytes),
        size: bytes.length,
        storedAt: now,
        leaseUntil: null,
        lastError: null,
      })
      .where(eq(media.id, id));
  }

  async markRetry(id: string, attempts: number, nextAttemptAt: number, errorCode: string): Promise<void> {
    await this.db
      .update(media)
      .set({ status: 'pending', attempts, nextAttemptAt, leaseUntil: null, lastError: errorCode })
      .where(eq(media.id, id));
  }

  async markGivenUp(
    id: string,
    attempts: number,
    status: 'failed' | 'too_large',
    errorCode: string,
  ): Promise<void> {
    await this.db
      .update(media)
      .set({ status, attempts, leaseUntil: null, lastError: errorCode })
      .where(eq(media.id, id));
  }

  async nextDueAt(channels: string[]): Promise<number | undefined> {
    if (channels.length === 0) return undefined;
    const [row] = await this.db
      .select({
        at: sql<number | null>`min(coalesce(${media.leaseUntil}, ${media.nextAttemptAt}))`.mapWith(Number),
      })
      .from(media)
      .where(and(inArray(media.channel, channels), inArray(media.status, ['pending', 'fetching'])));
    return row?.at ?? undefined;
  }

  async load(id: string): Promise<StoredMedia | undefined> {
    const [row] = await this.db.select().from(media).where(eq(media.id, id));
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

  async eraseConversation(conversationId: string): Promise<void> {
    await this.db.delete(media).where(eq(media.conversationId, conversationId));
  }

  async idsOf(conversationId: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: media.id })
      .from(media)
      .where(eq(media.conversationId, conversationId));
    return rows.map((row) => row.id);
  }
}
