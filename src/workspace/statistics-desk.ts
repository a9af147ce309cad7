/**
 * What the statistics page and the CSV export read: anonymous case rows of an office (and the
 * offices below it) over whole months, summed by src/statistics — the same arithmetic as
 * `hotline stats`. Who may read which office: an officer their own, a supervisor theirs and those
 * below it, an administrator every office (or all at once). Every read and export is audited (ids
 * only); a refusal too.
 */
import type { CaseStatRow, StoragePorts } from '../db/storage-ports.js';
import type { OfficerRoster } from '../handoff/officer-roster.js';
import { type CaseStatistics, summarize, summarizeMonths } from '../statistics/case-statistics.js';
import { simfoniCsv } from '../statistics/simfoni-export.js';
import { type StatPeriod, statPeriod } from '../statistics/stat-period.js';
import type { DeskGateway } from './sign-in.js';
import type { Viewer } from './workspace-access.js';

/** What the page's URL asks for: `?office=uptd-palu&from=2026-01&to=2026-03` (all optional). */
export interface StatsQuery {
  office?: string;
  from?: string;
  to?: string;
}

export interface StatsView {
  /** The offices this viewer may choose; `all` when they may see every office at once. */
  offices: { id: string; name: string }[];
  mayChooseAll: boolean;
  /** The office chosen (with the offices below it); undefined: every office. */
  office: { id: string; name: string } | undefined;
  period: StatPeriod;
  /** The zone months are counted in: the chosen office's, else the viewer's office's. */
  zone: string;
  summary: CaseStatistics;
  months: { month: string; stats: CaseStatistics }[];
}

export type StatsRefusal = 'forbidden' | 'bad_period';
export type StatsResult<T> = { ok: T } | { refused: StatsRefusal };

/** Reading the rows of a period: where, which offices, when. */
interface Scope {
  office: { id: string; name: string } | undefined;
  officeIds: string[] | undefined;
  zone: string;
  period: StatPeriod;
}

const FALLBACK_ZONE = 'Asia/Jakarta';

export class StatisticsDesk {
  constructor(private readonly desk: DeskGateway) {}

  /** The statistics page: the summary and the month-by-month figures (audited `stats_viewed`). */
  view(viewer: Viewer, query: StatsQuery): Promise<StatsResult<StatsView>> {
    return this.desk.officerDesk(async (tx, { roster, now }) => {
      const scope = await this.scope(tx, viewer, query, roster, now);
      if ('refused' in scope) return scope;
      const { office, zone, period } = scope.ok;
      const rows = await rowsOf(tx, scope.ok);
      await tx.desk.audit(now, viewer.officerId, 'stats_viewed', { officeId: office?.id ?? null });
      const choosable = statsOffices(viewer, roster) ?? roster.officeIds();
      return {
        ok: {
          offices: choosable.map((id) => ({ id, name: roster.officeName(id) ?? id })),
          mayChooseAll: viewer.role === 'admin',
          office,
          period,
          zone,
          summary: summarize(rows, now, zone),
          months: summarizeMonths(rows, period.months, now, zone),
        },
      };
    });
  }

  /**
   * The SIMFONI-shaped CSV of the same scope, and its file name. `withContacts` (administrators
   * only, asked for explicitly) adds the reporter's channel and chat address, audited as such.
   */
  csv(
    viewer: Viewer,
    query: StatsQuery,
    withContacts: boolean,
  ): Promise<StatsResult<{ csv: string; fileName: string; rows: number }>> {
    return this.desk.officerDesk(async (tx, { roster, now }) => {
      if (withContacts && viewer.role !== 'admin') return this.refuse(tx, viewer, now, undefined);
      const scope = await this.scope(tx, viewer, query, roster, now);
      if ('refused' in scope) return scope;
      const { office, zone, period } = scope.ok;
      const rows = await rowsOf(tx, scope.ok);
      await tx.desk.audit(
        now,
        viewer.officerId,
        withContacts ? 'stats_exported_with_contacts' : 'stats_exported',
        {
          officeId: office?.id ?? null,
        },
      );
      const date = new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' });
      const csv = simfoniCsv(
        rows,
        (id) => roster.officeName(id),
        (at) => date.format(at),
        now,
        withContacts ? await contactsOf(tx, rows) : undefined,
      );
      const fileName = `simfoni-${office?.id ?? 'semua'}-${period.from}-${period.to}${withContacts ? '-kontak' : ''}.csv`;
      return { ok: { csv, fileName, rows: rows.length } };
    });
  }

  /** The office, its zone and the period a query names, or why the viewer may not read it. */
  private async scope(
    tx: StoragePorts,
    viewer: Viewer,
    query: StatsQuery,
    roster: OfficerRoster,
    now: number,
  ): Promise<StatsResult<Scope>> {
    const allowed = statsOffices(viewer, roster);
    // Without a choice: an administrator sees every office, anyone else their own.
    const officeId = query.office || (viewer.role === 'admin' ? undefined : viewer.officeId);
    const office = officeId ? roster.office(officeId) : undefined;
    if (officeId && (!office || (allowed && !allowed.includes(officeId))))
      // Only an office of the directory is written down, never whatever the URL said.
      return this.refuse(tx, viewer, now, office?.id);
    const zone = office?.timezone ?? roster.office(viewer.officeId)?.timezone ?? FALLBACK_ZONE;
    const period = statPeriod(query.from, query.to, zone, now);
    if (!period) return { refused: 'bad_period' };
    const under = office ? roster.officesUnder(office.id) : undefined;
    return {
      ok: {
        office: office ? { id: office.id, name: office.name } : undefined,
        officeIds: under && allowed ? under.filter((id) => allowed.includes(id)) : under,
        zone,
        period,
      },
    };
  }

  private async refuse(
    tx: StoragePorts,
    viewer: Viewer,
    now: number,
    officeId: string | undefined,
  ): Promise<{ refused: 'forbidden' }> {
    await tx.desk.audit(now, viewer.officerId, 'stats_view_refused', { officeId: officeId ?? null });
    return { refused: 'forbidden' };
  }
}

/**
 * The offices whose figures a viewer may read (undefined: every office): an officer their own, a
 * supervisor theirs and every office below it, an administrator all.
 */
export function statsOffices(viewer: Viewer, roster: OfficerRoster): string[] | undefined {
  if (viewer.role === 'admin') return undefined;
  return viewer.role === 'supervisor' ? roster.officesUnder(viewer.officeId) : [viewer.officeId];
}

/** The anonymous case rows of a scope's offices and months. */
function rowsOf(tx: StoragePorts, { officeIds, period }: Scope): Promise<CaseStatRow[]> {
  return tx.statistics.caseRows({
    ...(officeIds ? { officeIds } : {}),
    from: period.fromMs,
    to: period.toMs,
  });
}

/** The reporter's channel and chat address of each case still holding one (an admin's explicit export). */
async function contactsOf(
  tx: StoragePorts,
  rows: readonly CaseStatRow[],
): Promise<Map<string, { channel: string; address: string }>> {
  const contacts = new Map<string, { channel: string; address: string }>();
  for (const row of rows) {
    if (row.anonymized) continue;
    const found = await tx.cases.findByReference(row.reference);
    const reach = found?.conversationId ? await tx.conversations.address(found.conversationId) : undefined;
    if (reach) contacts.set(row.reference, reach);
  }
  return contacts;
}
