/**
 * The case queue as data: which tab a case belongs to, the filters read from the URL (only known
 * values survive, so a link always means the same list), and the deadline badge of a row.
 */
import type { DeskCaseRow, DeskStatus } from '../db/storage-ports.js';
import { DESK_STATUSES } from '../db/desk-rows.js';

export const TABS = ['mine', 'unassigned', 'waiting', 'all'] as const;
export type Tab = (typeof TABS)[number];
export const KINDS = ['kdrt', 'sexual_violence', 'tppo', 'child', 'online', 'other'] as const;
export const RISKS = ['high', 'medium', 'low'] as const;

export interface QueueFilters {
  /** Unset: "Mine" when the officer holds a case, else "Waiting for a claim". */
  tab?: Tab;
  status?: DeskStatus;
  kind?: (typeof KINDS)[number];
  risk?: (typeof RISKS)[number];
  office?: string;
  /** A kab/kota or province by Kemendagri code ("72.71", "72"): cases whose place lies in it. */
  region?: string;
  /** Cases held now by this officer (their id in the directory). */
  officer?: string;
  /** Days as typed in the form (YYYY-MM-DD), in the viewer's office's time zone. */
  from?: string;
  to?: string;
}

/** A case is "due soon" in the last hour before its deadline. */
export const DUE_SOON_MS = 60 * 60 * 1000;

export type Badge = 'urgent' | 'overdue' | 'due_soon' | 'on_time' | 'held' | 'none';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** Office and officer ids as the directory spells them (the queue shows only cases the viewer may see anyway). */
const DIRECTORY_ID = /^[\w-]{1,64}$/;
/** A Kemendagri code down to kab/kota: "72" (province) or "72.71". */
const REGION_CODE = /^\d{2}(\.\d{2})?$/;

export function parseFilters(query: Record<string, unknown>): QueueFilters {
  const day = (value: unknown) => (typeof value === 'string' && DAY.test(value) ? value : undefined);
  const tab = pick(query.tab, TABS);
  const filters: QueueFilters = tab ? { tab } : {};
  const status = pick(query.status, DESK_STATUSES);
  const kind = pick(query.kind, KINDS);
  const risk = pick(query.risk, RISKS);
  const id = (value: unknown) => (typeof value === 'string' && DIRECTORY_ID.test(value) ? value : undefined);
  const office = id(query.office);
  const officer = id(query.officer);
  const region =
    typeof query.region === 'string' && REGION_CODE.test(query.region) ? query.region : undefined;
  const from = day(query.from);
  const to = day(query.to);
  return {
    ...filters,
    ...(status ? { status } : {}),
    ...(kind ? { kind } : {}),
    ...(risk ? { risk } : {}),
    ...(office ? { office } : {}),
    ...(officer ? { officer } : {}),
    ...(region ? { region } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** The query string that reproduces these filters on another tab (the tab itself set apart). */
export function filterQuery(filters: QueueFilters, tab: Tab): string {
  const params = new URLSearchParams({ tab });
  for (const key of ['status', 'kind', 'risk', 'office', 'region', 'officer', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** Whether an area code ("72.71.03") lies in a region ("72.71" or "72"). */
function inRegion(code: string | null, region: string): boolean {
  return code !== null && (code === region || code.startsWith(`${region}.`));
}

/** The kab/kota (or province) codes of these cases' places, to offer as the region filter. */
export function regionsOf(rows: readonly DeskCaseRow[]): string[] {
  const codes = new Set<string>();
  for (const row of rows) if (row.regionCode) codes.add(row.regionCode.slice(0, 5));
  return [...codes].sort();
}

/** Whether a row is held by an officer now (its newest alert claimed). */
export function heldBy(row: DeskCaseRow): string | null {
  return row.alert?.status === 'claimed' ? row.alert.claimedBy : null;
}

/**
 * Who took the case, holding it still or not (a closed conversation keeps its officer): what the
 * page and the queue show, and what the holder filter and the "nobody" tab read. A case closed in
 * the chat with `/selesai` used to show "nobody" and sit among the unassigned (officer trial).
 */
export function handledBy(row: DeskCaseRow): string | null {
  return row.alert?.claimedBy ?? null;
}

export function inTab(row: DeskCaseRow, tab: Tab, officerId: string): boolean {
  switch (tab) {
    case 'mine':
      return heldBy(row) === officerId;
    case 'unassigned':
      return handledBy(row) === null && row.deskStatus !== 'selesai' && !row.anonymized;
    case 'waiting':
      return row.alert !== null && ['waiting', 'ringing', 'exhausted'].includes(row.alert.status);
    case 'all':
      return true;
  }
}

/** The filters other than the tab (status, kind, risk, office, region, holder; the dates are applied in the query). */
export function matches(row: DeskCaseRow, filters: QueueFilters): boolean {
  if (filters.status && row.deskStatus !== filters.status) return false;
  if (filters.kind && !row.categories.includes(filters.kind)) return false;
  if (filters.risk && row.risk !== filters.risk) return false;
  if (filters.office && row.officeId !== filters.office) return false;
  if (filters.officer && handledBy(row) !== filters.officer) return false;
  if (filters.region && !inRegion(row.regionCode, filters.region)) return false;
  return true;
}

/** The deadline badge: from the notice's deadline (alerts.deadline_at) while nobody holds the case. */
export function badgeOf(row: DeskCaseRow, now: number): Badge {
  const alert = row.alert;
  if (!alert || alert.status === 'closed') return 'none';
  if (alert.status === 'claimed') return 'held';
  if (alert.escalated) return 'overdue';
  if (alert.deadlineAt === null) return alert.reason === 'notice' ? 'none' : 'urgent';
  if (now >= alert.deadlineAt) return 'overdue';
  return alert.deadlineAt - now <= DUE_SOON_MS ? 'due_soon' : 'on_time';
}

/** The order of the queue: what needs someone first. */
const BADGE_ORDER: readonly Badge[] = ['urgent', 'overdue', 'due_soon', 'on_time', 'held', 'none'];

/**
 * Queue order: unclaimed urgent cases, then overdue, due soon and on time, each the longest
 * waiting first; then cases in hand and closed ones, newest first. Newest-first alone put an
 * ordinary case above an urgent one waiting since morning (officer trial, on a phone).
 */
export function queueOrder(now: number): (a: DeskCaseRow, b: DeskCaseRow) => number {
  return (a, b) => {
    const rank = BADGE_ORDER.indexOf(badgeOf(a, now)) - BADGE_ORDER.indexOf(badgeOf(b, now));
    if (rank !== 0) return rank;
    const waiting = BADGE_ORDER.indexOf(badgeOf(a, now)) < BADGE_ORDER.indexOf('held');
    return waiting ? a.createdAt - b.createdAt : b.createdAt - a.createdAt;
  };
}

/** Midnight starting `day` (YYYY-MM-DD) in `timeZone`, as epoch milliseconds. */
export function dayStart(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(guess);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return guess - (local - guess);
}
