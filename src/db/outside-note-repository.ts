import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import { outsideNotes } from './schema.js';

/**
 * Messages left for a case from a chat that is not the reporter's own: stored encrypted, apart from
 * the reporter's story, and shown to officers as unverified.
 */
export class OutsideNoteRepository {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  add(row: { caseId: string; fromConversationId: string; text: string; now: number }): void {
    this.db
      .insert(outsideNotes)
      .values({
        caseId: row.caseId,
        fromConversationId: row.fromConversationId,
        textEnc: this.cipher.encrypt(row.text),
        createdAt: row.now,
      })
      .run();
  }

  /** The notes of a case, oldest first. */
  ofCase(caseId: string): { text: string; at: number }[] {
    return this.db
      .select()
      .from(outsideNotes)
      .where(eq(outsideNotes.caseId, caseId))
      .orderBy(asc(outsideNotes.id))
      .all()
      .map((row) => ({ text: this.cipher.decrypt(row.textEnc), at: row.createdAt }));
  }

  /** The case's reporter deleted their data: what others wrote about it goes too. */
  eraseOfCases(caseIds: string[]): void {
    if (caseIds.length > 0) this.db.delete(outsideNotes).where(inArray(outsideNotes.caseId, caseIds)).run();
  }

  /** The writer deleted their data: their notes go. */
  eraseFrom(conversationId: string): void {
    this.db.delete(outsideNotes).where(eq(outsideNotes.fromConversationId, conversationId)).run();
  }
}
