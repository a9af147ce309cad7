/**
 * The numbers coordination meetings quote, from anonymous case rows (src/db/statistics-repository.ts):
 * cases per month by kind, risk and region; how long cases waited to be taken (median, p90); how
 * many passed their deadline; where reports come from. Pure: the rows and the clock come in.
 */
import type { CaseStatRow } from '../db/storage-ports.js';

export interface CaseStatistics {
  total: number;
  /** "2026-01" → cases received that month, in the report's time zone. */
  perMonth: Record<string, number>;
  /** A case with two kinds counts once under each. */
  byKind: Record<string, number>;
  byRisk: Record<string, number>;
  /** Kemendagri code → cases; "unknown" when the reporter named no place the hotline knew. */
  byRegion: Record<string, number>;
  byChannel: Record<string, number>;
  byLanguage: Record<string, number>;
  /** Minutes from the first alert or notice to the claim, over the cases claimed. */
  timeToClaim: { claimed: number; medianMinutes: number | null; p90Minutes: number | null };
  /** Cases whose notice deadline passed before anyone took them (or is past now, untaken). */
  pastDeadline: number;
  /** Cases the reporter deleted, or whose text retention purged: counted, nothing else kept. */
  anonymized: number;
}

const UNKNOWN = 'unknown';

export function summarize(rows: readonly CaseStatRow[], now: number, timeZone: string): CaseStatistics {
  const stats: CaseStatistics = {
    total: rows.length,
    perMonth: {},
    byKind: {},
    byRisk: {},
    byRegion: {},
    byChannel: {},
    byLanguage: {},
    timeToClaim: { claimed: 0, medianMinutes: null, p90Minutes: null },
    pastDeadline: 0,
    anonymized: 0,
  };
  const waits: number[] = [];
  const month = monthOf(timeZone);
  for (const row of rows) {
    bump(stats.perMonth, month(row.createdAt));
    for (const kind of row.categories.length > 0 ? row.categories : ['other']) bump(stats.byKind, kind);
    bump(stats.byRisk, row.risk ?? UNKNOWN);
    bump(stats.byRegion, row.regionCode ?? UNKNOWN);
    bump(stats.byChannel, row.channel ?? UNKNOWN);
    bump(stats.byLanguage, row.language ?? UNKNOWN);
    if (row.anonymized) stats.anonymized++;
    const waited = claimWaitMs(row);
    if (waited !== undefined) waits.push(waited);
    if (pastDeadline(row, now)) stats.pastDeadline++;
  }
  waits.sort((a, b) => a - b);
  stats.timeToClaim = {
    claimed: waits.length,
    medianMinutes: minutes(median(waits)),
    p90Minutes: minutes(percentile(waits, 0.9)),
  };
  return stats;
}

/**
 * The same figures month by month (cases per month by kind, risk, region…): every month of
 * `months` appears, a month without cases with zeros, so a chart's axis has no gaps.
 */
export function summarizeMonths(
  rows: readonly CaseStatRow[],
  months: readonly string[],
  now: number,
  timeZone: string,
): { month: string; stats: CaseStatistics }[] {
  const month = monthOf(timeZone);
  const byMonth = new Map<string, CaseStatRow[]>(months.map((m) => [m, []]));
  for (const row of rows) byMonth.get(month(row.createdAt))?.push(row);
  return [...byMonth].map(([m, monthRows]) => ({ month: m, stats: summarize(monthRows, now, timeZone) }));
}

/** How long a claimed case waited, from its first alert or notice (or its creation) to the claim. */
export function claimWaitMs(row: CaseStatRow): number | undefined {
  const handoff = row.handoff;
  return handoff?.claimedAt == null ? undefined : handoff.claimedAt - (handoff.firstSentAt ?? row.createdAt);
}

/** Taken after its notice's deadline, or still untaken past it now; undefined when it had none. */
export function pastDeadline(row: CaseStatRow, now: number): boolean | undefined {
  const handoff = row.handoff;
  return handoff?.deadlineAt == null ? undefined : (handoff.claimedAt ?? now) > handoff.deadlineAt;
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Nearest-rank percentile of sorted values; undefined for none. */
/** The middle value; with an even count, halfway between the two middle ones (0, 6, 10, 14 → 8, not 6). */
function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest rank: the smallest value at least `p` of them do not exceed. */
function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function minutes(ms: number | undefined): number | null {
  return ms === undefined ? null : Math.round(ms / 60_000);
}

/** "2026-01" for a moment, in the given zone (a case at 00:30 WIB on 1 Feb is February's). */
export function monthOf(timeZone: string): (at: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
  return (at) => {
    const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
    return `${parts.year}-${parts.month}`;
  };
}
