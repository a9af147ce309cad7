// The offices YAML (DESIGN.md, "Directory YAML"): one TypeBox schema is both the validator and the
// type. Every object is closed: an unknown key is an error, so a typo cannot silently drop an officer.
import { type Static, Type } from '@sinclair/typebox';

export const OFFICE_KINDS = ['uptd_ppa', 'p2tp2a', 'provincial', 'national'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** The six UPTD PPA service functions (Permen PPPA 4/2018; standards in Permen PPPA 2/2022). */
export const SERVICES = [
  'pengaduan',
  'penjangkauan',
  'pengelolaan_kasus',
  'penampungan_sementara',
  'mediasi',
  'pendampingan',
] as const;
export type Service = (typeof SERVICES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const OFFICER_ROLES = ['officer', 'supervisor'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

// An unanswered urgent alert escalates after this long unless the office sets its own.
export const DEFAULT_ACK_TIMEOUT_SECONDS = 300;
// Any whole number of seconds is accepted (drills and tests use 3), but below a minute officers can
// hardly unlock a phone before the alert moves on, so `directory check` and start-up warn.
export const MIN_ACK_TIMEOUT_SECONDS = 1;
export const WARN_ACK_TIMEOUT_BELOW_SECONDS = 60;
// Above a day an "urgent" alert means nothing.
export const MAX_ACK_TIMEOUT_SECONDS = 86_400;

// Deadlines for a non-urgent case to be taken (UPTD PPA SOP): medium within 6 hours, low by the end
// of the office's next working day; a missed deadline passes the case up a level after `escalate`.
export const DEFAULT_CASE_DEADLINES = { medium: '6h', low: 'next_working_day', escalate: '2h' } as const;

/** How long an office's own alur layanan may be: one readable chat message. */
export const MAX_ALUR_LAYANAN_LENGTH = 1500;

const closed = { additionalProperties: false } as const;
const DAY = `(?:${WEEKDAYS.join('|')})`;
const CLOCK = '(?:[01][0-9]|2[0-3]):[0-5][0-9]';

const Id = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]*$',
  description: 'an id of lower-case letters, digits and hyphens, such as "uptd-palu"',
});
const Text = Type.String({ minLength: 1, description: 'a non-empty text' });
const Phone = Type.String({
  pattern: '^\\+?[0-9][0-9 -]*[0-9]$',
  description: 'a phone number such as "+62 811-1129-129" or "129"',
});
const Duration = Type.String({
  pattern: '^[1-9][0-9]*[mhd]$',
  description: 'a duration such as "90m", "6h" or "2d"',
});
const ClockTime = Type.String({ pattern: `^(?:${CLOCK}|24:00)$`, description: 'a time such as "08:00"' });
const Day = Type.Union(
  WEEKDAYS.map((day) => Type.Literal(day)),
  { description: `one of ${WEEKDAYS.join(', ')}` },
);

export const OfficerSchema = Type.Object(
  {
    id: Id,
    name: Text,
    // Telegram chat ids are numbers; YAML may carry them as numbers or quoted strings.
    telegram: Type.Optional(
      Type.Union([Type.Integer(), Type.String({ pattern: '^-?[0-9]+$' })], {
        description: 'a numeric Telegram chat id such as 123456789',
      }),
    ),
    whatsapp: Type.Optional(Phone),
    // Officers read the hotline in Indonesian unless their entry says English.
    language: Type.Optional(
      Type.Union([Type.Literal('id'), Type.Literal('en')], { description: 'id (default) or en' }),
    ),
    // Optional: an officer without a role is an `officer`.
    role: Type.Optional(
      Type.Union(
        OFFICER_ROLES.map((role) => Type.Literal(role)),
        { description: `one of ${OFFICER_ROLES.join(', ')}` },
      ),
    ),
  },
  closed,
);

/** "This officer, on these days, between these times"; all but `officer` are optional. */
export const OncallWindowSchema = Type.Object(
  {
    officer: Id,
    days: Type.Optional(Type.Array(Day, { minItems: 1 })),
    from: Type.Optional(ClockTime),
    to: Type.Optional(ClockTime),
  },
  closed,
);

export const OfficeSchema = Type.Object(
  {
    id: Id,
    name: Text,
    kind: Type.Union(
      OFFICE_KINDS.map((kind) => Type.Literal(kind)),
      { description: `one of ${OFFICE_KINDS.join(', ')}` },
    ),
    // YAML reads an unquoted code such as 72.71 as a number; the loader turns it back into "72.71".
    // Optional: the national office serves everyone (no regions); an office without regions of its
    // own is reached through the offices below it or through its aliases.
    regions: Type.Optional(
      Type.Array(
        Type.Union([Text, Type.Number()], {
          description: 'a province or kab/kota name, or its Kemendagri code such as "72.71"',
        }),
      ),
    ),
    aliases: Type.Optional(Type.Array(Text)),
    parent: Type.Optional(Id),
    // Optional: taken from the office's province (WIB, WITA or WIT) when left out, with a warning.
    timezone: Type.Optional(
      Type.String({ minLength: 1, description: 'an IANA time zone such as "Asia/Makassar"' }),
    ),
    location: Type.Optional(
      Type.Object(
        {
          lat: Type.Number({ minimum: -90, maximum: 90 }),
          lon: Type.Number({ minimum: -180, maximum: 180 }),
        },
        closed,
      ),
    ),
    // Optional: an office is unverified (its contacts never shown) until someone says otherwise.
    verified: Type.Optional(Type.Boolean({ description: 'true or false' })),
    phone: Type.Optional(Phone),
    whatsapp: Type.Optional(Phone),
    address: Type.Optional(Text),
    hours: Type.Optional(
      Type.Record(
        Type.String({ pattern: `^${DAY}(?:-${DAY})?$` }),
        Type.String({
          pattern: `^${CLOCK}-(?:${CLOCK}|24:00)$`,
          description: 'opening hours such as "08:00-16:00"',
        }),
        closed,
      ),
    ),
    contactPerson: Type.Optional(Type.Object({ name: Text, phone: Type.Optional(Phone) }, closed)),
    // The office's own steps after a report, shown to reporters in place of the general ones. A
    // message has to fit one chat bubble on a cheap phone, hence the limit.
    alurLayanan: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: MAX_ALUR_LAYANAN_LENGTH,
        description: `the office's steps after a report, as text of at most ${MAX_ALUR_LAYANAN_LENGTH} characters`,
      }),
    ),
    services: Type.Optional(
      Type.Array(
        Type.Union(
          SERVICES.map((service) => Type.Literal(service)),
          { description: `one of ${SERVICES.join(', ')}` },
        ),
      ),
    ),
    ackTimeoutSeconds: Type.Optional(
      Type.Integer({ minimum: MIN_ACK_TIMEOUT_SECONDS, maximum: MAX_ACK_TIMEOUT_SECONDS }),
    ),
    deadlines: Type.Optional(
      Type.Object(
        {
          medium: Type.Optional(Duration),
          low: Type.Optional(
            Type.Union([Duration, Type.Literal('next_working_day')], {
              description: 'a duration such as "24h", or next_working_day',
            }),
          ),
          escalate: Type.Optional(Duration),
        },
        closed,
      ),
    ),
    officers: Type.Optional(Type.Array(OfficerSchema)),
    oncall: Type.Optional(
      Type.Array(
        Type.Union([Id, OncallWindowSchema], {
          description: 'an officer id, or { officer, days, from, to }',
        }),
      ),
    ),
  },
  closed,
);

export const DirectoryFileSchema = Type.Object(
  { offices: Type.Array(OfficeSchema, { minItems: 1 }) },
  closed,
);

export type OfficeConfig = Static<typeof OfficeSchema>;
export type DirectoryFile = Static<typeof DirectoryFileSchema>;

// ── The loaded, checked directory ─────────────────────────────────────────────────────────

export interface Officer {
  readonly id: string;
  readonly name: string;
  /** Telegram chat id as a string: ids can exceed what some JSON consumers keep exact. */
  readonly telegram?: string;
  readonly whatsapp?: string;
  /** The language the hotline writes to this officer in; Indonesian when unset. */
  readonly language?: 'id' | 'en';
  /** `officer` when the file leaves it out. */
  readonly role: OfficerRole;
}

/** One on-call entry; a bare officer id in the YAML becomes `{ officer }` (always on call). */
export interface OncallRule {
  readonly officer: string;
  readonly days?: readonly Weekday[];
  readonly from?: string;
  readonly to?: string;
}

export interface Office
  extends Omit<
    OfficeConfig,
    | 'regions'
    | 'aliases'
    | 'services'
    | 'officers'
    | 'oncall'
    | 'ackTimeoutSeconds'
    | 'timezone'
    | 'verified'
    | 'deadlines'
  > {
  /** The `regions` entries as written. */
  readonly regions: readonly string[];
  /** The same regions as Kemendagri codes of provinces ("72") or kab/kota ("72.71"). */
  readonly regionCodes: readonly string[];
  readonly aliases: readonly string[];
  readonly services: readonly Service[];
  readonly officers: readonly Officer[];
  readonly oncall: readonly OncallRule[];
  readonly ackTimeoutSeconds: number;
  /** As written, or the zone of the office's province when left out. */
  readonly timezone: string;
  readonly verified: boolean;
  /** How long a non-urgent case may wait to be taken, by risk (defaults filled in). */
  readonly deadlines: CaseDeadlines;
}

/** An office's deadlines for non-urgent cases, in milliseconds (or the next working day for low). */
export interface CaseDeadlines {
  readonly mediumMs: number;
  readonly low: number | 'next_working_day';
  /** After a missed deadline, how long each next level (supervisor, parent office) has. */
  readonly escalateMs: number;
}

export interface Directory {
  /** In file order. */
  readonly offices: readonly Office[];
  readonly byId: ReadonlyMap<string, Office>;
  /** The one office of kind `national` (SAPA 129): the end of every fallback chain. */
  readonly national: Office;
}
