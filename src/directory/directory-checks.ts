// Checks across fields and offices that a schema cannot express: ids, parents, on-call references,
// time zones, hours, regions against the official list, and contacts of verified offices.
import { type OfficeConfig, WARN_ACK_TIMEOUT_BELOW_SECONDS, type Weekday } from './directory-schema.js';
import { expandDays } from './office-hours.js';
import type { RegionGazetteer } from './region-gazetteer.js';
import { checkAliases, checkRegionOwners, type Report, resolveRegions } from './region-checks.js';
import { isTimeZone } from '../lib/time-zones.js';

export interface CheckResult {
  /** Errors: the directory cannot be used until they are fixed. */
  readonly problems: string[];
  /** Worth a look, but the service starts: a drill's short timeout, a zone taken from the region. */
  readonly warnings: string[];
  /** Each office's `regions` as Kemendagri codes, for the offices whose regions all resolved. */
  readonly regionCodes: ReadonlyMap<string, string[]>;
  /** Each office's time zone: as written, or its province's when left out. */
  readonly timezones: ReadonlyMap<string, string>;
}

// The example file's placeholders ("+62 000-0000-0000"): all zeros after the country code.
const PLACEHOLDER_NUMBER = /^(?:62|0)?0+$/;
/** A phone number written inside a text: digits with spaces or hyphens, at least six digits long. */
const NUMBER_IN_TEXT = /\+?\d[\d -]{4,}\d/g;
// The example file's officer Telegram ids (100000101 … 100001109) stand for real ones.
const PLACEHOLDER_TELEGRAM = /^1000\d{5}$/;

/** Whether a Telegram id or WhatsApp number is one of the example file's placeholders. */
export function isPlaceholderChat(officer: { telegram?: string | number; whatsapp?: string }): boolean {
  const digits = officer.whatsapp?.replace(/\D/g, '');
  const realWhatsapp = digits !== undefined && !PLACEHOLDER_NUMBER.test(digits);
  const realTelegram = officer.telegram !== undefined && !PLACEHOLDER_TELEGRAM.test(String(officer.telegram));
  return !realWhatsapp && !realTelegram;
}

/** Every office in the file, including those that failed the schema (already reported). */
export interface FileOffices {
  readonly ids: ReadonlySet<string>;
  readonly nationalIds: readonly string[];
}

/**
 * Checks offices that already passed the schema; `source` labels problems outside any office.
 * `file` lists every office in the file, valid or not, so an office with an error of its own is
 * not also reported as a missing parent or a missing national office.
 */
export function crossCheck(
  offices: readonly OfficeConfig[],
  source: string,
  gazetteer: RegionGazetteer,
  file: FileOffices = {
    ids: new Set(offices.map((o) => o.id)),
    nationalIds: offices.filter((o) => o.kind === 'national').map((o) => o.id),
  },
): CheckResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const report = (office: OfficeConfig | undefined, field: string, message: string) =>
    problems.push(`${office?.id ?? source}: ${field}: ${message}`);
  const warn = (office: OfficeConfig, field: string, message: string) =>
    warnings.push(`${office.id}: ${field}: ${message}`);

  checkIds(offices, report);
  checkParents(offices, file.ids, report);
  checkNational(offices, file.nationalIds, report);
  const regionCodes = new Map<string, string[]>();
  for (const office of offices) {
    checkTimezone(office, report);
    checkHours(office, report);
    checkOfficers(office, report);
    checkContacts(office, report);
    checkAlurLayanan(office, report, warn);
    checkAckTimeout(office, warn);
    const codes = resolveRegions(office, gazetteer, report);
    if (codes) regionCodes.set(office.id, codes);
  }
  checkRegionOwners(offices, regionCodes, report);
  checkAliases(offices, regionCodes, gazetteer, report);
  const timezones = defaultTimezones(offices, regionCodes, warn);
  return { problems, warnings, regionCodes, timezones };
}

type Warn = (office: OfficeConfig, field: string, message: string) => void;

function checkIds(offices: readonly OfficeConfig[], report: Report): void {
  const officeIds = new Map<string, OfficeConfig>();
  const officerIds = new Map<string, OfficeConfig>();
  // A chat belongs to one officer: a second entry with the same Telegram id or WhatsApp number
  // would have that person's claims and messages counted for only one of the two.
  const chats = new Map<string, string>();
  const sameChat = (office: OfficeConfig, field: string, key: string, officerId: string, what: string) => {
    const first = chats.get(key);
    if (first)
      report(
        office,
        field,
        `${what} is also officer "${first}"'s; one person needs one entry (give them one id)`,
      );
    else chats.set(key, officerId);
  };
  for (const office of offices) {
    const first = officeIds.get(office.id);
    if (first)
      report(office, 'id', `the id "${office.id}" is used by two offices; give each office its own id`);
    else officeIds.set(office.id, office);
    (office.officers ?? []).forEach((officer, index) => {
      const owner = officerIds.get(officer.id);
      if (owner) {
        report(
          office,
          `officers[${index}].id`,
          `the officer id "${officer.id}" is already used in office "${owner.id}"; officer ids must be unique in the whole file`,
        );
      } else {
        officerIds.set(officer.id, office);
      }
      if (officer.telegram !== undefined)
        sameChat(
          office,
          `officers[${index}].telegram`,
          `telegram:${officer.telegram}`,
          officer.id,
          'this Telegram id',
        );
      const digits = officer.whatsapp?.replace(/\D/g, '');
      if (digits && !PLACEHOLDER_NUMBER.test(digits))
        sameChat(
          office,
          `officers[${index}].whatsapp`,
          `whatsapp:${digits.replace(/^0/, '62')}`,
          officer.id,
          'this WhatsApp number',
        );
    });
  }
}

function checkParents(offices: readonly OfficeConfig[], fileIds: ReadonlySet<string>, report: Report): void {
  const byId = new Map(offices.map((office) => [office.id, office]));
  for (const office of offices) {
    if (office.parent === undefined) continue;
    if (office.kind === 'national') {
      report(office, 'parent', 'the national office is the end of every fallback chain; remove its parent');
      continue;
    }
    if (!byId.has(office.parent)) {
      if (fileIds.has(office.parent)) continue; // that office's own error is reported already
      report(
        office,
        'parent',
        `no office has the id "${office.parent}"; use an existing office id or remove parent`,
      );
      continue;
    }
    const seen = new Set([office.id]);
    for (let next = byId.get(office.parent); next; next = next.parent ? byId.get(next.parent) : undefined) {
      if (seen.has(next.id)) {
        report(
          office,
          'parent',
          `the parent chain loops back to "${next.id}"; a chain must end at an office without parent`,
        );
        break;
      }
      seen.add(next.id);
    }
  }
}

function checkNational(
  offices: readonly OfficeConfig[],
  nationalIds: readonly string[],
  report: Report,
): void {
  const national = offices.filter((office) => office.kind === 'national');
  if (nationalIds.length === 0) {
    report(
      undefined,
      'offices',
      'no office has kind national; add the national office (SAPA 129), the last fallback',
    );
  }
  for (const extra of national.slice(1)) {
    report(extra, 'kind', `"${national[0]?.id}" is already the national office; there must be exactly one`);
  }
  for (const office of national) {
    if ((office.regions ?? []).length > 0)
      report(office, 'regions', 'the national office serves everyone; use regions: []');
  }
}

function checkTimezone(office: OfficeConfig, report: Report): void {
  if (office.timezone === undefined) return;
  if (!isTimeZone(office.timezone)) {
    report(
      office,
      'timezone',
      `"${office.timezone}" is not an IANA time zone; use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)`,
    );
  }
}

function checkHours(office: OfficeConfig, report: Report): void {
  const covered = new Map<Weekday, string>();
  for (const [days, range] of Object.entries(office.hours ?? {})) {
    const [from = '', to = ''] = range.split('-');
    if (to <= from) {
      report(office, `hours.${days}`, `"${range}" ends before it starts; use 00:00-24:00 for a whole day`);
    }
    for (const day of expandDays(days)) {
      const other = covered.get(day);
      if (other)
        report(office, `hours.${days}`, `${day} is already covered by "${other}"; give each day once`);
      else covered.set(day, days);
    }
  }
}

function checkOfficers(office: OfficeConfig, report: Report): void {
  const officers = office.officers ?? [];
  officers.forEach((officer, index) => {
    if (officer.telegram === undefined && officer.whatsapp === undefined) {
      report(
        office,
        `officers[${index}]`,
        `"${officer.id}" has no telegram or whatsapp; add one so alerts reach them`,
      );
    }
  });
  const ids = new Set(officers.map((officer) => officer.id));
  (office.oncall ?? []).forEach((entry, index) => {
    const rule = typeof entry === 'string' ? { officer: entry } : entry;
    const field = typeof entry === 'string' ? `oncall[${index}]` : `oncall[${index}].officer`;
    if (!ids.has(rule.officer)) {
      report(
        office,
        field,
        `"${rule.officer}" is not an officer of this office; add it under officers or fix the id`,
      );
    }
    if (typeof entry !== 'string' && (entry.from === undefined) !== (entry.to === undefined)) {
      report(office, `oncall[${index}]`, 'give both from and to, or neither for the whole day');
    }
    if (typeof entry !== 'string' && entry.from !== undefined && entry.from === entry.to) {
      report(office, `oncall[${index}]`, 'from and to are equal; leave both out for the whole day');
    }
  });
}

function checkContacts(office: OfficeConfig, report: Report): void {
  if (!office.verified) return;
  if (office.phone === undefined && office.whatsapp === undefined) {
    report(office, 'verified', 'a verified office is shown to reporters, so it needs a phone or whatsapp');
  }
  for (const field of ['phone', 'whatsapp'] as const) {
    const number = office[field];
    if (number !== undefined && PLACEHOLDER_NUMBER.test(number.replace(/\D/g, ''))) {
      report(
        office,
        field,
        `"${number}" is a placeholder; put the office's real number or set verified: false`,
      );
    }
  }
}

/**
 * An office's alur layanan is shown with its contacts, so only once it is verified; its numbers are
 * held to the same rule as the office's own (a placeholder there would send a reporter nowhere).
 */
function checkAlurLayanan(office: OfficeConfig, report: Report, warn: Warn): void {
  const text = office.alurLayanan;
  if (text === undefined) return;
  if (!office.verified) {
    warn(office, 'alurLayanan', 'not shown to reporters until the office is verified: true');
    return;
  }
  for (const number of text.match(NUMBER_IN_TEXT) ?? []) {
    if (PLACEHOLDER_NUMBER.test(number.replace(/\D/g, ''))) {
      report(office, 'alurLayanan', `"${number.trim()}" is a placeholder; put the office's real number`);
    }
  }
}

function checkAckTimeout(office: OfficeConfig, warn: Warn): void {
  const seconds = office.ackTimeoutSeconds;
  if (seconds !== undefined && seconds < WARN_ACK_TIMEOUT_BELOW_SECONDS) {
    warn(
      office,
      'ackTimeoutSeconds',
      `${seconds} s is shorter than a minute: an urgent alert moves on before an officer can answer (fine for a drill or a test)`,
    );
  }
}

/** An office without `timezone` keeps its province's clock: WIB, WITA or WIT by Kemendagri code. */
function defaultTimezones(
  offices: readonly OfficeConfig[],
  regionCodes: ReadonlyMap<string, string[]>,
  warn: Warn,
): Map<string, string> {
  const zones = new Map<string, string>();
  const byId = new Map(offices.map((office) => [office.id, office]));
  const zoneOf = (office: OfficeConfig, seen: Set<string>): string | undefined => {
    if (office.timezone !== undefined) return office.timezone;
    const code = regionCodes.get(office.id)?.[0];
    if (code !== undefined) return provinceTimezone(code);
    // No region of its own: the clock of the office above it, or Jakarta for the national line.
    const parent = office.parent === undefined ? undefined : byId.get(office.parent);
    if (parent && !seen.has(parent.id)) return zoneOf(parent, seen.add(parent.id));
    return office.kind === 'national' ? 'Asia/Jakarta' : undefined;
  };
  for (const office of offices) {
    const zone = zoneOf(office, new Set([office.id])) ?? 'Asia/Jakarta';
    zones.set(office.id, zone);
    if (office.timezone !== undefined || office.kind === 'national') continue;
    // Where it came from (installer trial: "from its region" for an office that has none).
    const from = regionCodes.get(office.id)?.length
      ? 'its region'
      : office.parent
        ? `the office above it ("${office.parent}")`
        : 'the default';
    warn(office, 'timezone', `not set; using ${zone} from ${from} (add timezone to be explicit)`);
  }
  return zones;
}

/**
 * WITA: Bali, Nusa Tenggara (5x), South, East and North Kalimantan (63–65) and Sulawesi (7x);
 * WIT: Maluku (8x) and Papua (9x); the rest of Indonesia keeps WIB.
 */
export function provinceTimezone(code: string): string {
  const province = Number(code.slice(0, 2));
  if (province >= 81) return 'Asia/Jayapura';
  if (
    (province >= 51 && province <= 53) ||
    (province >= 63 && province <= 65) ||
    (province >= 71 && province <= 76)
  )
    return 'Asia/Makassar';
  return 'Asia/Jakarta';
}
