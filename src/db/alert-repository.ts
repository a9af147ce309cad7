import { and, count, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { alertMessages, alerts, auditEvents, cases } from './schema.js';

export type AlertStatus = (typeof alerts.$inferSelect)['status'];
export type AlertRow = typeof alerts.$inferSelect;

/** Alerts that still need or have an officer: a new signal joins them instead of opening another. */
const ACTIVE: AlertStatus[] = ['waiting', 'ringing', 'claimed', 'exhausted'];
/**
 * The same list as SQL literals. This look-up runs for every reporter message; without a bound
 * LIMIT (`.get()` takes the first row anyway) and with literal statuses it takes 3 µs, not 30.
 */
const ACTIVE_SQL = sql.raw(ACTIVE.map((status) => `'${status}'`).join(', '));

/** Alerts and the audit trail of what officers did with them. Ids only; no message text. */
export class AlertRepository {
  private readonly activeOfConversation;

  constructor(private readonly db: Db) {
    // Runs for every reporter message (is an officer on this case?): prepared once.
    this.activeOfConversation = db
      .select()
      .from(alerts)
      .where(
        and(
          eq(alerts.conversationId, sql.placeholder('conversationId')),
          sql`${alerts.status} in (${ACTIVE_SQL})`,
        ),
      )
      .orderBy(desc(alerts.id))
      .prepare();
  }

  open(row: { conversationId: string; reason: AlertRow['reason']; now: number }): AlertRow {
    return this.db
      .insert(alerts)
      .values({
        conversationId: row.conversationId,
        reason: row.reason,
        status: 'waiting',
        createdAt: row.now,
        updatedAt: row.now,
      })
      .returning()
      .get();
  }

  /** The conversation's alert that is waiting, ringing, claimed or unanswered, if any. */
  active(conversationId: string): AlertRow | undefined {
    return this.activeOfConversation.get({ conversationId });
  }

  /** The alert whose latest alert message is this outbox row. */
  byRingOutbox(outboxId: number): AlertRow | undefined {
    return this.db.select().from(alerts).where(eq(alerts.ringOutboxId, outboxId)).get();
  }

  byId(id: number): AlertRow | undefined {
    return this.db.select().from(alerts).where(eq(alerts.id, id)).get();
  }

  /** The newest alerts with their case reference, for the office admin's review (`hotline alerts`). */
  recent(limit: number): (AlertRow & { reference: string | null })[] {
    return this.db
      .select({ alert: alerts, reference: cases.reference })
      .from(alerts)
      .leftJoin(cases, eq(cases.id, alerts.caseId))
      .orderBy(desc(alerts.id))
      .limit(limit)
      .all()
      .map((row) => ({ ...row.alert, reference: row.reference }));
  }

  /** Alerts an officer holds now, the most recently claimed first. */
  claimedBy(officerId: string): AlertRow[] {
    return this.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.claimedBy, officerId), eq(alerts.status, 'claimed')))
      .orderBy(desc(alerts.claimedAt), desc(alerts.id))
      .all();
  }

  /** Alerts no officer has taken yet that were sent to this officer, the newest first. */
  claimableBy(officerId: string): AlertRow[] {
    return this.db
      .select()
      .from(alerts)
      .where(inArray(alerts.status, ['ringing', 'exhausted']))
      .orderBy(desc(alerts.id))
      .all()
      .filter((alert) => alert.chain.slice(0, alert.rung).includes(officerId));
  }

  /** The active alert of a case. */
  activeOfCase(caseId: string): AlertRow | undefined {
    return this.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.caseId, caseId), inArray(alerts.status, ACTIVE)))
      .orderBy(desc(alerts.id))
      .limit(1)
      .get();
  }

  /** Whether any alert or notice was ever opened for this case, whatever became of it. */
  everOfCase(caseId: string): boolean {
    return (
      this.db.select({ id: alerts.id }).from(alerts).where(eq(alerts.caseId, caseId)).limit(1).get() !==
      undefined
    );
  }

  /** Alerts of an office first put in front of an officer at or after `since` (storm detection). */
  sentForOfficeSince(officeId: string, since: number): number {
    return (
      this.db
        .select({ n: count() })
        .from(alerts)
        // Notices of non-urgent cases are not a storm of urgent ones.
        .where(
          and(eq(alerts.officeId, officeId), gte(alerts.firstSentAt, since), ne(alerts.reason, 'notice')),
        )
        .get()?.n ?? 0
    );
  }

  /** Alerts waiting to go to this officer in the next digest, oldest first. */
  digestPendingFor(officerId: string): AlertRow[] {
    return this.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.status, 'ringing'), eq(alerts.digestPending, true)))
      .orderBy(alerts.id)
      .all()
      .filter((alert) => alert.chain[alert.rung - 1] === officerId);
  }

  /** Remembers an officer message an alert queued, so a deletion request can withdraw it. */
  linkMessage(alertId: number, outboxId: number): void {
    this.db.insert(alertMessages).values({ alertId, outboxId }).run();
  }

  /** The officer messages this alert queued (sent or not). */
  messagesOf(alertId: number): number[] {
    return this.db
      .select({ outboxId: alertMessages.outboxId })
      .from(alertMessages)
      .where(eq(alertMessages.alertId, alertId))
      .all()
      .map((row) => row.outboxId);
  }

  update(id: number, patch: Partial<Omit<AlertRow, 'id'>> & { updatedAt: number }): void {
    this.db.update(alerts).set(patch).where(eq(alerts.id, id)).run();
  }

  /** The conversation's alerts that are waiting, ringing, claimed or unanswered (a deletion closes them). */
  openOf(conversationId: string): AlertRow[] {
    return this.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.conversationId, conversationId), inArray(alerts.status, ACTIVE)))
      .all();
  }

  /** Deletion request: alerts stay as anonymous counts (office, reason, times) and stop. */
  eraseConversation(conversationId: string, now: number): AlertRow[] {
    const open = this.openOf(conversationId);
    this.db
      .update(alerts)
      .set({ conversationId: null, updatedAt: now })
      .where(eq(alerts.conversationId, conversationId))
      .run();
    for (const alert of open)
      this.db.update(alerts).set({ status: 'closed', closedAt: now }).where(eq(alerts.id, alert.id)).run();
    return open;
  }

  /** Records what an officer (or the hotline, actor `hotline`) did with an alert. */
  audit(
    at: number,
    actor: string,
    action: AuditAction,
    alert: { id: number; caseId: string | null; officeId: string | null },
  ): void {
    this.db
      .insert(auditEvents)
      .values({ at, actor, action, alertId: alert.id, caseId: alert.caseId, officeId: alert.officeId })
      .run();
  }

  /** Records what the hotline did by itself outside any one alert (a throttled look-up): ids only. */
  auditHotline(at: number, action: AuditAction, ids: { caseId?: string; officeId?: string } = {}): void {
    this.db
      .insert(auditEvents)
      .values({ at, actor: 'hotline', action, caseId: ids.caseId ?? null, officeId: ids.officeId ?? null })
      .run();
  }

  /** What an officer did to a case outside any alert (blocked its sender): ids only. */
  auditCase(
    at: number,
    actor: string,
    action: AuditAction,
    ids: { caseId: string | null; officeId: string | null },
  ): void {
    this.db
      .insert(auditEvents)
      .values({ at, actor, action, caseId: ids.caseId, officeId: ids.officeId })
      .run();
  }

  auditTrail(alertId: number): { actor: string; action: string; at: number }[] {
    return this.db
      .select({ actor: auditEvents.actor, action: auditEvents.action, at: auditEvents.at })
      .from(auditEvents)
      .where(eq(auditEvents.alertId, alertId))
      .orderBy(auditEvents.id)
      .all();
  }
}

/** Everything an officer (or the hotline on their behalf) can do to a case, as the audit names it. */
export const AUDIT_ACTIONS = [
  'alert_sent',
  'alert_delivered',
  'officer_unreachable',
  'alert_undeliverable',
  'alert_unanswered',
  'no_officer_reachable',
  'claimed',
  'claim_refused',
  'message_to_reporter',
  'closed',
  'reporter_erased',
  /** Too many case references typed from one chat, or from all chats, within the window. */
  'reference_throttled',
  /** Too many wrong PINs from one chat, or for one case: PINs are not checked for a while. */
  'pin_paused',
  /** A reporter opened more alerts than the window allows: no new alert (the emergency numbers still went). */
  'alert_throttled',
  /** The alert went to the officer inside an "N new urgent cases" digest, not alone. */
  'alert_digested',
  /** The reporter deleted their data: this alert's officer messages not sent yet were withdrawn. */
  'alert_withdrawn',
  /** A non-urgent case was announced to an officer (queued), with its deadline. */
  'notice_sent',
  /** A notice's deadline passed without a claim: the case went up a level. */
  'notice_overdue',
  /** A notice passed every level without a claim. */
  'notice_unanswered',
  /** The SIMFONI-shaped case export was written (`hotline stats --csv`, the workspace's export). */
  'stats_exported',
  /** An administrator copied a case for its reporter (`hotline case export`). */
  'case_exported',
  /** An administrator deleted a case's reporter data on request (`hotline case erase`). */
  'case_erased',
  /** An officer blocked a case's sender for some days (`/blokir`). */
  'sender_blocked',
  /** An officer lifted a block before it ended (`/buka`). */
  'sender_unblocked',
  /** An officer asked to block or unblock a case that is not their office's: refused. */
  'block_refused',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
