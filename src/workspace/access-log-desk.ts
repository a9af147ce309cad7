/**
 * The access log (`/petugas/akses`): what officers opened and did, newest first — the other half of
 * "every read is audited", for the people who answer for it. A supervisor reads the officers of their
 * office and the offices below it; an administrator everyone, the service's own lines and the
 * command line's included. Ids, actions, times and case references only, never text; reading it is
 * audited (`access_log_viewed`, with the officer asked about), and so is a refusal.
 */
import type { DeskAccessEvent } from '../db/storage-ports.js';
import type { OfficerRoster } from '../handoff/officer-roster.js';
import type { DeskGateway } from './sign-in.js';
import { SYSTEM_ACTOR, type Viewer, whoIs } from './workspace-access.js';

/** The periods offered, in days, shortest first; 30 is the default. */
export const ACCESS_LOG_DAYS = [7, 30, 90] as const;
const DEFAULT_DAYS = 30;
/** One page's worth: enough for a month of a district office, and a cue to narrow it beyond. */
export const ACCESS_LOG_LIMIT = 300;
const DAY_MS = 86_400_000;

/** What the page's URL asks for: `?petugas=palu-a&hari=7` (both optional). */
export interface AccessLogQuery {
  officer?: string;
  days?: string;
}

export interface AccessLogView {
  /** The officers this viewer may ask about, by office. */
  officers: { id: string; name: string; officeName: string }[];
  officer: string | undefined;
  days: number;
  /** The periods to choose from, in days. */
  periods: readonly number[];
  events: AccessLine[];
  /** More lines than a page holds: the oldest are left off. */
  truncated: boolean;
}

export interface AccessLine {
  at: number;
  /** "Name (id)"; null for the service itself. */
  actorName: string | null;
  action: string;
  reference: string | null;
  /** An officer or office id an action was about, by name (a hand-over, a move). */
  about: string | null;
}

export type AccessLogResult = { ok: AccessLogView } | { refused: 'forbidden' };

export class AccessLogDesk {
  constructor(private readonly desk: DeskGateway) {}

  view(viewer: Viewer, query: AccessLogQuery): Promise<AccessLogResult> {
    return this.desk.officerDesk(async (tx, { roster, now }) => {
      const officers = viewer.role === 'officer' ? [] : visibleOfficers(viewer, roster);
      const asked = query.officer;
      if (viewer.role === 'officer' || (asked !== undefined && !officers.some((o) => o.id === asked))) {
        await tx.desk.audit(now, viewer.officerId, 'access_log_refused', asked ? { detail: asked } : {});
        return { refused: 'forbidden' };
      }
      const days = ACCESS_LOG_DAYS.find((d) => String(d) === query.days) ?? DEFAULT_DAYS;
      const actors = asked ? [asked] : viewer.role === 'admin' ? undefined : officers.map((o) => o.id);
      const rows = await tx.desk.accessLog({
        ...(actors ? { actors } : {}),
        since: now - days * DAY_MS,
        limit: ACCESS_LOG_LIMIT + 1,
      });
      await tx.desk.audit(now, viewer.officerId, 'access_log_viewed', asked ? { detail: asked } : {});
      return {
        ok: {
          officers,
          officer: asked,
          days,
          periods: ACCESS_LOG_DAYS,
          events: rows.slice(0, ACCESS_LOG_LIMIT).map((row) => line(row, roster)),
          truncated: rows.length > ACCESS_LOG_LIMIT,
        },
      };
    });
  }
}

/** A supervisor's officers: of their office and every office below it; an administrator's: all. */
function visibleOfficers(viewer: Viewer, roster: OfficerRoster): AccessLogView['officers'] {
  const offices = viewer.role === 'admin' ? roster.officeIds() : roster.officesUnder(viewer.officeId);
  return offices.flatMap((officeId) => {
    const office = roster.office(officeId);
    return (office?.officers ?? []).map((o) => ({
      id: o.id,
      name: o.name,
      officeName: office?.name ?? officeId,
    }));
  });
}

function line(row: DeskAccessEvent, roster: OfficerRoster): AccessLine {
  return {
    at: row.at,
    actorName: row.actor === SYSTEM_ACTOR ? null : whoIs(roster, row.actor),
    action: row.action,
    reference: row.reference,
    // Only ids are kept in `detail`; a day or a status is not worth a column here.
    about: row.detail
      ? (roster.officer(row.detail)?.officer.name ?? roster.officeName(row.detail) ?? null)
      : null,
  };
}
