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
/** An officer's next "N new urgent cases" digest (the timer lives in the officer's own chat). */
export const DIGEST_TIMER_PREFIX = 'handoff:digest:';

export interface AlertLimits {
  /** New alerts one reporter may open per ALERT_OPEN_WINDOW_MS (ALERTS_PER_REPORTER). */
  alertsPerReporter: number;
  /**
   * New alerts of one office within STORM_WINDOW_MS past which officers get one digest instead of
   * one message per case (ALERT_DIGEST_THRESHOLD).
   */
  digestThreshold: number;
}

export const DEFAULT_ALERT_LIMITS: AlertLimits = { alertsPerReporter: 3, digestThreshold: 5 };

/**
 * Someone opening and erasing urgent cases in a loop raised 73 alerts a minute. A real reporter in
 * danger opens one, maybe two after a deletion; past the limit they still get the emergency numbers
 * at once (the flow sends those), only no new alert.
 */
const ALERT_OPEN_WINDOW_MS = 60 * 60_000;
/** "Many new urgent cases at once" is counted over this window. */
const STORM_WINDOW_MS = 5 * 60_000;
/**
 * A digest waits this long for more alerts to join it: short, because a genuine alert may be in
 * it; long enough that a flood becomes one message a second, not one per case.
 */
const DIGEST_DELAY_MS = 1_000;
/** Claim buttons on one digest; the rest are listed and claimed by typing `ambil <reference>`. */
const DIGEST_MAX_BUTTONS = 20;

export type AlertReason = 'urgent' | 'requested';

export class AlertRinger {
  private readonly limits: AlertLimits;

  constructor(private readonly ctx: HandoffContext) {
    this.limits = ctx.deps.alertLimits ?? DEFAULT_ALERT_LIMITS;
  }

  /**
   * After a reporter's step: a new alert signal opens an alert (or joins the open one), and an
   * alert that was waiting for the case's office starts ringing once the office is known.
   */
  afterStep(conversationId: string, signal: AlertReason | undefined, now: number): void {
    const { repos } = this.ctx;
    let alert = repos.alerts.active(conversationId);
    if (signal) {
      if (!alert) {
        alert = this.mayOpen(conversationId, now)
          ? repos.alerts.open({ conversationId, reason: signal, now })
          : undefined;
      } else if (alert.status === 'exhausted') {
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

  /**
   * One reporter, a few new alerts per window: a loop of urgent text, `hapus`, `ya` must not bury
   * the officers. Counted per conversation, and not forgotten by the deletion itself.
   */
  private mayOpen(conversationId: string, now: number): boolean {
    const { repos, deps } = this.ctx;
    const since = now - ALERT_OPEN_WINDOW_MS;
    if (repos.attempts.count('alert_opened', conversationId, since) >= this.limits.alertsPerReporter) {
      repos.alerts.auditHotline(now, 'alert_throttled');
      deps.logger.warn(
        { conversationId },
        'a reporter opened too many alerts in a short time; no new alert (the emergency numbers were sent)',
      );
      return false;
    }
    repos.attempts.record('alert_opened', [conversationId], now, since);
    return true;
  }

  /** A due alert timer: ring the next officer, or record that nobody answered. Returns false for other timers. */
  onTimer(name: string, token: number, now: number): boolean {
    if (name.startsWith(DIGEST_TIMER_PREFIX)) {
      this.sendDigest(name.slice(DIGEST_TIMER_PREFIX.length), now);
      return true;
    }
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
    // Many new alerts for one office at once: they go out as digests, one message a second per officer.
    const storm =
      alert.officeId !== null &&
      repos.alerts.sentForOfficeSince(alert.officeId, now - STORM_WINDOW_MS) >= this.limits.digestThreshold;
    const message = storm ? undefined : this.alertMessage(alert, found);
    for (let rung = alert.rung; rung < alert.chain.length; rung++) {
      const officerId = alert.chain[rung]!;
      if (storm) {
        const officerChat = this.ctx.officerConversation(officerId, now);
        if (officerChat === undefined) {
          audit(officerId, 'officer_unreachable');
          continue;
        }
        repos.alerts.update(alert.id, {
          rung: rung + 1,
          digestPending: true,
          updatedAt: now,
          ...(alert.firstSentAt ? {} : { firstSentAt: now }),
        });
        // The first alert of a storm sets the officer's digest; later ones join it, never delay it.
        const digest = `${DIGEST_TIMER_PREFIX}${officerId}`;
        if (!repos.timers.exists(officerChat, digest))
          repos.timers.set(officerChat, digest, 0, now + DIGEST_DELAY_MS);
      } else {
        // An alert goes ahead of every queue, whatever its reason, and never waits behind other
        // messages to the same officer (a long claim summary).
        const outboxId = this.ctx.toOfficer(officerId, message!, now, { urgent: true, standalone: true });
        if (outboxId === undefined) {
          audit(officerId, 'officer_unreachable');
          continue;
        }
        repos.alerts.linkMessage(alert.id, outboxId);
        repos.alerts.update(alert.id, {
          rung: rung + 1,
          ringOutboxId: outboxId,
          updatedAt: now,
          ...(alert.firstSentAt ? {} : { firstSentAt: now }),
        });
        audit(officerId, 'alert_sent');
      }
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
      const outboxId = this.ctx.toOfficer(
        officerId,
        {
          keys: [{ key: 'officer:alert.unanswered', params: { reference } }],
          options: [{ id: `claim:${alert.id}`, labelKey: 'officer:alert.claim' }],
        },
        now,
        { urgent: true, standalone: true },
      );
      if (outboxId !== undefined) repos.alerts.linkMessage(alert.id, outboxId);
    }
  }

  /**
   * One message for every alert waiting for this officer's digest: how many, and their references
   * (never a story), each with its claim button. Each alert's own deadline still runs, so a case
   * nobody takes passes to the next officer as usual.
   */
  private sendDigest(officerId: string, now: number): void {
    const { repos } = this.ctx;
    const waiting = repos.alerts.digestPendingFor(officerId);
    if (waiting.length === 0) return;
    const entries = waiting.map((alert) => ({ alert, reference: this.ctx.reference(alert.caseId) }));
    const keys: MessagePart[] = [
      { key: 'officer:alert.digest', params: { count: entries.length } },
      ...entries.map(({ alert, reference }, i) => ({
        key: 'officer:alert.digest_line',
        params: {
          reference,
          reason: {
            keys: [
              alert.reason === 'urgent' ? 'officer:alert.digest_urgent' : 'officer:alert.digest_requested',
            ],
          },
          office: alert.officeId ? (this.ctx.roster.officeName(alert.officeId) ?? '—') : '—',
        },
        line: i > 0,
      })),
      'officer:alert.digest_how',
    ];
    const options = entries
      .slice(0, DIGEST_MAX_BUTTONS)
      .map(({ alert, reference }) => ({ id: `claim:${alert.id}`, label: reference }));
    const outboxId = this.ctx.toOfficer(officerId, { keys, options }, now, {
      urgent: true,
      standalone: true,
    });
    for (const { alert } of entries) {
      repos.alerts.update(alert.id, {
        digestPending: false,
        updatedAt: now,
        ...(outboxId === undefined ? {} : { ringOutboxId: outboxId }),
      });
      if (outboxId === undefined) {
        repos.alerts.audit(now, officerId, 'officer_unreachable', alert);
        continue;
      }
      repos.alerts.linkMessage(alert.id, outboxId);
      repos.alerts.audit(now, officerId, 'alert_sent', alert);
      repos.alerts.audit(now, officerId, 'alert_digested', alert);
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
