/**
 * Time zones without Intl where Indonesia's own zones are concerned. Building any
 * Intl.DateTimeFormat maps ICU's calendar and zone data: about 8 MB of resident memory for the
 * life of the process, which an idle hotline paid only to validate the directory and to tell an
 * office's hours. Indonesia's zones have kept one offset with no daylight saving since 1964 (WIB
 * +7, WITA +8, WIT +9), so those are plain arithmetic; any other zone still goes through Intl.
 */
const FIXED_OFFSET_MINUTES: ReadonlyMap<string, number> = new Map([
  ['Asia/Jakarta', 7 * 60],
  ['Asia/Pontianak', 7 * 60],
  ['Asia/Makassar', 8 * 60],
  ['Asia/Jayapura', 9 * 60],
  ['UTC', 0],
  ['Etc/UTC', 0],
]);

/** The zone's fixed offset from UTC in minutes, when it has one that never changes. */
export function fixedOffsetMinutes(zone: string): number | undefined {
  return FIXED_OFFSET_MINUTES.get(zone);
}

let canonical: ReadonlySet<string> | undefined;

/** Whether `zone` names an IANA time zone this Node knows (an alias such as Asia/Ujung_Pandang too). */
export function isTimeZone(zone: string): boolean {
  if (FIXED_OFFSET_MINUTES.has(zone)) return true;
  // The canonical names cost a list, not the calendar data; only an alias needs a formatter.
  canonical ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonical.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
