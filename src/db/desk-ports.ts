/**
 * The storage ports of the officer side and of the limits (see storage-ports.ts for the contract
 * they belong to): alerts and their audit, officer sessions, the case desk, anonymous statistics,
 * sliding-window attempts, sender blocks and notes from other chats.
 */
import type { AlertRow, AuditAction } from './alert-repository.js';
import type { AttemptScope } from './attempt-repository.js';
import type {
  DeskAccessEvent,
  DeskAccessFilter,
  DeskAuditAction,
  DeskAuditIds,
  DeskCaseFilter,
  DeskCaseRow,
  DeskStatus,
  DeskTrailEvent,
  SimfoniStored,
} from './desk-rows.js';
import type { CodeCheck, OfficerSessionRow } from './officer-session-repository.js';
import type { CaseStatQuery, CaseStatRow } from './statistics-repository.js';

export interface AlertPort {
  open(row: { conversationId: string; reason: AlertRow['reason']; now: number }): Promise<AlertRow>;
  active(conversationId: string): Promise<AlertRow | undefined>;
  byRingOutbox(outboxId: number): Promise<AlertRow | undefined>;
  byId(id: number): Promise<AlertRow | undefined>;
  recent(limit: number): Promise<(AlertRow & { reference: string | null })[]>;
  claimedBy(officerId: string): Promise<AlertRow[]>;
  claimableBy(officerId: string): Promise<AlertRow[]>;
  activeOfCase(caseId: string): Promise<AlertRow | undefined>;
  /** Whether any alert or notice was ever opened for this case (a case is announced once). */
  everOfCase(caseId: string): Promise<boolean>;
  sentForOfficeSince(officeId: string, since: number): Promise<number>;
  digestPendingFor(officerId: string): Promise<AlertRow[]>;
  linkMessage(alertId: number, outboxId: number): Promise<void>;
  messagesOf(alertId: number): Promise<number[]>;
  update(id: number, patch: Partial<Omit<AlertRow, 'id'>> & { updatedAt: number }): Promise<void>;
  /** The conversation's alerts still open (waiting, ringing, claimed or unanswered). */
  openOf(conversationId: string): Promise<AlertRow[]>;
  eraseConversation(conversationId: string, now: number): Promise<AlertRow[]>;
  audit(
    at: number,
    actor: string,
    action: AuditAction,
    alert: { id: number; caseId: string | null; officeId: string | null },
  ): Promise<void>;
  auditHotline(at: number, action: AuditAction, ids?: { caseId?: string; officeId?: string }): Promise<void>;
  /** What an officer did to a case outside any alert (a block): ids only. */
  auditCase(
    at: number,
    actor: string,
    action: AuditAction,
    ids: { caseId: string | null; officeId: string | null },
  ): Promise<void>;
  auditTrail(alertId: number): Promise<{ actor: string; action: string; at: number }[]>;
}

/** Anonymous case rows for the statistics and the SIMFONI-shaped export. */
export interface StatisticsPort {
  caseRows(query: CaseStatQuery): Promise<CaseStatRow[]>;
}

/** Sliding-window counters for rate limits (ids and times only). */
export interface AttemptPort {
  count(scope: AttemptScope, subject: string, since: number): Promise<number>;
  record(scope: AttemptScope, subjects: string[], at: number, forgetBefore: number): Promise<void>;
  eraseSubject(subject: string): Promise<void>;
}

export interface OutsideNotePort {
  add(row: { caseId: string; fromConversationId: string; text: string; now: number }): Promise<void>;
  ofCase(caseId: string): Promise<{ text: string; at: number }[]>;
  eraseOfCases(caseIds: string[]): Promise<void>;
  eraseFrom(conversationId: string): Promise<void>;
}

/**
 * Officers' blocks on abusive senders (`/blokir`), keyed by the conversation id: they end by
 * themselves at their time, and are read for every reporter message.
 */
export interface SenderBlockPort {
  /** Sets the conversation's block, replacing one already there. */
  set(row: {
    conversationId: string;
    until: number;
    officerId: string;
    caseId: string;
    now: number;
  }): Promise<void>;
  /** Lifts the block; whether one was in force at `now`. */
  clear(conversationId: string, now: number): Promise<boolean>;
  /** Until when the conversation is blocked, if a block is in force at `now`. */
  activeUntil(conversationId: string, now: number): Promise<number | undefined>;
  /** Forgets blocks that ended by `now`; how many. */
  forgetExpired(now: number): Promise<number>;
  eraseConversation(conversationId: string): Promise<void>;
}

/**
 * The officer workspace's sign-in (src/workspace): one-time codes sent through the bot and short
 * sessions. Codes and session ids are handed in plain and stored only as keyed hashes.
 */
export interface OfficerSessionPort {
  /** The officer's new code, replacing one not used yet. */
  putCode(row: { officerId: string; code: string; expiresAt: number; now: number }): Promise<void>;
  /** `ok` uses the code up; `wrong` counts a failure (the code is dropped at `maxFailures`). */
  checkCode(officerId: string, code: string, now: number, maxFailures: number): Promise<CodeCheck>;
  open(row: { sessionId: string; officerId: string; now: number; expiresAt: number }): Promise<void>;
  /** The session, if it has not ended by `now`. */
  find(sessionId: string, now: number): Promise<OfficerSessionRow | undefined>;
  touch(sessionId: string, lastSeenAt: number, expiresAt: number): Promise<void>;
  /** Sign-out: whether there was such a session. */
  end(sessionId: string): Promise<boolean>;
  /** An administrator ends an officer's sessions (or everyone's): how many. */
  endOfficer(officerId: string): Promise<number>;
  endAll(): Promise<number>;
  live(now: number): Promise<OfficerSessionRow[]>;
  forgetExpired(now: number): Promise<number>;
}

/**
 * The officer workspace's view of cases: the queue (no text), a case's workflow status, officers'
 * internal notes (encrypted, never sent to the reporter) and the workspace's audit (ids only).
 */
export interface CaseDeskPort {
  list(filter: DeskCaseFilter): Promise<DeskCaseRow[]>;
  one(caseId: string): Promise<DeskCaseRow | undefined>;
  setStatus(caseId: string, status: DeskStatus, now: number): Promise<void>;
  addNote(row: { caseId: string; officerId: string; text: string; now: number }): Promise<void>;
  notes(caseId: string): Promise<{ officerId: string; text: string; at: number }[]>;
  eraseNotesOfCases(caseIds: string[]): Promise<void>;
  audit(at: number, actor: string, action: DeskAuditAction, ids?: DeskAuditIds): Promise<void>;
  /** Everything audited about a case, oldest first (actors, actions, times, the id an action was about). */
  trail(caseId: string): Promise<DeskTrailEvent[]>;
  officerEvents(actor: string, since: number): Promise<{ action: string; at: number }[]>;
  /** The offices of cases not closed yet (`selesai`): a directory without one of them strands its cases. */
  openOfficeIds(): Promise<string[]>;
  /** What officers did and opened (the workspace's access log): ids, actions, times, references. */
  accessLog(filter: DeskAccessFilter): Promise<DeskAccessEvent[]>;
  /** A transfer: the case's office changes (its alerts are the handoff's to close and open). */
  setOffice(caseId: string, officeId: string, now: number): Promise<void>;
  /** The follow-up day (YYYY-MM-DD in the office's zone), or null to clear it. */
  setFollowUp(caseId: string, day: string | null, now: number): Promise<void>;
  /** The SIMFONI-PPA values an officer confirmed, stored encrypted (the victim's age and sex). */
  setSimfoni(caseId: string, values: SimfoniStored, now: number): Promise<void>;
  simfoni(caseId: string): Promise<SimfoniStored | undefined>;
  /** The confirmed values of the cases with these references (the SIMFONI export). */
  simfoniOf(references: readonly string[]): Promise<Map<string, SimfoniStored>>;
}
