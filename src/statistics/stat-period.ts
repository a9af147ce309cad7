/**
 * The period statistics cover: whole months in an office's time zone, "2026-01" to "2026-03".
 * Shared by `hotline stats` and the workspace's statistics page, so both count the same cases.
 */
import { monthOf } from './case-statistics.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** A page or export over more months than this is refused: ten years is more than any meeting asks. */
export const MAX_PERIOD_MONTHS = 120;

export interface StatPeriod {
  /** "2026-01": the first month, included. */
  from: string;
  /** "2026-03": the last month, included. */
  to: string;
  /** Every month of the period, in order. */
  months: string[];
  /** Midnight of the 1st of `from`, and of the month after `to`, in the zone (epoch ms). */
  fromMs: number;
  toMs: number;
}

/**
 * The period `from`–`to` in `zone`; by default January of this year to this month. Undefined when a
 * month is not "YYYY-MM", the first is after the second, or the span is longer than MAX_PERIOD_MONTHS.
 */
export function statPeriod(
  fromText: string | undefined,
  toText: string | undefined,
  zone: string,
  now: number,
): StatPeriod | undefined {
  const thisMonth = monthOf(zone)(now);
  const from = fromText || `${thisMonth.slice(0, 4)}-01`;
  const to = toText || thisMonth;
  if (!MONTH.test(from) || !MONTH.test(to) || from > to) return undefined;
  const months = [from];
  while (months.at(-1)! < to) {
    if (months.length >= MAX_PERIOD_MONTHS) return undefined;
    months.push(nextMonth(months.at(-1)!));
  }
  return { from, to, months, fromMs: monthStart(from, zone), toMs: monthStart(nextMonth(to), zone) };
}

export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Midnight of the 1st of `month` at the office ("GMT+08:00" from Intl: Indonesia keeps no DST). */
export function monthStart(month: string, zone: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const utc = Date.UTC(year, m - 1, 1);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(utc)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return utc - minutes * 60_000;
}
