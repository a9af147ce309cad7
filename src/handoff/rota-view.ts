/**
 * An office's rota as people read it: who is on call now and who next (in the office's own zone),
 * who an urgent case would reach now in escalation order, and which officers no running channel
 * reaches, with why. Shared by `hotline oncall` and the workspace's rota page; pure over the roster.
 */
import { isOncallNow, type Office, officeLocalTime } from '../directory/index.js';
import type { OfficerRoster } from './officer-roster.js';

/**
 * Why no running channel reaches an officer: they have no chat in the directory, or only a
 * Telegram id / WhatsApp number whose channel is not running, or both and neither runs.
 */
export type Unreachable = 'no_address' | 'telegram_off' | 'whatsapp_off' | 'channels_off';

export interface RotaOfficer {
  id: string;
  name: string;
  role: 'officer' | 'supervisor';
  officeId: string;
  officeName: string;
  /** The chats the directory gives them. */
  chats: ('telegram' | 'whatsapp')[];
  /** Undefined when a running channel reaches them. */
  unreachable: Unreachable | undefined;
  /** Seconds they have to take an urgent case (their office's). */
  ackTimeoutSeconds: number;
}

export interface OfficeRota {
  office: Office;
  /** The office's own officers on call now. */
  now: RotaOfficer[];
  /** The next change of who is on call within a week: when, and who then. */
  next: { at: number; officers: RotaOfficer[] } | undefined;
  /** Who an urgent case of the office would reach now, in order (its own, then parent offices'). */
  chain: RotaOfficer[];
  /** Officers on the office's rota (at any hour) whom no running channel reaches. */
  unreachable: RotaOfficer[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Rotas repeat weekly: a change not seen in 8 days never comes. */
const LOOK_AHEAD_DAYS = 8;

export function officeRota(roster: OfficerRoster, officeId: string, now: Date): OfficeRota | undefined {
  const office = roster.office(officeId);
  if (!office) return undefined;
  const person = (id: string) => rotaOfficer(roster, id);
  const present = (ids: string[]) => ids.map(person).filter((o): o is RotaOfficer => o !== undefined);
  const current = onCallAt(office, now);
  const next = nextChange(office, now, current);
  const rota = [...new Set(office.oncall.map((rule) => rule.officer))];
  return {
    office,
    now: present(current),
    next: next ? { at: next.at, officers: present(next.officers) } : undefined,
    chain: present(roster.escalationChain(office.id, now, { reachableOnly: false })),
    unreachable: present(rota).filter((o) => o.unreachable !== undefined),
  };
}

export function rotaOfficer(roster: OfficerRoster, officerId: string): RotaOfficer | undefined {
  const entry = roster.officer(officerId);
  if (!entry) return undefined;
  const { officer, office } = entry;
  const chats = [
    ...(officer.telegram ? (['telegram'] as const) : []),
    ...(officer.whatsapp ? (['whatsapp'] as const) : []),
  ];
  return {
    id: officer.id,
    name: officer.name,
    role: officer.role === 'supervisor' ? 'supervisor' : 'officer',
    officeId: office.id,
    officeName: office.name,
    chats,
    unreachable: roster.reach(officer.id) ? undefined : why(chats),
    ackTimeoutSeconds: office.ackTimeoutSeconds,
  };
}

function why(chats: readonly ('telegram' | 'whatsapp')[]): Unreachable {
  if (chats.length === 0) return 'no_address';
  if (chats.length === 2) return 'channels_off';
  return chats[0] === 'telegram' ? 'telegram_off' : 'whatsapp_off';
}

function onCallAt(office: Office, date: Date): string[] {
  const ids = office.oncall.filter((rule) => isOncallNow(rule, office, date)).map((rule) => rule.officer);
  return [...new Set(ids)];
}

/**
 * The first moment after `now` when the office's on-call set differs. Rules change only at their
 * `from`/`to` times or at midnight (a rule limited to days), so only those moments are tried.
 */
function nextChange(
  office: Office,
  now: Date,
  current: string[],
): { at: number; officers: string[] } | undefined {
  const local = officeLocalTime(office, now);
  // Local midnight today, on the whole minute (Indonesian zones keep no daylight saving).
  const midnight = Math.floor(now.getTime() / MINUTE) * MINUTE - local.minutes * MINUTE;
  const marks = new Set<number>([0]);
  for (const rule of office.oncall)
    for (const clock of [rule.from, rule.to]) if (clock) marks.add(minutesOf(clock) % (24 * 60));
  const moments: number[] = [];
  for (let day = 0; day <= LOOK_AHEAD_DAYS; day++)
    for (const mark of marks) moments.push(midnight + day * DAY + mark * MINUTE);
  const same = (ids: string[]) => ids.length === current.length && ids.every((id) => current.includes(id));
  for (const at of moments.filter((m) => m > now.getTime()).sort((a, b) => a - b)) {
    const officers = onCallAt(office, new Date(at));
    if (!same(officers)) return { at, officers };
  }
  return undefined;
}

function minutesOf(clock: string): number {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}
