/**
 * Handing a case on: to another officer of its office (assign), or to another office (transfer,
 * supervisors and administrators only). The new holder, or the new office's officers on duty, are
 * told through the bot as a case notice tells them; whoever held it before is told it left them.
 * A transfer closes the case's open alerts and opens a new notice for the new office through the
 * handoff's own decision (case-notice.ts), so the deadlines, the escalation and the reporter's
 * "forwarded to …" are the same as for a new case — and the old office's officers lose sight of it
 * (workspace-access.ts), while the supervisors above both keep it. Audited with the id it went to.
 */
import type { DeskKit } from '../conversations/hotline-options.js';
import type { HostOutput } from '../conversations/output-executor.js';
import type { DeskCaseRow } from '../db/storage-ports.js';
import type { MessagePart } from '../engine/types.js';
import type { OfficerRoster } from '../handoff/officer-roster.js';
import { type ActionResult, actOn } from './case-actions.js';
import { heldBy } from './case-queue.js';
import type { DeskGateway } from './sign-in.js';
import type { Viewer } from './workspace-access.js';

export class CaseHandover {
  constructor(private readonly desk: DeskGateway) {}

  /** The case goes to `officerId`, an officer of its own office, as if they had taken it. */
  assign(viewer: Viewer, reference: string, officerId: string): Promise<ActionResult> {
    return actOn(this.desk, viewer, reference, async (tx, kit, row) => {
      const alert = row.alert;
      const target = kit.roster.officer(officerId);
      const holder = heldBy(row);
      if (!target || target.office.id !== row.officeId || holder === officerId) return 'not_assignable';
      if (!alert || alert.status === 'closed' || row.anonymized) return 'not_assignable';
      if (!mayHandOver(viewer, row, kit.roster)) return 'not_assignable';
      if (alert.status !== 'claimed' && !mayReceive(kit.roster, row, officerId, kit.now))
        return 'assignee_off_duty';
      const conversationId = (await tx.cases.byId(row.id))?.conversationId;
      if (!conversationId) return 'not_assignable';
      const outputs: HostOutput[] = [
        // The chat button's own claim: the reporter's words now go to the new holder.
        { type: 'claim', alertId: alert.id, conversationId, officerId },
        {
          type: 'officer_message',
          officerId,
          message: {
            keys: [
              { key: 'officer:workspace.assigned', params: { reference: row.reference, by: viewer.name } },
              ...link(kit, row.reference),
            ],
          },
          priority: 'normal',
        },
      ];
      if (holder && holder !== viewer.officerId)
        outputs.push(
          told(holder, 'officer:workspace.assigned_away', {
            reference: row.reference,
            to: target.officer.name,
          }),
        );
      await kit.perform(outputs);
      const ids = { caseId: row.id, officeId: row.officeId };
      await tx.desk.audit(kit.now, viewer.officerId, 'desk_assigned', { ...ids, detail: officerId });
      return 'assigned';
    });
  }

  /** The case goes to another office: announced there as a new notice; status back to `baru`. */
  transfer(viewer: Viewer, reference: string, officeId: string): Promise<ActionResult> {
    return actOn(this.desk, viewer, reference, async (tx, kit, row) => {
      const office = kit.roster.office(officeId);
      if (viewer.role === 'officer' || !office || officeId === row.officeId || row.anonymized)
        return 'not_transferable';
      const conversationId = (await tx.cases.byId(row.id))?.conversationId;
      if (!conversationId) return 'not_transferable';
      // The notice is the conversation's newest case's (case-notice.ts): an older case stays put.
      if ((await tx.cases.latest(conversationId))?.id !== row.id) return 'not_transferable';
      // Nobody there (or above it) can be told now: the case would leave this queue and reach no one
      // (officer trial: the page said the office was told, and the case dropped out of sight).
      if (!kit.roster.noticeTiers(officeId, new Date(kit.now)).some((tier) => tier.length > 0))
        return 'transfer_unreachable';
      const outputs: HostOutput[] = (await tx.alerts.openOf(conversationId))
        .filter((open) => open.caseId === row.id)
        .map((open) => ({
          type: 'alert_update' as const,
          alertId: open.id,
          patch: { status: 'closed' as const, closedAt: kit.now },
        }));
      const holder = heldBy(row);
      if (holder && holder !== viewer.officerId)
        outputs.push(
          told(holder, 'officer:workspace.transferred_away', {
            reference: row.reference,
            office: office.name,
          }),
        );
      await kit.perform(outputs);
      await tx.desk.setOffice(row.id, officeId, kit.now);
      await tx.desk.setStatus(row.id, 'baru', kit.now);
      await tx.desk.audit(kit.now, viewer.officerId, 'desk_transferred', {
        caseId: row.id,
        officeId: row.officeId,
        detail: officeId,
      });
      // Opened by an officer, not counted against the reporter's alert limit (a `notice_open` output
      // would be): a later danger signal of theirs must still open an alert. Then announced like
      // any new case.
      await tx.alerts.open({ conversationId, reason: 'notice', now: kit.now });
      await kit.perform(await kit.handoff.ringWaiting(tx, conversationId, kit.now));
      return 'transferred';
    });
  }
}

/**
 * Who may hand a case to another officer: the officer holding it; while nobody holds it, anyone who
 * may take it; a supervisor or administrator always.
 */
export function mayHandOver(viewer: Viewer, row: DeskCaseRow, roster: OfficerRoster): boolean {
  if (viewer.role !== 'officer') return true;
  const holder = heldBy(row);
  return holder === viewer.officerId || (holder === null && roster.mayHandle(viewer.officerId, row.officeId));
}

/** The officers a case may be handed to: its office's, but the one holding it. */
export function assignees(
  row: DeskCaseRow,
  roster: OfficerRoster,
  now: number,
): { id: string; name: string; onDuty: boolean }[] {
  const office = row.officeId ? roster.office(row.officeId) : undefined;
  return (office?.officers ?? [])
    .filter((officer) => officer.id !== heldBy(row))
    .map((officer) => ({
      id: officer.id,
      name: officer.name,
      onDuty: mayReceive(roster, row, officer.id, now),
    }));
}

/**
 * Who may be handed a case nobody has taken yet: an officer on call now whom the bot reaches, or a
 * supervisor of its office. Handing it to an officer whose shift has not begun stopped the alert
 * chain with nobody acting on the case (officer trial).
 */
function mayReceive(roster: OfficerRoster, row: DeskCaseRow, officerId: string, now: number): boolean {
  if (!row.officeId) return false;
  if (roster.officer(officerId)?.officer.role === 'supervisor') return roster.reach(officerId) !== undefined;
  return roster.escalationChain(row.officeId, new Date(now)).includes(officerId);
}

function told(officerId: string, key: string, params: Record<string, string>): HostOutput {
  return { type: 'officer_message', officerId, message: { keys: [{ key, params }] }, priority: 'normal' };
}

function link(kit: DeskKit, reference: string): MessagePart[] {
  const url = kit.handoff.workspaceUrl;
  return url
    ? [{ key: 'officer:notice.link', params: { url: `${url}/kasus/${encodeURIComponent(reference)}` } }]
    : [];
}
