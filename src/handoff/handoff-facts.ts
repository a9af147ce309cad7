/**
 * What the handoff's decisions read, loaded before they run (handoff-facts-loader.ts holds every
 * read). Plain data: a decision given the same facts and input always answers the same.
 */

import type { Language } from '../engine/types.js';
import type { OfficerChat } from './handoff-output.js';
import type { OfficerOnDuty } from './officer-roster.js';

export type AlertStatus = 'waiting' | 'ringing' | 'claimed' | 'exhausted' | 'closed';

/** An alert as the decisions see it, with the case reference officers know it by. */
export interface AlertFact {
  id: number;
  /** The reporter's conversation; null once the reporter deleted their data. */
  conversationId: string | null;
  caseId: string | null;
  officeId: string | null;
  /** `notice`: a non-urgent case announced to its office (case-notice.ts), not rung officer by officer. */
  reason: 'urgent' | 'requested' | 'notice';
  status: AlertStatus;
  /** Officer ids in escalation order, fixed when the alert started ringing. */
  chain: string[];
  /** How many of `chain` have been alerted so far. */
  rung: number;
  claimedBy: string | null;
  reporterAwayAt: number | null;
  firstSentAt: number | null;
  /** A notice's current deadline (null for an urgent alert). */
  deadlineAt: number | null;
  /** The case reference ("K7M-4PX"), or "—" when the alert has no case yet. */
  reference: string;
}

/** A reporter's message or exit, and the alert of their conversation an officer may hold. */
export interface RelayFacts {
  /** The conversation's alert that is waiting, ringing, claimed or unanswered, if any. */
  alert: AlertFact | undefined;
}

/** A deletion request: the conversation's alerts that are still open. */
export interface ErasedFacts {
  alerts: AlertFact[];
}

/** An officer's message: who they are, where they wrote from, the cases they hold, the alert they claim. */
export interface DeskFacts {
  on: OfficerOnDuty;
  chat: OfficerChat;
  /** Alerts the officer holds now, the most recently claimed first. */
  held: AlertFact[];
  /**
   * References of the cases waiting for this officer to take them, newest first: loaded for help
   * and claims only (a relayed message does not need them).
   */
  waiting?: string[];
  /** A claim: the alert asked for (NaN when the words named none) and what its summary shows. */
  claim?: { alertId: number; alert: AlertFact | undefined; summary?: CaseSummaryFacts };
}

/** What a claim summary shows of a case: the reporter's words, their language, notes from elsewhere. */
export interface CaseSummaryFacts {
  /** The case's free-text details (story, notes, place, evidence), decrypted. */
  details: Record<string, unknown>;
  reporterLanguage: Language;
  /** Notes other chats left under the case's reference: shown apart, labelled unverified. */
  outsideNotes: string[];
}

/** An alert signal from a reporter's step: their active alert, and how many they opened lately. */
export interface SignalFacts {
  alert: AlertFact | undefined;
  /** Alerts this conversation opened within ALERT_OPEN_WINDOW_MS (alert-ringer.ts). */
  alertsOpenedRecently: number;
}

/** The case an alert is about, as the alert message shows it. */
export interface RingCase {
  id: string;
  reference: string;
  officeId: string | null;
  anonymized: boolean;
  urgent: boolean;
  categories: string[];
  place: string | undefined;
  risk: 'high' | 'medium' | 'low' | null;
}

/** After a reporter's step that gave a case its office: whether an officer already has it in view. */
export interface AnnounceFacts {
  /** The conversation's newest case. */
  found: RingCase | undefined;
  /** The conversation's alert that is waiting, ringing, claimed or unanswered, if any. */
  alert: AlertFact | undefined;
  /** An alert or notice was ever opened for this case (announced once, whatever became of it). */
  caseAnnounced: boolean;
  /** Alerts and notices this conversation opened within ALERT_OPEN_WINDOW_MS (alert-ringer.ts). */
  alertsOpenedRecently: number;
}

/** Ringing an alert: the alert, its case, and the counts that choose between one message and a digest. */
export interface RingFacts {
  alert: AlertFact;
  found: RingCase | undefined;
  /** Alerts of the case's office first put in front of an officer within STORM_WINDOW_MS. */
  officeAlertsSentRecently: number;
  /** `alert_sent` already audited for this alert: the message says it was escalated. */
  alertsSentBefore: number;
}

/** An officer's digest is due: the alerts waiting for it, oldest first. */
export interface DigestFacts {
  officerId: string;
  waiting: AlertFact[];
}
