/**
 * What the workspace reads: the queue (no text, only cases the viewer may see) and one case's page
 * (the report decrypted, its notes and trail). Every read of a case page is audited, and so is a
 * refusal (ids and times only).
 */
import type { DeskCaseRow, SimfoniStored, StoragePorts } from '../db/storage-ports.js';
import type { Language } from '../engine/types.js';
import type { OfficerRoster } from '../handoff/officer-roster.js';
import { simfoniPrefill } from '../statistics/simfoni-vocabulary.js';
import {
  type Badge,
  badgeOf,
  queueOrder,
  dayStart,
  handledBy,
  heldBy,
  inTab,
  matches,
  regionsOf,
  type QueueFilters,
  TABS,
  type Tab,
} from './case-queue.js';
import type { MaskWords } from './contact-mask.js';
import { assignees, mayHandOver } from './case-handover.js';
import { caseTimeline, type TimelineItem } from './case-timeline.js';
import type { DeskGateway } from './sign-in.js';
import { maySee, queueOffices, SYSTEM_ACTOR, type Viewer, whoIs } from './workspace-access.js';

/** The queue reads at most this many of the newest cases (the date filter reaches older ones). */
export const QUEUE_LIMIT = 500;
const DAY_MS = 86_400_000;

export interface QueueRow {
  row: DeskCaseRow;
  badge: Badge;
  officeName: string;
  holderName: string | null;
}

export interface QueueView {
  /** The tab shown: the one asked for, else "mine" when the viewer holds a case, else "waiting". */
  tab: Tab;
  rows: QueueRow[];
  counts: Record<Tab, number>;
  /** Offices the viewer may filter by. */
  offices: { id: string; name: string }[];
  /** Kab/kota codes of the places of the cases the viewer sees, to filter by. */
  regions: string[];
  now: number;
}

export interface CasePage {
  row: DeskCaseRow;
  officeName: string;
  holderName: string | null;
  /** The report as the reporter told it (empty once they deleted their data). */
  details: Record<string, unknown>;
  language: Language | null;
  outsideNotes: string[];
  notes: { officerName: string; text: string; at: number }[];
  /** `actorName` null: the hotline itself (no officer). */
  trail: { actorName: string | null; action: string; at: number }[];
  /** The typed numbers and addresses are shown (asked for, audited); or some are hidden. */
  contactsRevealed: boolean;
  contactsHidden: boolean;
  /** The masked conversation, status changes and notes, oldest first. */
  timeline: TimelineItem[];
  /** Officer and office names by id, for the timeline's officer-side items. */
  names: Record<string, string>;
  mayClaim: boolean;
  mayReply: boolean;
  /** Officers of the case's office it may be handed to (empty when the viewer may not hand it on). */
  assignees: { id: string; name: string; onDuty: boolean }[];
  /** Offices it may be moved to (supervisors and administrators only). */
  transferOffices: { id: string; name: string }[];
  /** The evidence files the reporter sent, in order (opened through /bukti/:id). */
  evidence: { kind: string; mediaId: string }[];
  /** The SIMFONI-PPA section: what an officer confirmed, else triage's pre-fill (unconfirmed). */
  simfoni: { values: SimfoniStored; confirmed: boolean };
  badge: Badge;
  now: number;
}

export type Found<T> = { ok: T } | { refused: 'not_found' | 'forbidden' };

export class CaseDesk {
  constructor(private readonly desk: DeskGateway) {}

  queue(viewer: Viewer, filters: QueueFilters, timeZone: string): Promise<QueueView> {
    return this.desk.officerDesk(async (tx, { roster, now }) => {
      const officeIds = queueOffices(viewer, roster);
      const visible = (
        await tx.desk.list({
          ...(officeIds ? { officeIds } : {}),
          ...(filters.from ? { from: dayStart(filters.from, timeZone) } : {}),
          ...(filters.to ? { to: dayStart(filters.to, timeZone) + DAY_MS } : {}),
          limit: QUEUE_LIMIT,
        })
      ).filter((row) => maySee(viewer, row, roster));
      const regions = regionsOf(visible);
      const rows = visible.filter((row) => matches(row, filters));
      const counts = Object.fromEntries(
        TABS.map((tab) => [tab, rows.filter((row) => inTab(row, tab, viewer.officerId)).length]),
      ) as Record<Tab, number>;
      const offices = (officeIds ?? roster.officeIds()).map((id) => ({
        id,
        name: roster.officeName(id) ?? id,
      }));
      const tab = filters.tab ?? (counts.mine > 0 ? 'mine' : 'waiting');
      return {
        tab,
        rows: rows
          .filter((row) => inTab(row, tab, viewer.officerId))
          .sort(queueOrder(now))
          .map((row) => ({
            row,
            badge: badgeOf(row, now),
            officeName: officeName(roster, row.officeId),
            holderName: nameOf(roster, handledBy(row)),
          })),
        counts,
        offices,
        regions,
        now,
      };
    });
  }

  /**
   * A case's page; the read is audited (`case_viewed`, and `timeline_viewed` for the conversation
   * on it), a refusal too (`case_view_refused`).
   */
  page(
    viewer: Viewer,
    reference: string,
    mask: MaskWords,
    options: { revealContacts?: boolean } = {},
  ): Promise<Found<CasePage>> {
    return this.desk.officerDesk(async (tx, { roster, now }) => {
      const found = await visibleCase(tx, roster, viewer, reference, now);
      if ('refused' in found) return found;
      const { row } = found.ok;
      const view = await tx.cases.byId(row.id);
      const conversation = view?.conversationId
        ? await tx.conversations.load<{ lang?: Language }>(view.conversationId)
        : undefined;
      const ids = { caseId: row.id, officeId: row.officeId };
      const trail = await tx.desk.trail(row.id);
      const reveal = options.revealContacts === true && !row.anonymized;
      const timeline = await caseTimeline(tx, row.id, view?.conversationId ?? null, trail, mask, reveal);
      await tx.desk.audit(now, viewer.officerId, 'case_viewed', ids);
      await tx.desk.audit(now, viewer.officerId, 'timeline_viewed', ids);
      if (reveal) await tx.desk.audit(now, viewer.officerId, 'contacts_revealed', ids);
      const confirmed = await tx.desk.simfoni(row.id);
      const holder = heldBy(row);
      const open = row.alert !== null && row.alert.status !== 'closed' && row.alert.status !== 'claimed';
      return {
        ok: {
          row,
          officeName: officeName(roster, row.officeId),
          holderName: nameOf(roster, handledBy(row)),
          details: view?.details ?? {},
          // The conversation's language now, else the one the report was made in.
          language: conversation?.snapshot?.lang ?? (row.language as Language | null),
          outsideNotes: (await tx.outsideNotes.ofCase(row.id)).map((note) => note.text),
          notes: (await tx.desk.notes(row.id)).map((note) => ({
            officerName: nameOf(roster, note.officerId) ?? note.officerId,
            text: note.text,
            at: note.at,
          })),
          // By name and id: two officers may share a name (officer trial: three "Petugas Contoh A").
          trail: trail.map((event) => ({
            actorName: event.actor === SYSTEM_ACTOR ? null : whoIs(roster, event.actor),
            action: event.action,
            at: event.at,
          })),
          timeline,
          contactsRevealed: reveal,
          // Something typed was hidden: the page offers to show it (audited).
          contactsHidden:
            !reveal &&
            timeline.some(
              (item) => 'text' in item && (item.text.includes(mask.phone) || item.text.includes(mask.email)),
            ),
          names: namesIn(roster, timeline),
          evidence: evidenceOf(view?.details ?? {}),
          simfoni: { values: confirmed ?? simfoniPrefill(row), confirmed: confirmed !== undefined },
          mayClaim: open && !row.anonymized && roster.mayHandle(viewer.officerId, row.officeId),
          mayReply: holder === viewer.officerId && !row.anonymized,
          assignees: handOver(row, viewer, roster, now),
          transferOffices:
            viewer.role === 'officer' || row.anonymized
              ? []
              : roster
                  .officeIds()
                  .filter((id) => id !== row.officeId)
                  .map((id) => ({ id, name: roster.officeName(id) ?? id })),
          badge: badgeOf(row, now),
          now,
        },
      };
    });
  }
}

/**
 * The case a reference names, if the viewer may see it. Another office's case is refused and the
 * refusal audited; a reference that names no case is only "not found".
 */
export async function visibleCase(
  tx: StoragePorts,
  roster: OfficerRoster,
  viewer: Viewer,
  reference: string,
  now: number,
): Promise<Found<{ row: DeskCaseRow }>> {
  const view = await tx.cases.findByReference(reference.toUpperCase());
  const row = view ? await tx.desk.one(view.id) : undefined;
  if (!row) return { refused: 'not_found' };
  if (!maySee(viewer, row, roster)) {
    await tx.desk.audit(now, viewer.officerId, 'case_view_refused', {
      caseId: row.id,
      officeId: row.officeId,
    });
    return { refused: 'forbidden' };
  }
  return { ok: { row } };
}

function officeName(roster: OfficerRoster, officeId: string | null): string {
  return officeId ? (roster.officeName(officeId) ?? officeId) : '—';
}

function nameOf(roster: OfficerRoster, officerId: string | null): string | null {
  return officerId ? (roster.officer(officerId)?.officer.name ?? officerId) : null;
}

/** The names behind the ids a timeline mentions (officers, and the offices a case went to). */

function namesIn(roster: OfficerRoster, timeline: readonly TimelineItem[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const item of timeline) {
    if (item.type === 'officer' || item.type === 'note' || item.type === 'event')
      names[item.officerId] = nameOf(roster, item.officerId) ?? item.officerId;
    if (item.type === 'event' && item.detail)
      names[item.detail] =
        roster.officer(item.detail)?.officer.name ?? roster.officeName(item.detail) ?? item.detail;
  }
  return names;
}

function handOver(
  row: DeskCaseRow,
  viewer: Viewer,
  roster: OfficerRoster,
  now: number,
): ReturnType<typeof assignees> {
  const open = row.alert !== null && row.alert.status !== 'closed';
  return open && !row.anonymized && mayHandOver(viewer, row, roster) ? assignees(row, roster, now) : [];
}

/** The case's evidence as the flow appended it (case details, `addEvidence`). */
export function evidenceOf(details: Record<string, unknown>): { kind: string; mediaId: string }[] {
  const list = Array.isArray(details.evidence) ? details.evidence : [];
  return list.filter(
    (item): item is { kind: string; mediaId: string } =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { mediaId?: unknown }).mediaId === 'string',
  );
}
