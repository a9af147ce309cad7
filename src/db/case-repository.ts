import { randomUUID } from 'node:crypto';
import { count, desc, eq, sql } from 'drizzle-orm';
import type { CasePatch } from '../engine/types.js';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import { appendToDetails, casePinHash, caseView } from './case-encoding.js';
import type { CaseDeskRepository } from './case-desk-repository.js';
import type { OutsideNoteRepository } from './outside-note-repository.js';
import { cases } from './schema.js';

/** Where a new case's report came from: anonymous, kept for the statistics. */
export interface CaseOrigin {
  channel: string;
  language: string;
}

export interface CaseView {
  id: string;
  reference: string;
  categories: string[];
  urgent: boolean;
  risk: 'high' | 'medium' | 'low' | null;
  regionCode: string | null;
  officeId: string | null;
  details: Record<string, unknown>;
  createdAt: number;
  /** The reporter deleted their data: the row is only an anonymous count now. */
  anonymized: boolean;
  /** The reporter's own chat; null once they deleted their data. */
  conversationId: string | null;
}

export class CaseRepository {
  // Prepared once: every report draws a reference and updates its case on most turns.
  private readonly countByReference;
  private readonly byReference;
  private readonly latestOfConversation;

  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
    private readonly outsideNotes: OutsideNoteRepository,
    /** Officers' internal notes go with the case's text. */
    private readonly desk: CaseDeskRepository,
  ) {
    this.countByReference = db
      .select({ n: count() })
      .from(cases)
      .where(eq(cases.reference, sql.placeholder('reference')))
      .prepare();
    this.byReference = db
      .select()
      .from(cases)
      .where(eq(cases.reference, sql.placeholder('reference')))
      .prepare();
    this.latestOfConversation = db
      .select()
      .from(cases)
      .where(eq(cases.conversationId, sql.placeholder('conversationId')))
      .orderBy(desc(cases.createdAt))
      // No LIMIT: a bound LIMIT parameter made SQLite's look-up six times slower; get() takes the first row.
      .prepare();
  }

  referenceExists(reference: string): boolean {
    return (this.countByReference.get({ reference })?.n ?? 0) > 0;
  }

  /**
   * Applies a flow's case update: to the case with the patch's reference (a returning reporter may
   * add to a case from a new conversation), else to the conversation's latest case; a reference
   * that does not exist yet opens a new case. Details are merged, notes and evidence appended, and
   * everything the reporter said is stored encrypted. Another chat's case is never changed: a note
   * for it is kept apart, as unverified (a reference is not a password).
   */
  apply(conversationId: string, patch: CasePatch, now: number, origin?: CaseOrigin): void {
    const target = patch.reference ? this.findByReference(patch.reference) : this.latest(conversationId);
    // An erased case stays an anonymous count: nothing the reporter says later is added to it.
    if (target?.anonymized) return;
    // A note left from outside for a reference that names no case goes nowhere (the writer was told
    // only that a right reference reaches the office, so nothing is promised or revealed).
    if (patch.fromOutside && !target) return;
    if (target && target.conversationId !== conversationId) {
      if (patch.addNote) this.addOutsideNote(target.id, conversationId, patch.addNote, now);
      return;
    }
    if (!target) {
      const id = randomUUID();
      this.db
        .insert(cases)
        .values({
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
        })
        .run();
      return;
    }
    const details = patch.details || patch.addNote || patch.addEvidence;
    this.db
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
      .where(eq(cases.id, target.id))
      .run();
  }

  /** A message for a case from a chat that is not its reporter's: stored apart, never in the story. */
  addOutsideNote(caseId: string, fromConversationId: string, text: string, now: number): void {
    this.outsideNotes.add({ caseId, fromConversationId, text, now });
  }

  /** True when the case has a PIN and this is it (compared as keyed hashes). */
  /** Loads the case's PIN hash once; the returned check only computes (a decision may call it). */
  pinCheck(caseId: string): (pin: string) => boolean {
    const row = this.db.select({ pinHash: cases.pinHash }).from(cases).where(eq(cases.id, caseId)).get();
    const stored = row?.pinHash ?? undefined;
    return (pin) => stored !== undefined && stored === casePinHash(this.cipher, caseId, pin);
  }

  latest(conversationId: string): CaseView | undefined {
    const row = this.latestOfConversation.get({ conversationId });
    return row ? caseView(row, this.cipher) : undefined;
  }

  /** Only the reference, without decrypting what the reporter told (officer messages name it). */
  referenceOf(id: string): string | undefined {
    return this.db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, id)).get()
      ?.reference;
  }

  byId(id: string): CaseView | undefined {
    const row = this.db.select().from(cases).where(eq(cases.id, id)).get();
    return row ? caseView(row, this.cipher) : undefined;
  }

  findByReference(reference: string): CaseView | undefined {
    const row = this.byReference.get({ reference });
    return row ? caseView(row, this.cipher) : undefined;
  }

  /** Deletion request: the case stays only as an anonymous count (category, urgency, region, date). */
  anonymizeConversation(conversationId: string, now: number): void {
    const own = this.db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.conversationId, conversationId))
      .all();
    this.outsideNotes.eraseOfCases(own.map((c) => c.id));
    this.desk.eraseNotesOfCases(own.map((c) => c.id));
    this.outsideNotes.eraseFrom(conversationId);
    this.db
      .update(cases)
      // The SIMFONI values go too: the victim's age band, sex and region together may point at them.
      .set({ conversationId: null, detailsEnc: null, pinHash: null, simfoniEnc: null, updatedAt: now })
      .where(eq(cases.conversationId, conversationId))
      .run();
  }
}
