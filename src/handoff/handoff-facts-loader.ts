/**
 * Every read the handoff's decisions need, done before they run. The decisions (reporter-relay.ts,
 * officer-desk.ts, alert-ringer.ts) get plain facts and never touch storage; this file is the only
 * handoff file that reads the repositories.
 */
import type { AlertRow } from '../db/alert-repository.js';
import type { Repositories } from '../db/repositories.js';
import type { AlertFact, ErasedFacts, RelayFacts } from './handoff-facts.js';

export class HandoffFactsLoader {
  constructor(private readonly repos: Repositories) {}

  /** A reporter's message or exit: their conversation's active alert. */
  relay(conversationId: string): RelayFacts {
    return { alert: this.alert(this.repos.alerts.active(conversationId)) };
  }

  /** A deletion request: the conversation's alerts still open. */
  erased(conversationId: string): ErasedFacts {
    return { alerts: this.repos.alerts.openOf(conversationId).map((row) => this.fact(row)) };
  }

  protected alert(row: AlertRow | undefined): AlertFact | undefined {
    return row ? this.fact(row) : undefined;
  }

  protected fact(row: AlertRow): AlertFact {
    return {
      id: row.id,
      conversationId: row.conversationId,
      caseId: row.caseId,
      officeId: row.officeId,
      reason: row.reason,
      status: row.status,
      chain: row.chain,
      rung: row.rung,
      claimedBy: row.claimedBy,
      reporterAwayAt: row.reporterAwayAt,
      firstSentAt: row.firstSentAt,
      reference: this.reference(row.caseId),
    };
  }

  /** The case reference an officer knows the alert by. */
  protected reference(caseId: string | null): string {
    if (!caseId) return '—';
    return this.repos.cases.referenceOf(caseId) ?? '—';
  }
}
