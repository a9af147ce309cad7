/**
 * What the case desk stores and reads, on either backend: the officers' statuses, the audited
 * actions, a queue row and its filter, the SIMFONI values; and how a row as a driver returns it
 * becomes a queue row.
 */

/** Where officers are with a case: the UPTD PPA's own words, in the order a case moves. */
export const DESK_STATUSES = ['baru', 'ditangani', 'dirujuk', 'selesai'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** What the workspace audits (ids and times only, never text): reads, actions, sign-ins. */
export const DESK_AUDIT_ACTIONS = [
  'case_viewed',
  'case_view_refused',
  'desk_status_changed',
  'desk_note_added',
  'signin_code_sent',
  'signin_code_throttled',
  'signed_in',
  'signin_refused',
  'signed_out',
  'sessions_ended',
  // The workspace's statistics, export and rota pages (src/workspace/statistics-*.ts, rota-*.ts).
  'stats_viewed',
  'stats_view_refused',
  'stats_exported',
  'stats_exported_with_contacts',
  'directory_reloaded',
  'directory_reload_failed',
  /** The conversation timeline on a case page was read (ids and times, like the page). */
  'timeline_viewed',
  /** The timeline was shown with the phone numbers and e-mail addresses the reporter typed. */
  'contacts_revealed',
  /** The case went to another officer of its office (detail: the officer's id). */
  'desk_assigned',
  /** The case went to another office (detail: the office's id). */
  'desk_transferred',
  /** The follow-up day was set or cleared (detail: the day). */
  'desk_follow_up_set',
  /** The SIMFONI-PPA values were confirmed or edited (no values in the audit). */
  'desk_simfoni_saved',
  /** An evidence file was opened in the browser (detail: the file's id). */
  'evidence_opened',
  /** The access log was read (detail: the officer asked about, if one), or refused. */
  'access_log_viewed',
  'access_log_refused',
] as const;
export type DeskAuditAction = (typeof DESK_AUDIT_ACTIONS)[number];

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

/** One audited action as the access log lists it: who, what, when, and the case it was about. */
export interface DeskAccessEvent {
  actor: string;
  action: string;
  at: number;
  /** The case's reference, when the action was about a case. */
  reference: string | null;
  detail: string | null;
}

/** Which audited actions the access log reads: of these actors (all when left out), newest first. */
export interface DeskAccessFilter {
  actors?: readonly string[];
  since: number;
  limit: number;
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
    /** The officers of `chain` alerted so far (an urgent alert rings them one at a time). */
    told: string[];
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

/** The SIMFONI values as stored: field → chosen values (src/statistics/simfoni-vocabulary.ts names them). */
export type SimfoniStored = Record<string, string[]>;

/** References per query when reading the export's SIMFONI values (under SQLite's parameter limit). */
export const SIMFONI_BATCH = 500;

/** A queue row as either backend's driver returns it. */
export type RawDeskRow = Record<string, unknown>;

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
    rung: number | null;
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
            told: (r.chain ?? []).slice(0, Number(r.rung ?? 0)),
            claimedBy: r.claimedBy,
            deadlineAt: r.deadlineAt === null ? null : Number(r.deadlineAt),
            escalated: r.escalated === true || r.escalated === 1,
          },
  };
}
