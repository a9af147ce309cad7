/**
 * Every read the handoff's decisions need, done before they run. The decisions (reporter-relay.ts,
 * officer-desk.ts, alert-ringer.ts) get plain facts and never touch storage; this file is the only
 * handoff file that reads storage, through the ports of the message's unit of work.
 */
import type { AlertRow, CaseView, StoragePorts } from '../db/storage-ports.js';
import type { Language } from '../engine/types.js';
import { ALERT_OPEN_WINDOW_MS, STORM_WINDOW_MS } from './alert-limits.js';
import type {
  AlertFact,
  AnnounceFacts,
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
  constructor(private readonly repos: StoragePorts) {}

  /**
   * A reporter's message or exit: their conversation's active alert (`loaded`: read with the
   * conversation in this unit already).
   */
  async relay(conversationId: string, loaded?: { activeAlert: AlertRow | undefined }): Promise<RelayFacts> {
    const active = loaded ? loaded.activeAlert : await this.repos.alerts.active(conversationId);
    return { alert: await this.alert(active) };
  }

  /** A deletion request: the conversation's alerts still open. */
  async erased(conversationId: string): Promise<ErasedFacts> {
    return { alerts: await this.facts(await this.repos.alerts.openOf(conversationId)) };
  }

  /** An officer's message: the cases they hold and, for a claim, the alert it asks for. */
  async desk(on: OfficerOnDuty, chat: OfficerChat, intent: DeskIntent): Promise<DeskFacts> {
    const { alerts, cases } = this.repos;
    const held = await this.facts(await alerts.claimedBy(on.officer.id));
    const facts: DeskFacts = { on, chat, held };
    // Only where help or a refused named claim may show them: never on a button's claim, where
    // an urgent alert is being taken (whatever an officer with no case in hand writes is help).
    const mayShowWaiting =
      intent.kind === 'help' ||
      intent.kind === 'claim_named' ||
      (held.length === 0 && (intent.kind === 'write' || intent.kind === 'close'));
    if (mayShowWaiting)
      facts.waiting = (await this.facts(await alerts.claimableBy(on.officer.id))).map((a) => a.reference);
    let alertId: number | undefined;
    if (intent.kind === 'claim') alertId = intent.alertId;
    else if (intent.kind === 'claim_named') {
      const found = await cases.findByReference(intent.reference);
      alertId = (found && (await alerts.activeOfCase(found.id))?.id) ?? Number.NaN;
    } else if (intent.kind === 'claim_newest' && held.length === 0)
      alertId = (await alerts.claimableBy(on.officer.id))[0]?.id ?? Number.NaN;
    if (alertId === undefined) return facts;
    const alert = Number.isInteger(alertId) ? await this.alert(await alerts.byId(alertId)) : undefined;
    const summary = alert?.conversationId
      ? await this.summary(alert.conversationId, alert.caseId)
      : undefined;
    return { ...facts, claim: { alertId, alert, ...(summary ? { summary } : {}) } };
  }

  private async summary(conversationId: string, caseId: string | null): Promise<CaseSummaryFacts> {
    const found = caseId ? await this.repos.cases.byId(caseId) : undefined;
    const conversation = await this.repos.conversations.load<{ lang?: Language }>(conversationId);
    return {
      details: found?.details ?? {},
      reporterLanguage: conversation?.snapshot?.lang ?? 'id',
      outsideNotes: found ? (await this.repos.outsideNotes.ofCase(found.id)).map((note) => note.text) : [],
    };
  }

  /** An alert signal: the conversation's active alert, and how many alerts it opened lately. */
  async signal(conversationId: string, now: number): Promise<SignalFacts> {
    return {
      alert: await this.alert(await this.repos.alerts.active(conversationId)),
      alertsOpenedRecently: await this.repos.attempts.count(
        'alert_opened',
        conversationId,
        now - ALERT_OPEN_WINDOW_MS,
      ),
    };
  }

  /** After a reporter's step: the conversation's waiting alert and its newest case, if there is one. */
  async waiting(conversationId: string, now: number): Promise<RingFacts | undefined> {
    const alert = await this.alert(await this.repos.alerts.active(conversationId));
    if (alert?.status !== 'waiting') return undefined;
    const found = await this.repos.cases.latest(conversationId);
    return this.ring(alert, found, found?.officeId ?? null, now);
  }

  /** A case got its office: the conversation's newest case and whether an officer has it in view. */
  async announce(conversationId: string, now: number): Promise<AnnounceFacts> {
    const found = await this.repos.cases.latest(conversationId);
    return {
      found: found ? ringCase(found) : undefined,
      alert: await this.alert(await this.repos.alerts.active(conversationId)),
      caseAnnounced: found ? await this.repos.alerts.everOfCase(found.id) : false,
      alertsOpenedRecently: await this.repos.attempts.count(
        'alert_opened',
        conversationId,
        now - ALERT_OPEN_WINDOW_MS,
      ),
    };
  }

  /** An alert's deadline, by its id. */
  async alertById(alertId: number, now: number): Promise<RingFacts | undefined> {
    const alert = await this.alert(await this.repos.alerts.byId(alertId));
    return alert ? this.ringing(alert, now) : undefined;
  }

  /** An outbox row the dispatcher reported on: the alert it was the latest alert message of. */
  async byRingOutbox(outboxId: number, now: number): Promise<RingFacts | undefined> {
    const alert = await this.alert(await this.repos.alerts.byRingOutbox(outboxId));
    return alert ? this.ringing(alert, now) : undefined;
  }

  /** The alert whose latest alert message is this outbox row, without what ringing it needs. */
  async alertOfRingOutbox(outboxId: number): Promise<AlertFact | undefined> {
    return this.alert(await this.repos.alerts.byRingOutbox(outboxId));
  }

  /** An officer's digest is due: the alerts waiting for it. */
  async digest(officerId: string): Promise<DigestFacts> {
    return { officerId, waiting: await this.facts(await this.repos.alerts.digestPendingFor(officerId)) };
  }

  /**
   * A ringing alert rings on, and one nobody answered rings again (alert-ringer.ts, ringAgain); any
   * other is left alone, so nothing more is read for it.
   */
  private async ringing(alert: AlertFact, now: number): Promise<RingFacts> {
    if (alert.status !== 'ringing' && alert.status !== 'exhausted')
      return { alert, found: undefined, officeAlertsSentRecently: 0, alertsSentBefore: 0 };
    const found = alert.caseId ? await this.repos.cases.byId(alert.caseId) : undefined;
    return this.ring(alert, found, alert.officeId, now);
  }

  private async ring(
    alert: AlertFact,
    found: CaseView | undefined,
    officeId: string | null,
    now: number,
  ): Promise<RingFacts> {
    const { alerts } = this.repos;
    return {
      alert,
      found: found ? ringCase(found) : undefined,
      officeAlertsSentRecently: officeId
        ? await alerts.sentForOfficeSince(officeId, now - STORM_WINDOW_MS)
        : 0,
      alertsSentBefore: (await alerts.auditTrail(alert.id)).filter((event) => event.action === 'alert_sent')
        .length,
    };
  }

  private async alert(row: AlertRow | undefined): Promise<AlertFact | undefined> {
    return row ? this.fact(row) : undefined;
  }

  private async facts(rows: AlertRow[]): Promise<AlertFact[]> {
    const facts: AlertFact[] = [];
    for (const row of rows) facts.push(await this.fact(row));
    return facts;
  }

  private async fact(row: AlertRow): Promise<AlertFact> {
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
      deadlineAt: row.deadlineAt,
      // The case reference an officer knows the alert by.
      reference: row.caseId ? ((await this.repos.cases.referenceOf(row.caseId)) ?? '—') : '—',
    };
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
    risk: found.risk,
  };
}
