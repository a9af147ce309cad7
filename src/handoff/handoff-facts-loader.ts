/**
 * Every read the handoff's decisions need, done before they run. The decisions (reporter-relay.ts,
 * officer-desk.ts, alert-ringer.ts) get plain facts and never touch storage; this file is the only
 * handoff file that reads the repositories.
 */
import type { AlertRow } from '../db/alert-repository.js';
import type { Repositories } from '../db/repositories.js';
import type { CaseView } from '../db/case-repository.js';
import type { Language } from '../engine/types.js';
import { ALERT_OPEN_WINDOW_MS, STORM_WINDOW_MS } from './alert-ringer.js';
import type {
  AlertFact,
  CaseSummaryFacts,
  DeskFacts,
  DigestFacts,
  ErasedFacts,
  RelayFacts,
  RingCase,
  RingFacts,
  SignalFacts,
} from './handoff-facts.js';
import type { OfficerChat } from './handoff-output.js';
import type { DeskIntent } from './officer-desk.js';
import type { OfficerOnDuty } from './officer-roster.js';

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

  /** An officer's message: the cases they hold and, for a claim, the alert it asks for. */
  desk(on: OfficerOnDuty, chat: OfficerChat, intent: DeskIntent): DeskFacts {
    const { alerts, cases } = this.repos;
    const held = alerts.claimedBy(on.officer.id).map((row) => this.fact(row));
    const facts: DeskFacts = { on, chat, held };
    let alertId: number | undefined;
    if (intent.kind === 'claim') alertId = intent.alertId;
    else if (intent.kind === 'claim_named') {
      const found = cases.findByReference(intent.reference);
      alertId = (found && alerts.activeOfCase(found.id)?.id) ?? Number.NaN;
    } else if (intent.kind === 'claim_newest' && held.length === 0)
      alertId = alerts.claimableBy(on.officer.id)[0]?.id ?? Number.NaN;
    if (alertId === undefined) return facts;
    const alert = Number.isInteger(alertId) ? this.alert(alerts.byId(alertId)) : undefined;
    const summary = alert?.conversationId ? this.summary(alert.conversationId, alert.caseId) : undefined;
    return { ...facts, claim: { alertId, alert, ...(summary ? { summary } : {}) } };
  }

  private summary(conversationId: string, caseId: string | null): CaseSummaryFacts {
    const found = caseId ? this.repos.cases.byId(caseId) : undefined;
    const conversation = this.repos.conversations.load<{ lang?: Language }>(conversationId);
    return {
      details: found?.details ?? {},
      reporterLanguage: conversation?.snapshot?.lang ?? 'id',
      outsideNotes: found ? this.repos.outsideNotes.ofCase(found.id).map((note) => note.text) : [],
    };
  }

  /** An alert signal: the conversation's active alert, and how many alerts it opened lately. */
  signal(conversationId: string, now: number): SignalFacts {
    return {
      alert: this.alert(this.repos.alerts.active(conversationId)),
      alertsOpenedRecently: this.repos.attempts.count(
        'alert_opened',
        conversationId,
        now - ALERT_OPEN_WINDOW_MS,
      ),
    };
  }

  /** After a reporter's step: the conversation's waiting alert and its newest case, if there is one. */
  waiting(conversationId: string, now: number): RingFacts | undefined {
    const alert = this.alert(this.repos.alerts.active(conversationId));
    if (alert?.status !== 'waiting') return undefined;
    const found = this.repos.cases.latest(conversationId);
    return this.ring(alert, found, found?.officeId ?? null, now);
  }

  /** An alert's deadline, by its id. */
  alertById(alertId: number, now: number): RingFacts | undefined {
    const alert = this.alert(this.repos.alerts.byId(alertId));
    return alert ? this.ringing(alert, now) : undefined;
  }

  /** An outbox row the dispatcher reported on: the alert it was the latest alert message of. */
  byRingOutbox(outboxId: number, now: number): RingFacts | undefined {
    const alert = this.alert(this.repos.alerts.byRingOutbox(outboxId));
    return alert ? this.ringing(alert, now) : undefined;
  }

  /** The alert whose latest alert message is this outbox row, without what ringing it needs. */
  alertOfRingOutbox(outboxId: number): AlertFact | undefined {
    return this.alert(this.repos.alerts.byRingOutbox(outboxId));
  }

  /** An officer's digest is due: the alerts waiting for it. */
  digest(officerId: string): DigestFacts {
    return { officerId, waiting: this.repos.alerts.digestPendingFor(officerId).map((row) => this.fact(row)) };
  }

  /** A ringing alert rings on; any other is left alone, so nothing more is read for it. */
  private ringing(alert: AlertFact, now: number): RingFacts {
    if (alert.status !== 'ringing')
      return { alert, found: undefined, officeAlertsSentRecently: 0, alertsSentBefore: 0 };
    const found = alert.caseId ? this.repos.cases.byId(alert.caseId) : undefined;
    return this.ring(alert, found, alert.officeId, now);
  }

  private ring(
    alert: AlertFact,
    found: CaseView | undefined,
    officeId: string | null,
    now: number,
  ): RingFacts {
    const { alerts } = this.repos;
    return {
      alert,
      found: found ? ringCase(found) : undefined,
      officeAlertsSentRecently: officeId ? alerts.sentForOfficeSince(officeId, now - STORM_WINDOW_MS) : 0,
      alertsSentBefore: alerts.auditTrail(alert.id).filter((event) => event.action === 'alert_sent').length,
    };
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

function ringCase(found: CaseView): RingCase {
  return {
    id: found.id,
    reference: found.reference,
    officeId: found.officeId,
    anonymized: found.anonymized,
    urgent: found.urgent,
    categories: found.categories,
    place: typeof found.details.place === 'string' ? found.details.place : undefined,
  };
}
