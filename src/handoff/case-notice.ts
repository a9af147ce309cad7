/**
 * Every case reaches its office (issue 16): a case without an urgent alert is announced, as pure
 * decisions over facts loaded beforehand, to its office's officers on duty all at once — reference,
 * kind, place and risk, never the story — with a claim button and a deadline by risk (the office's
 * `deadlines`, case-deadlines.ts). Nobody claims it by then: the office's supervisors are told, then
 * the parent office, each level after the office's `escalate` time, by the same durable alert timer
 * an urgent alert uses. The reporter hears "forwarded" only from the decision that queued the
 * notice, in the same transaction; when nobody can be told, they hear that instead, and whom to call.
 */
import { caseDeadline } from '../directory/index.js';
import type { Message, MessagePart } from '../engine/types.js';
import { ALERT_OPEN_WINDOW_MS, ALERT_TIMER_PREFIX, type AlertLimits } from './alert-limits.js';
import { ids, notForwarded } from './alert-ringer.js';
import type { AlertFact, AnnounceFacts, RingCase, RingFacts } from './handoff-facts.js';
import type { HandoffOutput } from './handoff-output.js';
import type { OfficerRoster } from './officer-roster.js';
import { dateTimeFormat } from '../lib/date-time-format.js';

const HOUR_MS = 3_600_000;

/**
 * After a reporter's step that gave their case an office: open its notice, unless an officer has it
 * in view. A notice counts against the reporter's alert limit like an alert: a loop of reports and
 * deletions must not bury the officers in notices either (the reporter was shown the contacts).
 */
export function decideAnnounce(
  facts: AnnounceFacts,
  conversationId: string,
  limits: AlertLimits,
  now: number,
): HandoffOutput[] {
  const { found, alert, caseAnnounced } = facts;
  if (!found?.officeId || found.anonymized || alert || caseAnnounced) return [];
  if (facts.alertsOpenedRecently >= limits.alertsPerReporter)
    // An urgent case's own alert signal was throttled (and audited) in this step already.
    return found.urgent
      ? []
      : [
          { type: 'hotline_audit', action: 'alert_throttled' },
          {
            type: 'log',
            level: 'warn',
            fields: { conversationId },
            message:
              'a reporter opened too many cases in a short time; the new one was not announced to officers',
          },
        ];
  return [{ type: 'notice_open', conversationId, forgetCountsBefore: now - ALERT_OPEN_WINDOW_MS }];
}

/** A notice waiting for its case's office: announce it to the first level that has someone to tell. */
export function decideNoticeStart(
  facts: RingFacts,
  roster: OfficerRoster,
  now: number,
  workspaceUrl?: string,
): HandoffOutput[] {
  const { alert, found } = facts;
  if (alert.status !== 'waiting' || !found?.officeId || found.anonymized) return [];
  const office = roster.office(found.officeId);
  const officeName = office?.name ?? found.officeId;
  const tiers = roster.noticeTiers(found.officeId, new Date(now));
  const level = tiers.findIndex((tier) => tier.length > 0);
  const first = tiers[level];
  const opened: AlertFact = {
    ...alert,
    caseId: found.id,
    officeId: found.officeId,
    reference: found.reference,
  };
  const reporter = (message: Message): HandoffOutput[] =>
    alert.conversationId ? [{ type: 'reporter_message', conversationId: alert.conversationId, message }] : [];
  if (!first || !office) {
    return [
      {
        type: 'alert_update',
        alertId: alert.id,
        patch: { status: 'exhausted', caseId: found.id, officeId: found.officeId },
      },
      { type: 'alert_audit', actor: 'hotline', action: 'no_officer_reachable', alert: ids(opened) },
      {
        type: 'log',
        level: 'error',
        fields: { alertId: alert.id, officeId: found.officeId },
        message:
          'a new case could not be announced: no officer of its office or the offices above it is reachable now; check the rota with `hotline oncall`',
      },
      ...notForwarded(alert, officeName),
    ];
  }
  const risk = found.risk ?? 'medium';
  const deadlineAt = caseDeadline(office, risk, now);
  return [
    {
      type: 'alert_update',
      alertId: alert.id,
      patch: {
        status: 'ringing',
        caseId: found.id,
        officeId: found.officeId,
        chain: first,
        rung: first.length,
        firstSentAt: now,
        deadlineAt,
      },
    },
    ...tell(
      opened,
      first,
      (lang) => noticeMessage(opened, found, roster, 'officer:notice.new', deadlineAt, lang, workspaceUrl),
      'notice_sent',
      roster,
    ),
    deadlineTimer(opened, level, deadlineAt),
    // "Forwarded to the officers of …" names the office whose officers were told: the parent's when
    // nobody of the case's own office is reachable now (installer trial: the reporter read Kota Jambi
    // while only the province's officer had the notice).
    ...reporter({
      keys: [
        forwardedPart(
          office.deadlines.low,
          risk,
          deadlineAt - now,
          toldOffice(first, roster, officeName),
          found.reference,
        ),
      ],
    }),
  ];
}

/** The name of the office the first officers told belong to (one level is one office). */
function toldOffice(told: readonly string[], roster: OfficerRoster, fallback: string): string {
  const [first] = told;
  return (first ? roster.officer(first)?.office.name : undefined) ?? fallback;
}

/** A notice's deadline passed: the next level is told, or, past the last, it is recorded as unanswered. */
export function decideNoticeDeadline(
  facts: RingFacts,
  token: number,
  roster: OfficerRoster,
  now: number,
  workspaceUrl?: string,
): HandoffOutput[] {
  const { alert, found } = facts;
  // A claim or an erasure since the timer was set makes it moot (each level's timer replaces the last).
  if (alert.status !== 'ringing') return [];
  if (!found || found.anonymized || !alert.officeId) return [];
  const office = roster.office(alert.officeId);
  // Up from the level told last (the timer's token), whoever is on duty there now.
  const tiers = roster
    .noticeTiers(alert.officeId, new Date(now))
    .map((tier) => tier.filter((officerId) => !alert.chain.includes(officerId)));
  const level = tiers.findIndex((tier, index) => index > token && tier.length > 0);
  const next = tiers[level];
  if (!next || !office) {
    return [
      { type: 'alert_update', alertId: alert.id, patch: { status: 'exhausted' } },
      { type: 'alert_audit', actor: 'hotline', action: 'notice_unanswered', alert: ids(alert) },
      {
        type: 'log',
        level: 'error',
        fields: { alertId: alert.id, officeId: alert.officeId, officers: alert.chain.length },
        message: 'a case passed every deadline without an officer taking it; everyone told can still take it',
      },
    ];
  }
  const chain = [...alert.chain, ...next];
  const deadlineAt = now + office.deadlines.escalateMs;
  const overdue = (lang: OfficerLanguage) => {
    const message = noticeMessage(
      alert,
      found,
      roster,
      'officer:notice.overdue',
      deadlineAt,
      lang,
      workspaceUrl,
    );
    message.keys.push({
      key: 'officer:notice.told_before',
      params: { count: alert.chain.length },
      line: true,
    });
    return message;
  };
  return [
    { type: 'alert_update', alertId: alert.id, patch: { chain, rung: chain.length, deadlineAt } },
    ...tell(alert, next, overdue, 'notice_overdue', roster),
    deadlineTimer(alert, level, deadlineAt),
  ];
}

type OfficerLanguage = 'id' | 'en';

function tell(
  alert: AlertFact,
  officerIds: readonly string[],
  message: (lang: OfficerLanguage) => Message,
  action: 'notice_sent' | 'notice_overdue',
  roster: OfficerRoster,
): HandoffOutput[] {
  return officerIds.flatMap((officerId): HandoffOutput[] => [
    {
      type: 'officer_message',
      officerId,
      // The deadline is written in the officer's language and the office's time zone.
      message: message(roster.officer(officerId)?.officer.language ?? 'id'),
      priority: 'normal',
      alerts: { ids: [alert.id], ring: false },
    },
    { type: 'alert_audit', actor: officerId, action, alert: ids(alert) },
  ]);
}

/**
 * The deadline rides on the alert's own timer, which survives a restart; its token is the level
 * (roster.noticeTiers) told last, so the next deadline goes one level up from there.
 */
function deadlineTimer(alert: AlertFact, level: number, at: number): HandoffOutput {
  return {
    type: 'alert_timer',
    conversationId: alert.conversationId!,
    name: `${ALERT_TIMER_PREFIX}${alert.id}`,
    token: level,
    at,
  };
}

const DEADLINE_LOCALES: Record<OfficerLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** "Sen, 7 Des, 16.00 WITA" in the office's time zone. */
function deadlineText(at: number, lang: OfficerLanguage, timeZone: string): string {
  return dateTimeFormat(DEADLINE_LOCALES[lang], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);
}

/** What an officer reads on a lock screen and in the chat: no story, no reporter contact. */
function noticeMessage(
  alert: AlertFact,
  found: RingCase,
  roster: OfficerRoster,
  headline: string,
  deadlineAt: number,
  lang: OfficerLanguage,
  workspaceUrl: string | undefined,
): Message {
  const office = alert.officeId ? roster.office(alert.officeId) : undefined;
  const keys: MessagePart[] = [
    { key: headline, params: { reference: found.reference } },
    {
      key: 'officer:notice.details',
      params: {
        categories: { keys: found.categories.map((c) => `hotline:category.${c}`) },
        place: found.place ?? { keys: ['officer:alert.no_place'] },
        office: office?.name ?? '—',
        risk: { keys: [`officer:notice.risk_${found.risk ?? 'medium'}`] },
        deadline: deadlineText(deadlineAt, lang, office?.timezone ?? 'Asia/Jakarta'),
      },
    },
  ];
  if (workspaceUrl)
    keys.push({
      key: 'officer:notice.link',
      params: { url: `${workspaceUrl}/kasus/${encodeURIComponent(found.reference)}` },
    });
  return { keys, options: [{ id: `claim:${alert.id}`, labelKey: 'officer:alert.claim' }] };
}

/** "Forwarded", with when an officer is asked to respond: hours, or the office's next working day. */
function forwardedPart(
  low: number | 'next_working_day',
  risk: 'high' | 'medium' | 'low',
  waitMs: number,
  office: string,
  reference: string,
): MessagePart {
  if (risk === 'low' && low === 'next_working_day')
    return { key: 'hotline:notice.forwarded_next_day', params: { office, reference } };
  return {
    key: 'hotline:notice.forwarded_within',
    params: { office, reference, hours: Math.max(1, Math.ceil(waitMs / HOUR_MS)) },
  };
}
