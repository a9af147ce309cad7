// Opening hours and on-call windows, evaluated in the office's own time zone (WIB, WITA, WIT),
// never in the server's.
import { fixedOffsetMinutes } from '../lib/time-zones.js';
import { type Office, type OncallRule, WEEKDAYS, type Weekday } from './directory-schema.js';

export interface LocalTime {
  readonly day: Weekday;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

/** "mon-fri" → mon…fri; "fri-mon" wraps over the weekend. */
export function expandDays(range: string): Weekday[] {
  const [first, last = first] = range.split('-') as [Weekday, Weekday?];
  const start = WEEKDAYS.indexOf(first);
  const end = WEEKDAYS.indexOf(last ?? first);
  const length = ((end - start + WEEKDAYS.length) % WEEKDAYS.length) + 1;
  return Array.from({ length }, (_unused, offset) => WEEKDAYS[(start + offset) % WEEKDAYS.length] ?? first);
}

const MINUTES_PER_DAY = 24 * 60;
const MS_PER_MINUTE = 60_000;
// Creating an Intl formatter is slow; there are only a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The weekday and time of day at the office when it is `date` everywhere. */
export function officeLocalTime(office: Pick<Office, 'timezone'>, date: Date): LocalTime {
  const offset = fixedOffsetMinutes(office.timezone);
  if (offset !== undefined) {
    // Shifted by the zone's offset, the UTC fields read the office's wall clock.
    const local = new Date(date.getTime() + offset * MS_PER_MINUTE);
    const day = WEEKDAYS[(local.getUTCDay() + 6) % 7] ?? 'mon';
    return { day, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
  }
  let formatter = formatters.get(office.timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: office.timezone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(office.timezone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
  const day = WEEKDAYS.find((weekday) => weekday === parts.weekday?.toLowerCase()) ?? 'mon';
  return { day, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** "08:00" → 480; "24:00" → 1440. */
function toMinutes(clock: string): number {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** Whether the office's published `hours` include `date`; false when it publishes none. */
export function isOpenNow(office: Pick<Office, 'timezone' | 'hours'>, date: Date): boolean {
  const now = officeLocalTime(office, date);
  return Object.entries(office.hours ?? {}).some(([days, range]) => {
    const [from = '00:00', to = '00:00'] = range.split('-');
    return (
      expandDays(days).includes(now.day) && now.minutes >= toMinutes(from) && now.minutes < toMinutes(to)
    );
  });
}

/**
 * Whether an on-call rule covers `date`. A window whose `to` is before its `from` runs overnight
 * into the next day ("days: [fri], from 20:00, to 08:00" is Friday 20:00 to Saturday 08:00).
 */
export function isOncallNow(rule: OncallRule, office: Pick<Office, 'timezone'>, date: Date): boolean {
  const now = officeLocalTime(office, date);
  const listed = (day: Weekday) => rule.days === undefined || rule.days.includes(day);
  if (rule.from === undefined || rule.to === undefined) return listed(now.day);
  const from = toMinutes(rule.from);
  const to = toMinutes(rule.to);
  if (from < to) return listed(now.day) && now.minutes >= from && now.minutes < to;
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(now.day) + WEEKDAYS.length - 1) % WEEKDAYS.length] ?? now.day;
  return (
    (listed(now.day) && now.minutes >= from) || (listed(yesterday) && now.minutes < to % MINUTES_PER_DAY)
  );
}

// Indonesians read office hours in WIB/WITA/WIT, not in IANA names. These abbreviations are the
// same in every language the hotline speaks, so they stay here; day names come from the locales.
const ZONE_NAMES: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "WIB", "WITA" or "WIT" for Indonesia's zones; any other zone by its IANA name. */
export function zoneName(timezone: string): string {
  return ZONE_NAMES[timezone] ?? timezone;
}

/**
 * A weekday's name in the reader's language. The caller looks it up in the locales
 * (`common:days.<day>`), which keeps this module free of i18n.
 */
export type DayName = (day: Weekday) => string;

const isWeekday = (value: string): value is Weekday => (WEEKDAYS as readonly string[]).includes(value);

/** "Sen–Jum 08:00–16:00 WITA" (with Indonesian day names), or undefined when the office publishes no hours. */
export function officeHoursText(
  office: Pick<Office, 'timezone' | 'hours'>,
  dayName: DayName,
): string | undefined {
  const entries = Object.entries(office.hours ?? {});
  if (entries.length === 0) return undefined;
  const text = entries
    .map(([days, range]) => {
      const dayText = days
        .split('-')
        .map((day) => (isWeekday(day) ? dayName(day) : day))
        .join('–');
      return `${dayText} ${range.replace('-', '–')}`;
    })
    .join(', ');
  return `${text} ${zoneName(office.timezone)}`;
}
