/**
 * What the handoff's decisions read, loaded before they run (handoff-facts-loader.ts holds every
 * read). Plain data: a decision given the same facts and input always answers the same.
 */

export type AlertStatus = 'waiting' | 'ringing' | 'claimed' | 'exhausted' | 'closed';

/** An alert as the decisions see it, with the case reference officers know it by. */
export interface AlertFact {
  id: number;
  /** The reporter's conversation; null once the reporter deleted their data. */
  conversationId: string | null;
  caseId: string | null;
  officeId: string | null;
  reason: 'urgent' | 'requested';
  status: AlertStatus;
  /** Officer ids in escalation order, fixed when the alert started ringing. */
  chain: string[];
  /** How many of `chain` have been alerted so far. */
  rung: number;
  claimedBy: string | null;
  reporterAwayAt: number | null;
  firstSentAt: number | null;
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
