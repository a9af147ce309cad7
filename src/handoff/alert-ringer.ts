/**
 * Puts a case in front of an officer: an alert waits until its case has an office, then rings the
 * escalation chain one officer at a time. Each officer has their office's ackTimeoutSeconds to
 * claim it; a durable timer (it survives a restart) then rings the next one. Officers alerted
 * earlier keep their claim button: whoever answers first takes the case.
 */
import type { AlertRow } from '../db/alert-repository.js';
import type { CaseView } from '../db/case-repository.js';
import type { Message, MessagePart } from '../engine/types.js';
import type { HandoffContext } from './handoff-context.js';

/** Timer names of alerts start with this; the worker hands such timers to the handoff. */
export const ALERT_TIMER_PREFIX = 'handoff:alert:';

export type AlertReason = 'urgent' | 'requested';

export class AlertRinger {
  constructor(private readonly ctx: HandoffContext) {}

  /**
   * After a reporter's step: a new alert signal opens an alert (or joins the open one), and an
   * alert that was waiting for the case's office starts ringing once the office is known.
   */
  afterStep(conversationId: string, signal: AlertReason | undefined, now: number): void {
    const { repos } = this.ctx;
    let alert = repos.alerts.active(conversationId);
    if (signal) {
      if (!alert) alert = repos.alerts.open({ conversationId, reason: signal, now });
      else if (alert.status === 'exhausted') {
        // Nobody answered before; a new signal rings again, with the rota as it is now.
        repos.alerts.update(alert.id, { status: 'waiting', reason: signal, rung: 0, updatedAt: now });
        alert = { ...alert, status: 'waiting', reason: signal, rung: 0 };
      } else if (alert.status === 'claimed' && signal === 'urgent') this.warnClaimer(alert, now);
      else if (alert.reason !== signal && signal === 'urgent') {
        repos.alerts.update(alert.id, { reason: 'urgent', updatedAt: now });
        alert = { ...alert, reason: 'urgent' };
      }
    }
    if (alert?.status !== 'waiting') return;
    const found = repos.cases.latest(conversationId);
    if (found?.officeId) this.startRinging(alert, found, now);
  }

  /** A due alert timer: ring the next officer, or record that nobody answered. Returns false for other timers. */
  onTimer(name: string, token: number, now: number): boolean {
    if (!name.startsWith(ALERT_TIMER_PREFIX)) return false;
    const alert = this.ctx.repos.alerts.byId(Number(name.slice(ALERT_TIMER_PREFIX.length)));
    // A claim, a close or an erasure since the timer was set makes it moot.
    if (alert?.status !== 'ringing' || alert.rung !== token) return true;
    if (alert.rung < alert.chain.length) this.ringNext(alert, now);
    else this.giveUp(alert, now);
    return true;
  }

  /**
   * The platform refused an outbox row for good (an officer who never started the bot, a blocked
   * bot, a wrong chat id). If it was the alert of the officer being rung now, ring the next one at
   * once instead of waiting out their acknowledgement time.
   */
  /** The platform accepted an alert message: audited apart from `alert_sent`, which means queued. */
  delivered(outboxId: number, now: number): void {
    const { repos } = this.ctx;
    const alert = repos.alerts.byRingOutbox(outboxId);
    if (!alert) return;
    repos.alerts.audit(now, alert.chain[alert.rung - 1] ?? 'hotline', 'alert_delivered', alert);
  }

  undeliverable(outboxId: number, now: number): void {
    const { repos, deps } = this.ctx;
    const alert = repos.alerts.byRingOutbox(outboxId);
    if (alert?.status !== 'ringing') return;
    const officerId = alert.chain[alert.rung - 1] ?? 'hotline';
    repos.alerts.audit(now, officerId, 'alert_undeliverable', alert);
    deps.logger.error(
      { alertId: alert.id, officerId },
      "an officer's alert could not be delivered; the next officer is alerted now. Check their chat id and that they started the bot",
    );
    if (alert.rung < alert.chain.length) this.ringNext(alert, now);
    else this.giveUp(alert, now);
  }

  private startRinging(alert: AlertRow, found: CaseView, now: number): void {
    const { repos, roster, deps } = this.ctx;
    const chain = roster.escalationChain(found.officeId!, new Date(now));
    const ringing = {
      ...alert,
      status: 'ringing' as const,
      caseId: found.id,
      officeId: found.officeId,
      chain,
    };
    repos.alerts.update(alert.id, {
      status: 'ringing',
      caseId: found.id,
      officeId: found.officeId,
      chain,
      updatedAt: now,
    });
    if (chain.length > 0) {
      this.ringNext(ringing, now);
      return;
    }
    repos.alerts.update(alert.id, { status: 'exhausted', updatedAt: now });
    repos.alerts.audit(now, 'hotline', 'no_officer_reachable', {
      id: alert.id,
      caseId: found.id,
      officeId: found.officeId,
    });
    const onCall = roster.escalationChain(found.officeId!, new Date(now), { reachableOnly: false });
    deps.logger.error(
      { alertId: alert.id, officeId: found.officeId, onCall: onCall.length },
      onCall.length > 0
        ? 'case needs an officer: officers are on call, but no running channel reaches them; set TELEGRAM_BOT_TOKEN or a WhatsApp channel'
        : 'case needs an officer but nobody is on call for its office or the offices above it; check the rota with `hotline oncall`',
    );
  }

  /**
   * Alerts the next officer of the chain who can be reached now. The chain was fixed when ringing
   * started; an officer whose channel no longer runs (a revoked token, say) is skipped and audited,
   * never waited for.
   */
  private ringNext(alert: AlertRow, now: number): void {
    const { repos, roster } = this.ctx;
    const found = alert.caseId ? repos.cases.byId(alert.caseId) : undefined;
    if (!found || found.anonymized) return;
    const audit = (actor: string, action: 'alert_sent' | 'officer_unreachable') =>
      repos.alerts.audit(now, actor, action, alert);
    const message = this.alertMessage(alert, found);
    for (let rung = alert.rung; rung < alert.chain.length; rung++) {
      const officerId = alert.chain[rung]!;
      // An alert goes ahead of every queue, whatever its reason, and never waits behind other
      // messages to the same officer (a long claim summary).
      const outboxId = this.ctx.toOfficer(officerId, message, now, { urgent: true, standalone: true });
      if (outboxId === undefined) {
        audit(officerId, 'officer_unreachable');
        continue;
      }
      repos.alerts.update(alert.id, {
        rung: rung + 1,
        ringOutboxId: outboxId,
        updatedAt: now,
        ...(alert.firstSentAt ? {} : { firstSentAt: now }),
      });
      audit(officerId, 'alert_sent');
      const waitSeconds = roster.officer(officerId)?.office.ackTimeoutSeconds ?? 300;
      repos.timers.set(
        alert.conversationId!,
        `${ALERT_TIMER_PREFIX}${alert.id}`,
        rung + 1,
        now + waitSeconds * 1000,
      );
      return;
    }
    repos.alerts.update(alert.id, { rung: alert.chain.length, updatedAt: now });
    this.giveUp(alert, now);
  }

  private giveUp(alert: AlertRow, now: number): void {
    const { repos, deps } = this.ctx;
    repos.alerts.update(alert.id, { status: 'exhausted', updatedAt: now });
    repos.alerts.audit(now, 'hotline', 'alert_unanswered', alert);
    deps.logger.error(
      { alertId: alert.id, officeId: alert.officeId, officers: alert.chain.length },
      'no officer claimed the case; every officer alerted can still claim it',
    );
    // One alert at a time found nobody: now everyone in the chain at once.
    const reference = this.ctx.reference(alert.caseId);
    for (const officerId of alert.chain) {
      this.ctx.toOfficer(
        officerId,
        {
          keys: [{ key: 'officer:alert.unanswered', params: { reference } }],
          options: [{ id: `claim:${alert.id}`, labelKey: 'officer:alert.claim' }],
        },
        now,
        { urgent: true, standalone: true },
      );
    }
  }

  /** The officer already talking to the reporter hears at once that they wrote a danger signal. */
  private warnClaimer(alert: AlertRow, now: number): void {
    if (!alert.claimedBy) return;
    this.ctx.toOfficer(
      alert.claimedBy,
      { keys: [{ key: 'officer:relay.urgent', params: { reference: this.ctx.reference(alert.caseId) } }] },
      now,
      { urgent: true },
    );
  }

  private alertMessage(alert: AlertRow, found: CaseView): Message {
    const office = alert.officeId ? this.ctx.roster.officeName(alert.officeId) : undefined;
    const place = typeof found.details.place === 'string' ? found.details.place : undefined;
    const keys: MessagePart[] = [
      { key: 'officer:alert.new', params: { reference: found.reference } },
      { key: found.urgent || alert.reason === 'urgent' ? 'officer:alert.urgent' : 'officer:alert.requested' },
      {
        key: 'officer:alert.details',
        params: {
          categories: { keys: found.categories.map((c) => `hotline:category.${c}`) },
          place: place ?? { keys: ['officer:alert.no_place'] },
          office: office ?? '—',
        },
      },
    ];
    const before = this.ctx.repos.alerts.auditTrail(alert.id).filter((e) => e.action === 'alert_sent').length;
    if (before > 0) keys.push({ key: 'officer:alert.escalated', params: { count: before }, line: true });
    return { keys, options: [{ id: `claim:${alert.id}`, labelKey: 'officer:alert.claim' }] };
  }
}
