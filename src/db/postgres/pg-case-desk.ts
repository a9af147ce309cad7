import { and, desc, eq, gte, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
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
} from '../desk-rows.js';
import type { FieldCipher } from '../field-cipher.js';
import type { CaseDeskPort } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { alerts, auditEvents, caseNotes, cases } from './pg-schema.js';

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

const NEWEST_ALERT = sql`${alerts.id} = (select max(a2.id) from alerts a2 where a2.case_id = ${cases.id})`;

/** The officer workspace's reads and writes on PostgreSQL: the same rules as case-desk-repository.ts. */
export class PgCaseDesk implements CaseDeskPort {
  constructor(
    private readonly db: PgDb,
    private readonly cipher: FieldCipher,
  ) {}

  async list(filter: DeskCaseFilter): Promise<DeskCaseRow[]> {
    if (filter.officeIds?.length === 0) return [];
    const rows = await this.db
      .select(ROW)
      .from(cases)
      .leftJoin(alerts, NEWEST_ALERT)
      .where(
        and(
          filter.officeIds ? inArray(cases.officeId, [...filter.officeIds]) : undefined,
          filter.from !== undefined ? gte(cases.createdAt, filter.from) : undefined,
          filter.to !== undefined ? lt(cases.createdAt, filter.to) : undefined,
        ),
      )
      .orderBy(desc(cases.createdAt), desc(cases.id))
      .limit(filter.limit);
    return rows.map(deskCaseRow);
  }

  async one(caseId: string): Promise<DeskCaseRow | undefined> {
    const [raw] = await this.db
      .select(ROW)
      .from(cases)
      .leftJoin(alerts, NEWEST_ALERT)
      .where(eq(cases.id, caseId));
    return raw ? deskCaseRow(raw) : undefined;
  }

  async setStatus(caseId: string, status: DeskStatus, now: number): Promise<void> {
    await this.db.update(cases).set({ deskStatus: status, updatedAt: now }).where(eq(cases.id, caseId));
  }

  async addNote(row: { caseId: string; officerId: string; text: string; now: number }): Promise<void> {
    await this.db.insert(caseNotes).values({
      caseId: row.caseId,
      officerId: row.officerId,
      textEnc: this.cipher.encrypt(row.text),
      createdAt: row.now,
    });
  }

  async notes(caseId: string): Promise<{ officerId: string; text: string; at: number }[]> {
    const rows = await this.db
      .select()
      .from(caseNotes)
      .where(eq(caseNotes.caseId, caseId))
      .orderBy(caseNotes.id);
    return rows.map((n) => ({
      officerId: n.officerId,
      text: this.cipher.decrypt(n.textEnc),
      at: n.createdAt,
    }));
  }

  async eraseNotesOfCases(caseIds: string[]): Promise<void> {
    if (caseIds.length > 0) await this.db.delete(caseNotes).where(inArray(caseNotes.caseId, caseIds));
  }

  async audit(at: number, actor: string, action: DeskAuditAction, ids: DeskAuditIds = {}): Promise<void> {
    await this.db.insert(auditEvents).values({
      at,
      actor,
      action,
      caseId: ids.caseId ?? null,
      officeId: ids.officeId ?? null,
      detail: ids.detail ?? null,
    });
  }

  async trail(caseId: string): Promise<DeskTrailEvent[]> {
    return this.db
      .select({
        actor: auditEvents.actor,
        action: auditEvents.action,
        at: auditEvents.at,
        detail: auditEvents.detail,
      })
      .from(auditEvents)
      .where(eq(auditEvents.caseId, caseId))
      .orderBy(auditEvents.id);
  }

  async setOffice(caseId: string, officeId: string, now: number): Promise<void> {
    await this.db.update(cases).set({ officeId, updatedAt: now }).where(eq(cases.id, caseId));
  }

  async setFollowUp(caseId: string, day: string | null, now: number): Promise<void> {
    await this.db.update(cases).set({ followUpOn: day, updatedAt: now }).where(eq(cases.id, caseId));
  }

  async setSimfoni(caseId: string, values: SimfoniStored, now: number): Promise<void> {
    await this.db
      .update(cases)
      .set({ simfoniEnc: this.cipher.encryptJson(values), updatedAt: now })
      .where(eq(cases.id, caseId));
  }

  async simfoni(caseId: string): Promise<SimfoniStored | undefined> {
    const [row] = await this.db.select({ enc: cases.simfoniEnc }).from(cases).where(eq(cases.id, caseId));
    return row?.enc ? this.cipher.decryptJson<SimfoniStored>(row.enc) : undefined;
  }

  async simfoniOf(references: readonly string[]): Promise<Map<string, SimfoniStored>> {
    const found = new Map<string, SimfoniStored>();
    for (let i = 0; i < references.length; i += SIMFONI_BATCH) {
      const rows = await this.db
        .select({ reference: cases.reference, enc: cases.simfoniEnc })
        .from(cases)
        .where(inArray(cases.reference, references.slice(i, i + SIMFONI_BATCH)));
      for (const row of rows)
        if (row.enc) found.set(row.reference, this.cipher.decryptJson<SimfoniStored>(row.enc));
    }
    return found;
  }

  async openOfficeIds(): Promise<string[]> {
    const rows = await this.db
      .selectDistinct({ officeId: cases.officeId })
      .from(cases)
      .where(and(isNotNull(cases.officeId), ne(cases.deskStatus, 'selesai')));
    return rows.map((row) => row.officeId!);
  }

  async accessLog(filter: DeskAccessFilter): Promise<DeskAccessEvent[]> {
    if (filter.actors?.length === 0) return [];
    return this.db
      .select(ACCESS_COLUMNS)
      .from(auditEvents)
      .leftJoin(cases, eq(cases.id, auditEvents.caseId))
      .where(accessWhere(filter))
      .orderBy(desc(auditEvents.id))
      .limit(filter.limit);
  }

  async officerEvents(actor: string, since: number): Promise<{ action: string; at: number }[]> {
    return this.db
      .select({ action: auditEvents.action, at: auditEvents.at })
      .from(auditEvents)
      .where(and(eq(auditEvents.actor, actor), gte(auditEvents.at, since)))
      .orderBy(auditEvents.id);
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
