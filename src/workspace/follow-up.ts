/**
 * A case's follow-up day: a calendar day in the office's time zone (YYYY-MM-DD, as a date input
 * sends it), shown on the case page and as a badge in the queue, due from that day on.
 */
import type { PageLang } from './workspace-http.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Far enough for any follow-up an office plans; a typo like 20266 is refused rather than stored. */
const YEARS = { from: 2020, to: 2100 } as const;

/** The day typed, if it is a real calendar day; `null` for an empty field (clear it); undefined when invalid. */
export function parseFollowUp(value: unknown): string | null | undefined {
  if (value === '' || value === undefined) return null;
  if (typeof value !== 'string') return undefined;
  const match = DAY.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real && y >= YEARS.from && y <= YEARS.to ? value : undefined;
}

/** Today (YYYY-MM-DD) in `timeZone`. */
export function dayIn(at: number, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** "Kam, 24 Des 2026" / "Thu, 24 Dec 2026": the day itself, whatever the zone. */
export function dayLabel(lang: PageLang): (day: string) => string {
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (day) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return format.format(Date.UTC(y, m - 1, d));
  };
}
