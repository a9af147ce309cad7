/**
 * What the handoff's decisions ask for, as data: the conversation worker's output executor
 * (src/conversations/output-executor.ts) performs them inside the message's transaction, beside the
 * engine's own outputs. A decision never writes; it returns these.
 */
import type { Language, Message } from '../engine/types.js';

/** Officers read the hotline in the offices' working language unless the directory says English. */
export const OFFICER_LANGUAGE: Language = 'id';

/** The ids an audit row of an alert carries (never text). */
export interface AlertIds {
  id: number;
  caseId: string | null;
  officeId: string | null;
}

/** The chat an officer wrote from: a reply goes back there, whatever the roster's preferred reach. */
export interface OfficerChat {
  id: string;
  channel: string;
  address: string;
}

/**
 * How an officer message is queued: `normal` in order with the rest; `urgent` ahead of every queue;
 * `alert` (alerts and digests, outbox priority 2) urgent and not behind earlier messages to the
 * same officer (a long claim summary).
 */
export type OfficerPriority = 'normal' | 'urgent' | 'alert';

/** What a decision changes on an alert (the executor stamps `updatedAt`). */
export type AlertPatch = Partial<{
  status: 'waiting' | 'ringing' | 'claimed' | 'exhausted' | 'closed';
  reason: 'urgent' | 'requested';
  caseId: string;
  deadlineAt: number | null;
  officeId: string;
  chain: string[];
  rung: number;
  reporterAwayAt: number | null;
  firstSentAt: number;
  closedAt: number;
  digestPending: boolean;
}>;

/** What the handoff audits about an alert (the audit_events actions it may write; ids only). */
export type HandoffAuditAction =
  | 'alert_sent'
  | 'alert_delivered'
  | 'officer_unreachable'
  | 'alert_undeliverable'
  | 'alert_unanswered'
  | 'no_officer_reachable'
  | 'claimed'
  | 'claim_refused'
  | 'message_to_reporter'
  | 'closed'
  | 'reporter_erased'
  | 'alert_throttled'
  | 'alert_digested'
  | 'notice_sent'
  | 'notice_overdue'
  | 'notice_unanswered';

/** What an officer did to a case outside any alert (ids only). */
export type CaseAuditAction = 'sender_blocked' | 'sender_unblocked' | 'block_refused';

export type HandoffOutput =
  /** To an officer, wherever the roster reaches them now, in their language. */
  | {
      type: 'officer_message';
      officerId: string;
      message: Message;
      priority: OfficerPriority;
      /**
       * The alerts this message belongs to: linked in `alert_messages` (withdrawn if the reporter
       * erases), and with `ring`, the alerts' latest alert message (its delivery is audited).
       */
      alerts?: { ids: number[]; ring: boolean };
    }
  /** A reporter's words (or location, or a note that media came) to the officer holding the case. */
  | { type: 'relay'; officerId: string; message: Message }
  /** Back into the chat an officer wrote from, in their language. */
  | { type: 'officer_reply'; chat: OfficerChat; language: Language; message: Message }
  /** To the reporter of a conversation, in the language they chose; `urgent` (the emergency numbers) ahead of every queue. */
  | { type: 'reporter_message'; conversationId: string; message: Message; urgent?: boolean }
  /** An officer takes an alert: it is theirs, and its ringing stops. */
  | { type: 'claim'; alertId: number; conversationId: string; officerId: string }
  /** A new alert for the conversation; counted against the reporter's alert limit. */
  | { type: 'alert_open'; conversationId: string; reason: 'urgent' | 'requested'; forgetCountsBefore: number }
  /** A non-urgent case gets its notice; counted against the reporter's alert limit like an alert. */
  | { type: 'notice_open'; conversationId: string; forgetCountsBefore: number }
  | { type: 'alert_update'; alertId: number; patch: AlertPatch }
  /** A timer in another conversation than the one stepping (an alert's deadline in the reporter's chat). */
  | { type: 'alert_timer'; conversationId: string; name: string; token: number; at: number }
  /** An officer's digest timer, in the officer's own chat; an existing one is kept (never delayed). */
  | { type: 'digest_timer'; officerId: string; name: string; at: number }
  | { type: 'alert_audit'; actor: string; action: HandoffAuditAction; alert: AlertIds }
  /** What the hotline did by itself outside any one alert (ids and times only). */
  | { type: 'hotline_audit'; action: HandoffAuditAction }
  /** The alert's officer messages not sent yet are withdrawn (`alert_withdrawn` when there were any). */
  | { type: 'withdraw_alert_messages'; alert: AlertIds }
  /** A deletion request: the conversation's alerts close and keep only anonymous counts. */
  | { type: 'alerts_erased'; conversationId: string }
  /** An officer blocks a case's sender until `until` (sender-block.ts); a new block replaces the old. */
  | { type: 'sender_block'; conversationId: string; until: number; officerId: string; caseId: string }
  /** An officer lifts a block before it ends. */
  | { type: 'sender_unblock'; conversationId: string }
  | { type: 'case_audit'; actor: string; action: CaseAuditAction; caseId: string; officeId: string | null }
  /** A line for the operators (ids and counts, never a reporter's words). */
  | { type: 'log'; level: 'info' | 'warn' | 'error'; fields: Record<string, unknown>; message: string };
