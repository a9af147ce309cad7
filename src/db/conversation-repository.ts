import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import { conversations } from './schema.js';

export interface ConversationRecord<S> {
  id: string;
  channel: string;
  address: string;
  snapshot: S | undefined;
}

export class ConversationRepository {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  /** The conversation of a channel user, created on first contact. The user id is stored only hashed. */
  findOrCreate(channel: string, userId: string, address: string, now: number): string {
    const existing = this.findId(channel, userId);
    if (existing) return existing;
    const id = randomUUID();
    this.db
      .insert(conversations)
      .values({
        id,
        channel,
        userHash: this.cipher.blindIndex(`${channel}:${userId}`),
        addressEnc: this.cipher.encrypt(address),
        createdAt: now,
        updatedAt: now,
      })
      .run();
    return id;
  }

  findId(channel: string, userId: string): string | undefined {
    const userHash = this.cipher.blindIndex(`${channel}:${userId}`);
    return this.db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.channel, channel), eq(conversations.userHash, userHash)))
      .get()?.id;
  }

  load<S>(id: string): ConversationRecord<S> | undefined {
    const row = this.db.select().from(conversations).where(eq(conversations.id, id)).get();
    if (!row) return undefined;
    return {
      id: row.id,
      channel: row.channel,
      address: this.cipher.decrypt(row.addressEnc),
      snapshot: row.snapshotEnc ? this.cipher.decryptJson<S>(row.snapshotEnc) : undefined,
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

  saveSnapshot(id: string, snapshot: unknown, now: number): void {
    this.db
      .update(conversations)
      .set({ snapshotEnc: this.cipher.encryptJson(snapshot), updatedAt: now })
      .where(eq(conversations.id, id))
      .run();
  }
}
