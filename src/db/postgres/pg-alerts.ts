import { and, count, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { AlertPort, AlertRow, AuditAction } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { prepared } from './pg-prepared.js';
import { alertMessages, alerts, auditEvents, cases } from './pg-schema.js';

/** Alerts that still need or have an officer: a new signal joins them instead of opening another. */
export const ACTIVE_ALERT: AlertRow['status'][] = ['waiting', 'ringing', 'claimed', 'exhausted'];

/** Alerts and their audit trail on PostgreSQL: the same rules as alert-repository.ts. Ids only. */
export class PgAlerts implements AlertPort {
  constructor(private readonly db: PgDb) {}

  async open(row: { conversationId: string; reason: AlertRow['reason']; now: number }): Promise<AlertRow> {
    const [opened] = await this.db
      .insert(alerts)
      .values({
        conversationId: row.conversationId,
        reason: row.reason,
        status: 'waiting',
        createdAt: row.now,
        updatedAt: row.now,
      })
      .returning();
    if (!opened) throw new Error('the alert row was not written; the message is retried');
    return opened;
  }

  async active(conversationId: string): Promise<AlertRow | undefined> {
    const [row] = await prepared(this.db, 'alert_active', (name) =>
      this.db
        .select()
        .from(alerts)
        .where(
          and(
            eq(alerts.conversationId, sql.placeholder('conversationId')),
            inArray(alerts.status, ACTIVE_ALERT),
          ),
        )
        .orderBy(desc(alerts.id))
        .limit(1)
        .prepare(name),
    ).execute({ conversationId });
    return row;
  }

  async byRingOutbox(outboxId: number): Promise<AlertRow | undefined> {
    const [row] = await this.db.select().from(alerts).where(eq(alerts.ringOutboxId, outboxId)).limit(1);
    return row;
  }

  async byId(id: number): Promise<AlertRow | undefined> {
    const [row] = await this.db.select().from(alerts).where(eq(alerts.id, id));
    return row;
  }

  async recent(limit: number): Promise<(AlertRow & { reference: string | null })[]> {
    const rows = await this.db
      .select({ alert: alerts, reference: cases.reference })
      .from(alerts)
      .leftJoin(cases, eq(cases.id, alerts.caseId))
      .orderBy(desc(alerts.id))
      .limit(limit);
    return rows.map((row) => ({ ...row.alert, reference: row.reference }));
  }

  async claimedBy(officerId: string): Promise<AlertRow[]> {
    return (
      this.db
        .select()
        .from(alerts)
        .where(and(eq(alerts.claimedBy, officerId), eq(alerts.status, 'claimed')))
        // NULLS LAST: SQLite puts nulls last in a descending order, PostgreSQL first by default.
        .orderBy(sql`${alerts.claimedAt} desc nulls last`, desc(alerts.id))
    );
  }

  async claimableBy(officerId: string): Promise<AlertRow[]> {
    const rows = await this.db
      .select()
      .from(alerts)
      .where(inArray(alerts.status, ['ringing', 'exhausted']))
      .orderBy(desc(alerts.id));
    return rows.filter((alert) => alert.chain.slice(0, alert.rung).includes(officerId));
  }

  async activeOfCase(caseId: string): Promise<AlertRow | undefined> {
    const [row] = await this.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.caseId, caseId), inArray(alerts.status, ACTIVE_ALERT)))
      .orderBy(desc(alerts.id))
      .limit(1);
    return row;
  }

  async everOfCase(caseId: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: alerts.id })
      .from(alerts)
      .where(eq(alerts.caseId, caseId))
      .limit(1);
    return rows.length > 0;
  }

  async sentForOfficeSince(officeId: string, since: number): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(alerts)
      // Notices of non-urgent cases are not a storm of urgent ones.
      .where(and(eq(alerts.officeId, officeId), gte(alerts.firstSentAt, since), ne(alerts.reason, 'notice')));
    return row?.n ?? 0;
  }

  async digestPendingFor(officerId: string): Promise<AlertRow[]> {
    const rows = await this.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.status, 'ringing'), eq(alerts.digestPending, true)))
      .orderBy(alerts.id);
    return rows.filter((alert) => alert.chain[alert.rung - 1] === officerId);
  }

  async linkMessage(alertId: number, outboxId: number): Promise<void> {
    await this.db.insert(alertMessages).values({ alertId, outboxId });
  }

  async messagesOf(alertId: number): Promise<number[]> {
    const rows = await this.db
      .select({ outboxId: alertMessages.outboxId })
      .from(alertMessages)
      .where(eq(alertMessages.alertId, alertId));
    return rows.map((row) => row.outboxId);
  }

  async update(id: number, patch: Partial<Omit<AlertRow, 'id'>> & { updatedAt: number }): Promise<void> {
    await this.db.update(alerts).set(patch).where(eq(alerts.id, id));
  }

  /** Deletion request: alerts stay as anonymous counts (office, reason, times) and stop. */
  async openOf(conversationId: string): Promise<AlertRow[]> {
    return this.db
      .select()
      .from(alerts)
      .where(and(eq(alerts.conversationId, conversationId), inArray(alerts.status, ACTIVE_ALERT)));
  }

  async eraseConversation(conversationId: string, now: number): Promise<AlertRow[]> {
    const open = await this.openOf(conversationId);
    await this.db
      .update(alerts)
      .set({ conversationId: null, updatedAt: now })
      .where(eq(alerts.conversationId, conversationId));
    if (open.length > 0)
      await this.db
        .update(alerts)
        .set({ status: 'closed', closedAt: now })
        .where(
          inArray(
            alerts.id,
            open.map((alert) => alert.id),
          ),
        );
    return open;
  }

  async audit(
    at: number,
    actor: string,
    action: AuditAction,
    alert: { id: number; caseId: string | null; officeId: string | null },
  ): Promise<void> {
    await this.db
      .insert(auditEvents)
      .values({ at, actor, action, alertId: alert.id, caseId: alert.caseId, officeId: alert.officeId });
  }

  async auditHotline(
    at: number,
    action: AuditAction,
    ids: { caseId?: string; officeId?: string } = {},
  ): Promise<void> {
    await this.db
      .insert(auditEvents)
      .values({ at, actor: 'hotline', action, caseId: ids.caseId ?? null, officeId: ids.officeId ?? null });
  }

  async auditCase(
    at: number,
    actor: string,
    action: AuditAction,
    ids: { caseId: string | null; officeId: string | null },
  ): Promise<void> {
    await this.db
      .insert(auditEvents)
      .values({ at, actor, action, caseId: ids.caseId, officeId: ids.officeId });
  }

  async auditTrail(alertId: number): Promise<{ actor: string; action: string; at: number }[]> {
    return this.db
      .select({ actor: auditEvents.actor, action: auditEvents.action, at: auditEvents.at })
      .from(auditEvents)
      .where(eq(auditEvents.alertId, alertId))
      .orderBy(auditEvents.id);
  }
}
