import { and, desc, eq, gte, inArray, isNotNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import {
  type DeskAccessEvent,
  type DeskAccessFilter,
  type DeskAuditAction,
  type DeskAuditIds,
  type DeskCaseFilter,
  type DeskCaseRow,
  type DeskStatus,
  type DeskTrailEvent,
  deskCaseRow,
  SIMFONI_BATCH,
  type SimfoniStored,
} from './desk-rows.js';
import { alerts, auditEvents, caseNotes, cases } from './schema.js';

const ROW = {
  id: cases.id,
  reference: cases.reference,
  categories: cases.categories,
  urgent: cases.urgent,
  risk: cases.risk,
  regionCode: cases.regionCode,
  officeId: cases.officeId,
  createdAt: cases.createdAt,
  deskStatus: cases.deskStatus,
  followUpOn: cases.followUpOn,
  channel: cases.channel,
  language: cases.language,
  conversationId: cases.conversationId,
  alertId: alerts.id,
  reason: alerts.reason,
  status: alerts.status,
  chain: alerts.chain,
  rung: alerts.rung,
  claimedBy: alerts.claimedBy,
  deadlineAt: alerts.deadlineAt,
  // A notice that went up a level has passed its deadline, whatever the next level's is.
  escalated: sql<unknown>`exists(select 1 from audit_events e where e.alert_id = ${alerts.id} and e.action = 'notice_overdue')`,
};

/** The queue's conditions (pg-case-desk.ts has the same over PostgreSQL's tables). */
function deskConditions(filter: DeskCaseFilter): SQL | undefined {
  return and(
    filter.officeIds ? inArray(cases.officeId, [...filter.officeIds]) : undefined,
    filter.from !== undefined ? gte(cases.createdAt, filter.from) : undefined,
    filter.to !== undefined ? lt(cases.createdAt, filter.to) : undefined,
  );
}

const TRAIL = {
  actor: auditEvents.actor,
  action: auditEvents.action,
  at: auditEvents.at,
  detail: auditEvents.detail,
};

/** A case joined with its newest alert (a notice, or an urgent alert that replaced it). */
const NEWEST_ALERT = sql`${alerts.id} = (select max(a2.id) from alerts a2 where a2.case_id = ${cases.id})`;

/**
 * The officer workspace's reads and writes on SQLite: the queue, a case's workflow status, internal
 * notes (encrypted) and the workspace's audit events (ids and times only).
 */
export class CaseDeskRepository {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  list(filter: DeskCaseFilter): DeskCaseRow[] {
    if (filter.officeIds?.length === 0) return [];
    return this.db
      .select(ROW)
      .from(cases)
      .leftJoin(alerts, NEWEST_ALERT)
      .where(deskConditions(filter))
      .orderBy(desc(cases.createdAt), desc(cases.id))
      .limit(filter.limit)
      .all()
      .map(deskCaseRow);
  }

  one(caseId: string): DeskCaseRow | undefined {
    const raw = this.db
      .select(ROW)
      .from(cases)
      .leftJoin(alerts, NEWEST_ALERT)
      .where(eq(cases.id, caseId))
      .get();
    return raw ? deskCaseRow(raw) : undefined;
  }

  setStatus(caseId: string, status: DeskStatus, now: number): void {
    this.db.update(cases).set({ deskStatus: status, updatedAt: now }).where(eq(cases.id, caseId)).run();
  }

  addNote(row: { caseId: string; officerId: string; text: string; now: number }): void {
    this.db
      .insert(caseNotes)
      .values({
        caseId: row.caseId,
        officerId: row.officerId,
        textEnc: this.cipher.encrypt(row.text),
        createdAt: row.now,
      })
      .run();
  }

  notes(caseId: string): { officerId: string; text: string; at: number }[] {
    return this.db
      .select()
      .from(caseNotes)
      .where(eq(caseNotes.caseId, caseId))
      .orderBy(caseNotes.id)
      .all()
      .map((n) => ({ officerId: n.officerId, text: this.cipher.decrypt(n.textEnc), at: n.createdAt }));
  }

  eraseNotesOfCases(caseIds: string[]): void {
    if (caseIds.length > 0) this.db.delete(caseNotes).where(inArray(caseNotes.caseId, caseIds)).run();
  }

  audit(at: number, actor: string, action: DeskAuditAction, ids: DeskAuditIds = {}): void {
    this.db
      .insert(auditEvents)
      .values({
        at,
        actor,
        action,
        caseId: ids.caseId ?? null,
        officeId: ids.officeId ?? null,
        detail: ids.detail ?? null,
      })
      .run();
  }

  /** What was done with a case, oldest first: actors, actions, times and ids (never text). */
  trail(caseId: string): DeskTrailEvent[] {
    return this.db
      .select(TRAIL)
      .from(auditEvents)
      .where(eq(auditEvents.caseId, caseId))
      .orderBy(auditEvents.id)
      .all();
  }

  /** The case moves to another office (a transfer); its alerts are the handoff's to close and open. */
  setOffice(caseId: string, officeId: string, now: number): void {
    this.db.update(cases).set({ officeId, updatedAt: now }).where(eq(cases.id, caseId)).run();
  }

  setFollowUp(caseId: string, day: string | null, now: number): void {
    this.db.update(cases).set({ followUpOn: day, updatedAt: now }).where(eq(cases.id, caseId)).run();
  }

  setSimfoni(caseId: string, values: SimfoniStored, now: number): void {
    this.db
      .update(cases)
      .set({ simfoniEnc: this.cipher.encryptJson(values), updatedAt: now })
      .where(eq(cases.id, caseId))
      .run();
  }

  simfoni(caseId: string): SimfoniStored | undefined {
    const row = this.db.select({ enc: cases.simfoniEnc }).from(cases).where(eq(cases.id, caseId)).get();
    return row?.enc ? this.cipher.decryptJson<SimfoniStored>(row.enc) : undefined;
  }

  /** The confirmed SIMFONI values of these cases, by reference (the export reads them). */
  simfoniOf(references: readonly string[]): Map<string, SimfoniStored> {
    const found = new Map<string, SimfoniStored>();
    for (let i = 0; i < references.length; i += SIMFONI_BATCH) {
      const rows = this.db
        .select({ reference: cases.reference, enc: cases.simfoniEnc })
        .from(cases)
        .where(inArray(cases.reference, references.slice(i, i + SIMFONI_BATCH)))
        .all();
      for (const row of rows)
        if (row.enc) found.set(row.reference, this.cipher.decryptJson<SimfoniStored>(row.enc));
    }
    return found;
  }

  openOfficeIds(): string[] {
    return this.db
      .selectDistinct({ officeId: cases.officeId })
      .from(cases)
      .where(and(isNotNull(cases.officeId), ne(cases.deskStatus, 'selesai')))
      .all()
      .map((row) => row.officeId!);
  }

  accessLog(filter: DeskAccessFilter): DeskAccessEvent[] {
    if (filter.actors?.length === 0) return [];
    return this.db
      .select(ACCESS_COLUMNS)
      .from(auditEvents)
      .leftJoin(cases, eq(cases.id, auditEvents.caseId))
      .where(accessWhere(filter))
      .orderBy(desc(auditEvents.id))
      .limit(filter.limit)
      .all();
  }

  /** Workspace events of one officer since `since` (tests and the admin read sign-ins by it). */
  officerEvents(actor: string, since: number): { action: string; at: number }[] {
    return this.db
      .select({ action: auditEvents.action, at: auditEvents.at })
      .from(auditEvents)
      .where(and(eq(auditEvents.actor, actor), gte(auditEvents.at, since)))
      .orderBy(auditEvents.id)
      .all();
  }
}

const ACCESS_COLUMNS = {
  actor: auditEvents.actor,
  action: auditEvents.action,
  at: auditEvents.at,
  reference: cases.reference,
  detail: auditEvents.detail,
};

function accessWhere(filter: DeskAccessFilter) {
  const since = gte(auditEvents.at, filter.since);
  return filter.actors ? and(since, inArray(auditEvents.actor, [...filter.actors])) : since;
}
