import { and, asc, gte, inArray, lt } from 'drizzle-orm';
import { type CaseStatQuery, type CaseStatRow, firstHandoffs, toStatRow } from '../statistics-repository.js';
import type { StatisticsPort } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { alerts, cases } from './pg-schema.js';

/** The rows behind `hotline stats` on PostgreSQL: the same as statistics-repository.ts. */
export class PgStatistics implements StatisticsPort {
  constructor(private readonly db: PgDb) {}

  async caseRows(query: CaseStatQuery): Promise<CaseStatRow[]> {
    const rows = await this.db
      .select({
        id: cases.id,
        reference: cases.reference,
        officeId: cases.officeId,
        regionCode: cases.regionCode,
        categories: cases.categories,
        risk: cases.risk,
        urgent: cases.urgent,
        channel: cases.channel,
        language: cases.language,
        createdAt: cases.createdAt,
        conversationId: cases.conversationId,
      })
      .from(cases)
      .where(
        and(
          gte(cases.createdAt, query.from),
          lt(cases.createdAt, query.to),
          query.officeIds ? inArray(cases.officeId, [...query.officeIds]) : undefined,
        ),
      )
      .orderBy(asc(cases.createdAt));
    const handoffs =
      rows.length === 0
        ? []
        : await this.db
            .select({
              caseId: alerts.caseId,
              reason: alerts.reason,
              firstSentAt: alerts.firstSentAt,
              claimedAt: alerts.claimedAt,
              deadlineAt: alerts.deadlineAt,
            })
            .from(alerts)
            .where(
              inArray(
                alerts.caseId,
                rows.map((row) => row.id),
              ),
            )
            .orderBy(asc(alerts.id));
    const firsts = firstHandoffs(handoffs);
    return rows.map((row) => toStatRow(row, firsts.get(row.id)));
  }
}
