import { and, asc, gte, inArray, lt } from 'drizzle-orm';
import type { SimfoniStored } from './desk-rows.js';
import type { Db } from './client.js';
import { alerts, cases } from './schema.js';

/**
 * One case as the statistics and the SIMFONI-shaped export read it: anonymous columns only (never
 * the story, a contact or a chat), and the first alert or notice that put it in front of an officer.
 */
export interface CaseStatRow {
  reference: string;
  officeId: string | null;
  regionCode: string | null;
  categories: string[];
  risk: 'high' | 'medium' | 'low' | null;
  urgent: boolean;
  channel: string | null;
  language: string | null;
  createdAt: number;
  /** The reporter deleted their data or it was purged: the row is an anonymous count. */
  anonymized: boolean;
  /**
   * The SIMFONI-PPA values an officer confirmed in the workspace (decrypted), when the export asked
   * for them (`Hotline.caseStatRows` with `exportedBy`); the CSV prefers them to triage's pre-fill.
   */
  simfoni?: SimfoniStored;
  handoff: {
    reason: 'urgent' | 'requested' | 'notice';
    firstSentAt: number | null;
    claimedAt: number | null;
    deadlineAt: number | null;
  } | null;
}

export interface CaseStatQuery {
  /** Undefined: every office (an admin). */
  officeIds?: readonly string[];
  from: number;
  to: number;
}

/** The rows behind `hotline stats` on SQLite. */
export class StatisticsRepository {
  constructor(private readonly db: Db) {}

  caseRows(query: CaseStatQuery): CaseStatRow[] {
    const rows = this.db
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
      .orderBy(asc(cases.createdAt))
      .all();
    const firsts = firstHandoffs(
      rows.length === 0
        ? []
        : this.db
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
            .orderBy(asc(alerts.id))
            .all(),
    );
    return rows.map((row) => toStatRow(row, firsts.get(row.id)));
  }
}

type HandoffOf = NonNullable<CaseStatRow['handoff']>;

/** The first alert or notice of each case (rows in id order). */
export function firstHandoffs(rows: (HandoffOf & { caseId: string | null })[]): Map<string, HandoffOf> {
  const firsts = new Map<string, HandoffOf>();
  for (const { caseId, ...handoff } of rows) if (caseId && !firsts.has(caseId)) firsts.set(caseId, handoff);
  return firsts;
}

export function toStatRow(
  row: Omit<CaseStatRow, 'anonymized' | 'handoff'> & { id: string; conversationId: string | null },
  handoff: HandoffOf | undefined,
): CaseStatRow {
  const { id: _id, conversationId, ...rest } = row;
  return { ...rest, anonymized: conversationId === null, handoff: handoff ?? null };
}
