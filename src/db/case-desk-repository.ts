import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import { alerts, auditEvents, caseNotes, cases } from './schema.js';

/** Where officers are with a case: the UPTD PPA's own words, in the order a case moves. */
export const DESK_STATUSES = ['baru', 'ditangani', 'dirujuk', 'selesai'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** What the workspace audits (ids and times only, never text): reads, actions, sign-ins. */
export type DeskAuditAction =
  | 'case_viewed'
  | 'case_view_refused'
  | 'desk_status_changed'
  | 'desk_note_added'
  | 'signin_code_sent'
  | 'signin_code_throttled'
  | 'signed_in'
  | 'signin_refused'
  | 'signed_out'
  | 'sessions_ended'
  // The workspace's statistics, export and rota pages (src/workspace/statistics-*.ts, rota-*.ts).
  | 'stats_viewed'
  | 'stats_view_refused'
  | 'stats_exported'
  | 'stats_exported_with_contacts'
  | 'directory_reloaded'
  | 'directory_reload_failed'
  /** The conversation timeline on a case page was read (ids and times, like the page). */
  | 'timeline_viewed'
  /** The case went to another officer of its office (detail: the officer's id). */
  | 'desk_assigned'
  /** The case went to another office (detail: the office's id). */
  | 'desk_transferred'
  /** The follow-up day was set or cleared (detail: the day). */
  | 'desk_follow_up_set'
  /** The SIMFONI-PPA values were confirmed or edited (no values in the audit). */
  | 'desk_simfoni_saved'
  /** An evidence file was opened in the browser (detail: the file's id). */
  | 'evidence_opened';

/** What an audited workspace action may carry besides the ids: an id or a value from a fixed list, never text. */
export interface DeskAuditIds {
  caseId?: string;
  officeId?: string | null;
  detail?: string;
}

/** One line of a case's audit trail (oldest first). */
export interface DeskTrailEvent {
  actor: string;
  action: string;
  at: number;
  detail: string | null;
}

/** A case as the queue lists it: no text at all, and its newest alert or notice. */
export interface DeskCaseRow {
  id: string;
  reference: string;
  categories: string[];
  urgent: boolean;
  risk: 'high' | 'medium' | 'low' | null;
  regionCode: string | null;
  officeId: string | null;
  createdAt: number;
  deskStatus: DeskStatus;
  /** The day an officer means to follow the case up (YYYY-MM-DD, office zone), if set. */
  followUpOn: string | null;
  /** Where the report came from and its language (kept after erasure; null for older cases). */
  channel: string | null;
  language: string | null;
  /** The reporter deleted their data: the case is an anonymous count. */
  anonymized: boolean;
  alert: {
    id: number;
    reason: 'urgent' | 'requested' | 'notice';
    status: 'waiting' | 'ringing' | 'claimed' | 'exhausted' | 'closed';
    chain: string[];
    claimedBy: string | null;
    deadlineAt: number | null;
    /** The notice passed a deadline and went to the next level (supervisor, parent office). */
    escalated: boolean;
  } | null;
}

/** Which cases the queue reads: offices (undefined: all), a time range on arrival, at most `limit`. */
export interface DeskCaseFilter {
  officeIds?: readonly string[];
  from?: number;
  to?: number;
  limit: number;
}

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
  claimedBy: alerts.claimedBy,
  deadlineAt: alerts.deadlineAt,
  // A notice that went up a level has passed its deadline, whatever the next level's is.
  escalated: sql<unknown>`exists(select 1 from audit_events e where e.alert_id = ${alerts.id} and e.action = 'notice_overdue')`,
};

/** A queue row as either backend's driver returns it. */
export type RawDeskRow = Record<keyof typeof ROW, unknown>;

/** One joined row as the queue sees it (shared with PostgreSQL's adapter). */
export function deskCaseRow(raw: RawDeskRow): DeskCaseRow {
  const r = raw as {
    id: string;
    reference: string;
    categories: string[];
    urgent: boolean;
    risk: DeskCaseRow['risk'];
    regionCode: string | null;
    officeId: string | null;
    createdAt: number;
    deskStatus: DeskStatus;
    followUpOn: string | null;
    channel: string | null;
    language: string | null;
    conversationId: string | null;
    alertId: number | null;
    reason: NonNullable<DeskCaseRow['alert']>['reason'];
    status: NonNullable<DeskCaseRow['alert']>['status'];
    chain: string[] | null;
    claimedBy: string | null;
    deadlineAt: number | null;
    escalated: unknown;
  };
  return {
    id: r.id,
    reference: r.reference,
    categories: r.categories,
    urgent: Boolean(r.urgent),
    risk: r.risk,
    regionCode: r.regionCode,
    officeId: r.officeId,
    createdAt: Number(r.createdAt),
    deskStatus: r.deskStatus,
    followUpOn: r.followUpOn ?? null,
    channel: r.channel,
    language: r.language,
    anonymized: r.conversationId === null,
    alert:
      r.alertId === null
        ? null
        : {
            id: r.alertId,
            reason: r.reason,
            status: r.status,
            chain: r.chain ?? [],
            claimedBy: r.claimedBy,
            deadlineAt: r.deadlineAt === null ? null : Number(r.deadlineAt),
            escalated: r.escalated === true || r.escalated === 1,
          },
  };
}

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

/** The SIMFONI values as stored: field → chosen values (src/statistics/simfoni-vocabulary.ts names them). */
export type SimfoniStored = Record<string, string[]>;

/** References per query when reading the export's SIMFONI values (under SQLite's parameter limit). */
export const SIMFONI_BATCH = 500;

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
