/**
 * Puts a case in front of an officer, as pure decisions over facts loaded beforehand
 * (handoff-facts-loader.ts): an alert waits until its case has an office, then rings the
 * escalation chain one officer at a time. Each officer has their office's ackTimeoutSeconds to
 * claim it; a durable timer (it survives a restart) then rings the next one. Officers alerted
 * earlier keep their claim button: whoever answers first takes the case.
 */
import type { Message, MessagePart } from '../engine/types.js';
import {
  ALERT_OPEN_WINDOW_MS,
  ALERT_TIMER_PREFIX,
  type AlertLimits,
  type AlertReason,
  DIGEST_TIMER_PREFIX,
} from './alert-limits.js';
import type { AlertFact, RingFacts, SignalFacts } from './handoff-facts.js';
import type { HandoffOutput } from './handoff-output.js';
import type { OfficerRoster } from './officer-roster.js';

/**
 * A digest waits this long for more alerts to join it: short, because a genuine alert may be in
 * it; long enough that a flood becomes one message a second, not one per case.
 */
const DIGEST_DELAY_MS = 1_000;
/** The ids an audit row of an alert carries. */
export const ids = (alert: AlertFact) => ({ id: alert.id, caseId: alert.caseId, officeId: alert.officeId });

/**
 * After a reporter's step with an alert signal: open an alert (or join the open one). One reporter,
 * a few new alerts per window: a loop of urgent text, `hapus`, `ya` must not bury the officers;
 * counted per conversation, and not forgotten by the deletion itself.
 */
export function decideSignal(
  facts: SignalFacts,
  conversationId: string,
  signal: AlertReason,
  limits: AlertLimits,
  now: number,
): HandoffOutput[] {
  const { alert } = facts;
  if (!alert) {
    if (facts.alertsOpenedRecently >= limits.alertsPerReporter)
      return [
        { type: 'hotline_audit', action: 'alert_throttled' },
        {
          type: 'log',
          level: 'warn',
          fields: { conversationId },
          message:
            'a reporter opened too many alerts in a short time; no new alert (the emergency numbers were sent)',
        },
      ];
    return [
      { type: 'alert_open', conversationId, reason: signal, forgetCountsBefore: now - ALERT_OPEN_WINDOW_MS },
    ];
  }
  // A non-urgent case's notice becomes an alert when its reporter is in danger or asks for someone:
  // it rings the escalation chain from the start (those told of the notice can still claim it).
  if (alert.reason === 'notice' && alert.status !== 'claimed')
    return [
      {
        type: 'alert_update',
        alertId: alert.id,
        patch: { status: 'waiting', reason: signal, chain: [], rung: 0, deadlineAt: null },
      },
    ];
  // Nobody answered before; a new signal rings again, with the rota as it is now.
  if (alert.status === 'exhausted')
    return [
      { type: 'alert_update', alertId: alert.id, patch: { status: 'waiting', reason: signal, rung: 0 } },
    ];
  if (alert.status === 'claimed' && signal === 'urgent') return warnClaimer(alert);
  if (alert.reason !== signal && signal === 'urgent')
    return [{ type: 'alert_update', alertId: alert.id, patch: { reason: 'urgent' } }];
  return [];
}

/** The officer already talking to the reporter hears at once that they wrote a danger signal. */
function warnClaimer(alert: AlertFact): HandoffOutput[] {
  if (!alert.claimedBy) return [];
  return [
    {
      type: 'officer_message',
      officerId: alert.claimedBy,
      message: { keys: [{ key: 'officer:relay.urgent', params: { reference: alert.reference } }] },
      priority: 'urgent',
    },
  ];
}

/** An alert waiting for its case's office starts ringing once the office is known. */
export function decideStartRinging(
  facts: RingFacts,
  roster: OfficerRoster,
  limits: AlertLimits,
  now: number,
): HandoffOutput[] {
  const { alert, found } = facts;
  if (alert.status !== 'waiting' || !found?.officeId) return [];
  const chain = roster.escalationChain(found.officeId, new Date(now));
  const outputs: HandoffOutput[] = [
    {
      type: 'alert_update',
      alertId: alert.id,
      patch: { status: 'ringing', caseId: found.id, officeId: found.officeId, chain },
    },
  ];
  const ringing: AlertFact = {
    ...alert,
    status: 'ringing',
    caseId: found.id,
    officeId: found.officeId,
    chain,
    reference: found.reference,
  };
  if (chain.length > 0) return [...outputs, ...ringNext({ ...facts, alert: ringing }, roster, limits, now)];
  const onCall = roster.escalationChain(found.officeId, new Date(now), { reachableOnly: false });
  return [
    ...outputs,
    // The reporter was asked where they are "to connect you to the nearest officer".
    ...notForwarded(alert, roster.officeName(found.officeId) ?? found.officeId),
    { type: 'alert_update', alertId: alert.id, patch: { status: 'exhausted' } },
    {
      type: 'alert_audit',
      actor: 'hotline',
      action: 'no_officer_reachable',
      alert: { id: alert.id, caseId: found.id, officeId: found.officeId },
    },
    {
      type: 'log',
      level: 'error',
      fields: { alertId: alert.id, officeId: found.officeId, onCall: onCall.length },
      message:
        onCall.length > 0
          ? 'case needs an officer: officers are on call, but no running channel reaches them; set TELEGRAM_BOT_TOKEN or a WhatsApp channel'
          : 'case needs an officer but nobody is on call for its office or the offices above it; check the rota with `hotline oncall`',
    },
  ];
}

/**
 * No officer of the case's office or the offices above it can be reached now: the reporter hears
 * that, and whom to call (the contacts shown, 112), rather than nothing. Urgent or not.
 */
export function notForwarded(alert: Pick<AlertFact, 'conversationId'>, office: string): HandoffOutput[] {
  if (!alert.conversationId) return [];
  return [
    {
      type: 'reporter_message',
      conversationId: alert.conversationId,
      message: { keys: [{ key: 'hotline:notice.not_forwarded', params: { office } }] },
    },
  ];
}

/** An alert nobody claimed rings again after this long (ringAgain). */
export const UNANSWERED_REPEAT_MS = 15 * 60_000;
/** How long after its first alert an unclaimed alert keeps ringing again. */
const UNANSWERED_REPEAT_FOR_MS = 24 * 60 * 60_000;
/** A repeat timer's token; a ringing alert's tokens are its rung, 1 and above. */
const REPEAT_TOKEN = -1;

/** A due alert timer: ring the next officer, or record that nobody answered. */
export function decideAlertTimer(
  facts: RingFacts | undefined,
  token: number,
  roster: OfficerRoster,
  limits: AlertLimits,
  now: number,
): HandoffOutput[] {
  if (token === REPEAT_TOKEN)
    return facts?.alert.status === 'exhausted' ? ringAgain(facts, roster, limits, now) : [];
  // A claim, a close or an erasure since the timer was set makes it moot.
  if (facts?.alert.status !== 'ringing' || facts.alert.rung !== token) return [];
  return nextOrGiveUp(facts, roster, limits, now);
}

/**
 * An alert nobody claimed rings again every UNANSWERED_REPEAT_MS, from the top of the chain as the
 * rota stands then, until someone claims or closes it (officer trial: after one reminder an
 * unclaimed urgent child case went silent, and the next shift was never told). With nobody
 * reachable now it only looks again later. For a day after its first alert, no longer.
 */
function ringAgain(
  facts: RingFacts,
  roster: OfficerRoster,
  limits: AlertLimits,
  now: number,
): HandoffOutput[] {
  const { alert, found } = facts;
  if (!found?.officeId || !alert.conversationId || found.anonymized) return [];
  if (roster.escalationChain(found.officeId, new Date(now)).length === 0) return repeatLater(alert, now);
  const waiting: RingFacts = { ...facts, alert: { ...alert, status: 'waiting', rung: 0 } };
  return [
    { type: 'alert_update', alertId: alert.id, patch: { status: 'waiting', rung: 0 } },
    ...decideStartRinging(waiting, roster, limits, now),
  ];
}

/** The timer of the next repeat, while the alert is younger than UNANSWERED_REPEAT_FOR_MS. */
function repeatLater(alert: AlertFact, now: number): HandoffOutput[] {
  if (!alert.conversationId || now - (alert.firstSentAt ?? now) >= UNANSWERED_REPEAT_FOR_MS) return [];
  return [
    {
      type: 'alert_timer',
      conversationId: alert.conversationId,
      name: `${ALERT_TIMER_PREFIX}${alert.id}`,
      token: REPEAT_TOKEN,
      at: now + UNANSWERED_REPEAT_MS,
    },
  ];
}

/** The platform accepted an alert message: audited apart from `alert_sent`, which means queued. */
export function decideDelivered(alert: AlertFact | undefined): HandoffOutput[] {
  if (!alert) return [];
  return [
    {
      type: 'alert_audit',
      actor: alert.chain[alert.rung - 1] ?? 'hotline',
      action: 'alert_delivered',
      alert: ids(alert),
    },
  ];
}

/**
 * The platform refused an outbox row for good (an officer who never started the bot, a blocked
 * bot, a wrong chat id). If it was the alert of the officer being rung now, ring the next one at
 * once instead of waiting out their acknowledgement time.
 */
export function decideUndeliverable(
  facts: RingFacts | undefined,
  roster: OfficerRoster,
  limits: AlertLimits,
  now: number,
): HandoffOutput[] {
  if (facts?.alert.status !== 'ringing') return [];
  const { alert } = facts;
  const officerId = alert.chain[alert.rung - 1] ?? 'hotline';
  return [
    { type: 'alert_audit', actor: officerId, action: 'alert_undeliverable', alert: ids(alert) },
    {
      type: 'log',
      level: 'error',
      fields: { alertId: alert.id, officerId },
      message:
        "an officer's alert could not be delivered; the next officer is alerted now. Check their chat id and that they started the bot",
    },
    ...nextOrGiveUp(facts, roster, limits, now),
  ];
}

function nextOrGiveUp(
  facts: RingFacts,
  roster: OfficerRoster,
  limits: AlertLimits,
  now: number,
): HandoffOutput[] {
  return facts.alert.rung < facts.alert.chain.length
    ? ringNext(facts, roster, limits, now)
    : giveUp(facts, roster, now);
}

/**
 * Alerts the next officer of the chain who can be reached now. The chain was fixed when ringing
 * started; an officer whose channel no longer runs (a revoked token, say) is skipped and audited,
 * never waited for.
 */
function ringNext(
  facts: RingFacts,
  roster: OfficerRoster,
  limits: AlertLimits,
  now: number,
): HandoffOutput[] {
  const { alert, found } = facts;
  if (!found || found.anonymized) return [];
  const outputs: HandoffOutput[] = [];
  const audit = (actor: string, action: 'alert_sent' | 'officer_unreachable') =>
    outputs.push({ type: 'alert_audit', actor, action, alert: ids(alert) });
  // Many new alerts for one office at once: they go out as digests, one message a second per officer.
  const storm = alert.officeId !== null && facts.officeAlertsSentRecently >= limits.digestThreshold;
  const firstSent = alert.firstSentAt ? {} : { firstSentAt: now };
  for (let rung = alert.rung; rung < alert.chain.length; rung++) {
    const officerId = alert.chain[rung]!;
    if (!roster.reach(officerId)) {
      audit(officerId, 'officer_unreachable');
      continue;
    }
    if (storm) {
      outputs.push({
        type: 'alert_update',
        alertId: alert.id,
        patch: { rung: rung + 1, digestPending: true, ...firstSent },
      });
      // The first alert of a storm sets the officer's digest; later ones join it, never delay it.
      outputs.push({
        type: 'digest_timer',
        officerId,
        name: `${DIGEST_TIMER_PREFIX}${officerId}`,
        at: now + DIGEST_DELAY_MS,
      });
    } else {
      // An alert goes ahead of every queue, whatever its reason, and never waits behind other
      // messages to the same officer (a long claim summary).
      outputs.push(
        {
          type: 'officer_message',
          officerId,
          message: alertMessage(facts, roster, limits.workspaceUrl),
          priority: 'alert',
          alerts: { ids: [alert.id], ring: true },
        },
        { type: 'alert_update', alertId: alert.id, patch: { rung: rung + 1, ...firstSent } },
      );
      audit(officerId, 'alert_sent');
    }
    const waitSeconds = roster.officer(officerId)?.office.ackTimeoutSeconds ?? 300;
    outputs.push({
      type: 'alert_timer',
      conversationId: alert.conversationId!,
      name: `${ALERT_TIMER_PREFIX}${alert.id}`,
      token: rung + 1,
      at: now + waitSeconds * 1000,
    });
    return outputs;
  }
  outputs.push({ type: 'alert_update', alertId: alert.id, patch: { rung: alert.chain.length } });
  return [...outputs, ...giveUp({ ...facts, alert }, roster, now)];
}

function giveUp(facts: RingFacts, roster: OfficerRoster, now: number): HandoffOutput[] {
  const { alert } = facts;
  const outputs: HandoffOutput[] = [
    ...repeatLater(alert, now),
    { type: 'alert_update', alertId: alert.id, patch: { status: 'exhausted' } },
    { type: 'alert_audit', actor: 'hotline', action: 'alert_unanswered', alert: ids(alert) },
    {
      type: 'log',
      level: 'error',
      fields: { alertId: alert.id, officeId: alert.officeId, officers: alert.chain.length },
      message: 'no officer claimed the case; every officer alerted can still claim it',
    },
  ];
  // One alert at a time found nobody: now everyone in the chain at once.
  for (const officerId of alert.chain)
    outputs.push({
      type: 'officer_message',
      officerId,
      message: {
        // With what the first alert said (night-shift trial: on a phone the reminder was only a
        // reference, and the officer scrolled back for "MENDESAK", the kind and the place).
        keys: [
          { key: 'officer:alert.unanswered', params: { reference: alert.reference } },
          ...alertDetails(facts, roster),
        ],
        options: [{ id: `claim:${alert.id}`, labelKey: 'officer:alert.claim' }],
      },
      priority: 'alert',
      alerts: { ids: [alert.id], ring: false },
    });
  return outputs;
}

/** Urgent or asked for, then kind, place and office: what every alert about the case repeats. */
function alertDetails(facts: RingFacts, roster: OfficerRoster): MessagePart[] {
  const { alert, found } = facts;
  if (!found) return [];
  const office = alert.officeId ? roster.officeName(alert.officeId) : undefined;
  return [
    { key: found.urgent || alert.reason === 'urgent' ? 'officer:alert.urgent' : 'officer:alert.requested' },
    {
      key: 'officer:alert.details',
      params: {
        categories: { keys: found.categories.map((c) => `hotline:category.${c}`) },
        place: found.place ?? { keys: ['officer:alert.no_place'] },
        office: office ?? '—',
      },
    },
  ];
}

function alertMessage(facts: RingFacts, roster: OfficerRoster, workspaceUrl: string | undefined): Message {
  const found = facts.found!;
  const keys: MessagePart[] = [
    { key: 'officer:alert.new', params: { reference: found.reference } },
    ...alertDetails(facts, roster),
  ];
  const before = facts.alertsSentBefore;
  if (before > 0) keys.push({ key: 'officer:alert.escalated', params: { count: before }, line: true });
  // As under a notice: the case's page in the workspace, for an officer at a desk (officer trial:
  // ordinary notices had the link, urgent alerts did not).
  if (workspaceUrl)
    keys.push({
      key: 'officer:notice.link',
      params: { url: `${workspaceUrl}/kasus/${encodeURIComponent(found.reference)}` },
    });
  return { keys, options: [{ id: `claim:${facts.alert.id}`, labelKey: 'officer:alert.claim' }] };
}
