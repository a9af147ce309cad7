// When a non-urgent case must have been taken by an officer, in the office's own time zone (the
// UPTD PPA SOP: high at once, medium within 6 hours, low by the next working day). Indonesia's zones
// (WIB, WITA, WIT) keep no daylight saving, so a local day is always 24 hours long.
import {
  type CaseDeadlines,
  DEFAULT_CASE_DEADLINES,
  type Office,
  type OfficeConfig,
  WEEKDAYS,
  type Weekday,
} from './directory-schema.js';
import { expandDays, officeLocalTime } from './office-hours.js';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DAY_MS = UNIT_MS.d;
/** An office that publishes no hours works Monday to Friday until 16:00, like most UPTD PPA. */
const DEFAULT_WORKING_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const DEFAULT_CLOSING_MINUTES = 16 * 60;

/** "90m" → 5,400,000; the schema has already checked the form. */
export function durationMs(text: string): number {
  const unit = text.at(-1) as keyof typeof UNIT_MS;
  return Number(text.slice(0, -1)) * UNIT_MS[unit];
}

export function resolveDeadlines(config: OfficeConfig['deadlines']): CaseDeadlines {
  const low = config?.low ?? DEFAULT_CASE_DEADLINES.low;
  return {
    mediumMs: durationMs(config?.medium ?? DEFAULT_CASE_DEADLINES.medium),
    low: low === 'next_working_day' ? low : durationMs(low),
    escalateMs: durationMs(config?.escalate ?? DEFAULT_CASE_DEADLINES.escalate),
  };
}

export type CaseRisk = 'high' | 'medium' | 'low';

/**
 * By when a new case of this risk must be taken. High risk is the urgent alert chain's; when such
 * a case is announced anyway (its reporter's alert limit was reached), it gets the office's
 * acknowledgement time.
 */
export function caseDeadline(
  office: Pick<Office, 'deadlines' | 'hours' | 'timezone' | 'ackTimeoutSeconds'>,
  risk: CaseRisk,
  now: number,
): number {
  if (risk === 'high') return now + office.ackTimeoutSeconds * 1000;
  if (risk === 'medium') return now + office.deadlines.mediumMs;
  const { low } = office.deadlines;
  return low === 'next_working_day' ? endOfNextWorkingDay(office, now) : now + low;
}

/** The closing time of the first working day after today, at the office. */
export function endOfNextWorkingDay(office: Pick<Office, 'hours' | 'timezone'>, now: number): number {
  const local = officeLocalTime(office, new Date(now));
  const localMidnight = now - (now % 60_000) - local.minutes * 60_000;
  const closing = closingMinutes(office);
  const today = WEEKDAYS.indexOf(local.day);
  for (let ahead = 1; ahead <= WEEKDAYS.length; ahead++) {
    const day = WEEKDAYS[(today + ahead) % WEEKDAYS.length] as Weekday;
    const closes = closing.get(day);
    if (closes !== undefined) return localMidnight + ahead * DAY_MS + closes * 60_000;
  }
  // Unreachable: closingMinutes always has at least one day.
  return now + DAY_MS;
}

/** Each working day's closing time in minutes after midnight, from `hours` or the default week. */
function closingMinutes(office: Pick<Office, 'hours'>): Map<Weekday, number> {
  const closing = new Map<Weekday, number>();
  for (const [days, range] of Object.entries(office.hours ?? {})) {
    const [hours = '0', minutes = '0'] = (range.split('-')[1] ?? '16:00').split(':');
    for (const day of expandDays(days)) closing.set(day, Number(hours) * 60 + Number(minutes));
  }
  if (closing.size === 0) for (const day of DEFAULT_WORKING_DAYS) closing.set(day, DEFAULT_CLOSING_MINUTES);
  return closing;
}
