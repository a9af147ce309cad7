import { randomUUID } from 'node:crypto';
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CasePatch } from '../../engine/types.js';
import type { FieldCipher } from '../field-cipher.js';
import { appendToDetails, casePinHash, caseView } from '../case-encoding.js';
import type { CaseDeskPort, CaseOrigin, CasePort, CaseView, OutsideNotePort } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { prepared } from './pg-prepared.js';
import { cases, outsideNotes } from './pg-schema.js';

/** Reports on PostgreSQL: the same rules as case-repository.ts (see CaseRepository.apply). */
export class PgCases implements CasePort {
  constructor(
    private readonly db: PgDb,
    private readonly cipher: FieldCipher,
    private readonly outsideNotes: OutsideNotePort,
    /** Officers' internal notes go with the case's text. */
    private readonly desk: CaseDeskPort,
  ) {}

  async referenceExists(reference: string): Promise<boolean> {
    const rows = await prepared(this.db, 'case_reference_exists', (name) =>
      this.db
        .select({ id: cases.id })
        .from(cases)
        .where(eq(cases.reference, sql.placeholder('reference')))
        .limit(1)
        .prepare(name),
    ).execute({ reference });
    return rows.length > 0;
  }

  async apply(conversationId: string, patch: CasePatch, now: number, origin?: CaseOrigin): Promise<void> {
    const target = patch.reference
      ? await this.findByReference(patch.reference)
      : await this.latest(conversationId);
    // An erased case stays an anonymous count: nothing said later is added to it.
    if (target?.anonymized) return;
    // A note from outside for a reference that names no case goes nowhere.
    if (patch.fromOutside && !target) return;
    if (target && target.conversationId !== conversationId) {
      if (patch.addNote) await this.addOutsideNote(target.id, conversationId, patch.addNote, now);
      return;
    }
    if (!target) {
      const id = randomUUID();
      await this.db.insert(cases).values({
        id,
        reference: patch.reference ?? randomUUID(),
        pinHash: patch.pin ? casePinHash(this.cipher, id, patch.pin) : null,
        conversationId,
        categories: patch.categories ?? [],
        urgent: patch.urgent ?? false,
        risk: patch.risk ?? null,
        regionCode: patch.regionCode ?? null,
        officeId: patch.officeId ?? null,
        channel: origin?.channel ?? null,
        language: origin?.language ?? null,
        detailsEnc: this.cipher.encryptJson(appendToDetails(patch.details ?? {}, patch)),
        createdAt: now,
        updatedAt: now,
      });
      return;
    }
    const details = patch.details || patch.addNote || patch.addEvidence;
    await this.db
      .update(cases)
      .set({
        ...(patch.categories ? { categories: patch.categories } : {}),
        // Urgency only goes up: a later calm message does not undo an emergency.
        ...(patch.urgent ? { urgent: true } : {}),
        ...(patch.risk ? { risk: patch.risk } : {}),
        ...(patch.regionCode ? { regionCode: patch.regionCode } : {}),
        ...(patch.officeId ? { officeId: patch.officeId } : {}),
        ...(details
          ? {
              detailsEnc: this.cipher.encryptJson(
                appendToDetails({ ...target.details, ...patch.details }, patch),
              ),
            }
          : {}),
        updatedAt: now,
      })
      .where(eq(cases.id, target.id));
  }

  async addOutsideNote(caseId: string, fromConversationId: string, text: string, now: number): Promise<void> {
    await this.outsideNotes.add({ caseId, fromConversationId, text, now });
  }

  async pinCheck(caseId: string): Promise<(pin: string) => boolean> {
    const [row] = await this.db.select({ pinHash: cases.pinHash }).from(cases).where(eq(cases.id, caseId));
    const stored = row?.pinHash ?? undefined;
    return (pin) => stored !== undefined && stored === casePinHash(this.cipher, caseId, pin);
  }

  async latest(conversationId: string): Promise<CaseView | undefined> {
    const [row] = await this.db
      .select()
      .from(cases)
      .where(eq(cases.conversationId, conversationId))
      .orderBy(desc(cases.createdAt))
      .limit(1);
    return row ? caseView(row, this.cipher) : undefined;
  }

  async referenceOf(id: string): Promise<string | undefined> {
    const [row] = await this.db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, id));
    return row?.reference;
  }

  async byId(id: string): Promise<CaseView | undefined> {
    const [row] = await this.db.select().from(cases).where(eq(cases.id, id));
    return row ? caseView(row, this.cipher) : undefined;
  }

  async findByReference(reference: string): Promise<CaseView | undefined> {
    const [row] = await this.db.select().from(cases).where(eq(cases.reference, reference));
    return row ? caseView(row, this.cipher) : undefined;
  }

  /** Deletion request: the case stays only as an anonymous count (category, urgency, region, date). */
  async anonymizeConversation(conversationId: string, now: number): Promise<void> {
    const own = await this.db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.conversationId, conversationId));
    await this.outsideNotes.eraseOfCases(own.map((c) => c.id));
    await this.desk.eraseNotesOfCases(own.map((c) => c.id));
    await this.outsideNotes.eraseFrom(conversationId);
    await this.db
      .update(cases)
      // The SIMFONI values go too: the victim's age band, sex and region together may point at them.
      .set({ conversationId: null, detailsEnc: null, pinHash: null, simfoniEnc: null, updatedAt: now })
      .where(eq(cases.conversationId, conversationId));
  }
}

/** Notes for a case from another chat, encrypted and apart from the story (outside-note-repository.ts). */
export class PgOutsideNotes implements OutsideNotePort {
  constructor(
    private readonly db: PgDb,
    private readonly cipher: FieldCipher,
  ) {}

  async add(row: { caseId: string; fromConversationId: string; text: string; now: number }): Promise<void> {
    await this.db.insert(outsideNotes).values({
      caseId: row.caseId,
      fromConversationId: row.fromConversationId,
      textEnc: this.cipher.encrypt(row.text),
      createdAt: row.now,
    });
  }

  async ofCase(caseId: string): Promise<{ text: string; at: number }[]> {
    const rows = await this.db
      .select()
      .from(outsideNotes)
      .where(eq(outsideNotes.caseId, caseId))
      .orderBy(asc(outsideNotes.id));
    return rows.map((row) => ({ text: this.cipher.decrypt(row.textEnc), at: row.createdAt }));
  }

  async eraseOfCases(caseIds: string[]): Promise<void> {
    if (caseIds.length > 0) await this.db.delete(outsideNotes).where(inArray(outsideNotes.caseId, caseIds));
  }

  async eraseFrom(conversationId: string): Promise<void> {
    await this.db.delete(outsideNotes).where(eq(outsideNotes.fromConversationId, conversationId));
  }
}
