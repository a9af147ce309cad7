/**
 * What an officer does to a case in the workspace. Taking a case and replying to the reporter go
 * through the handoff's own decisions (officer-desk.ts), so the reporter is told and the other
 * officers are told exactly as when the chat button is pressed; the status and internal notes are
 * the workspace's. Every action is audited (ids, never text).
 */
import type { DeskCaseRow, SimfoniStored, StoragePorts } from '../db/storage-ports.js';
import type { DeskStatus } from '../db/desk-rows.js';
import type { DeskKit } from '../conversations/hotline-options.js';
import type { HostOutput } from '../conversations/output-executor.js';
import { MAX_MESSAGE_CHARS } from '../engine/text-limits.js';
import { CLAIM_PREFIX } from '../handoff/officer-desk.js';
import { decideBlockCommand } from '../handoff/sender-block.js';
import type { OfficerChat } from '../handoff/handoff-output.js';
import { visibleCase } from './case-desk.js';
import { heldBy } from './case-queue.js';
import type { DeskGateway } from './sign-in.js';
import type { Viewer } from './workspace-access.js';

/** What became of an action, shown to the officer as a one-line notice (workspace:done.*). */
export type Outcome =
  | 'claimed'
  | 'already_yours'
  | 'taken'
  | 'not_claimable'
  | 'sent'
  | 'held_back'
  | 'not_holder'
  | 'empty'
  | 'status_changed'
  | 'note_added'
  | 'blocked'
  | 'unblocked'
  | 'not_blocked'
  | 'block_refused'
  | 'gone'
  | 'assigned'
  | 'not_assignable'
  | 'assignee_off_duty'
  | 'transferred'
  | 'not_transferable'
  | 'transfer_unreachable'
  | 'follow_up_set'
  | 'follow_up_cleared'
  | 'simfoni_saved';

export type ActionResult = { outcome: Outcome } | { refused: 'not_found' | 'forbidden' };

/** Internal notes are for the file, not essays: the same cap as a chat message. */
export const MAX_NOTE_CHARS = MAX_MESSAGE_CHARS;

export class CaseActions {
  constructor(private readonly desk: DeskGateway) {}

  /** "Take this case": the chat button's claim, decided by the handoff. */
  claim(viewer: Viewer, reference: string): Promise<ActionResult> {
    return this.act(viewer, reference, async (tx, kit, row) => {
      const alert = row.alert;
      if (!alert || alert.status === 'closed' || row.anonymized) return 'not_claimable';
      if (alert.status === 'claimed') return alert.claimedBy === viewer.officerId ? 'already_yours' : 'taken';
      const on = kit.roster.officer(viewer.officerId)!;
      const chat = await officerChat(tx, kit, viewer.officerId);
      const outputs = await kit.handoff.fromOfficer(
        tx,
        on,
        chat ?? NO_CHAT,
        { type: 'choice', optionId: `${CLAIM_PREFIX}${alert.id}` },
        kit.now,
      );
      // The claim summary goes to the officer's own chat, as after the button; with no chat, nowhere.
      await kit.perform(chat ? outputs : withoutReplies(outputs));
      // The claim itself moved a new case to `ditangani` (output-executor.ts).
      if (!outputs.some((o) => o.type === 'claim')) return 'not_claimable';
      return 'claimed';
    });
  }

  /** A reply relayed to the reporter through the bot, as the officer's chat message would be. */
  reply(viewer: Viewer, reference: string, text: string): Promise<ActionResult> {
    return this.act(viewer, reference, async (tx, kit, row) => {
      if (heldBy(row) !== viewer.officerId || row.anonymized) return 'not_holder';
      const body = text.trim().slice(0, MAX_MESSAGE_CHARS);
      if (body === '') return 'empty';
      const on = kit.roster.officer(viewer.officerId)!;
      // The reference first: the desk relays it to this case even when the officer holds several.
      const outputs = await kit.handoff.fromOfficer(
        tx,
        on,
        NO_CHAT,
        { type: 'text', text: `${row.reference}: ${body}` },
        kit.now,
      );
      await kit.perform(withoutReplies(outputs));
      return outputs.some((o) => o.type === 'reporter_message') ? 'sent' : 'held_back';
    });
  }

  /**
   * The workflow status. `selesai` from the officer holding the case also ends the relayed chat,
   * as `/selesai` does: the reporter is told and later messages go to the flow again.
   */
  setStatus(viewer: Viewer, reference: string, status: DeskStatus): Promise<ActionResult> {
    return this.act(viewer, reference, async (tx, kit, row) => {
      await this.status(tx, kit, viewer, row.id, row.officeId, status);
      const alert = row.alert;
      if (status === 'selesai' && alert && heldBy(row) === viewer.officerId) {
        const ids = { id: alert.id, caseId: row.id, officeId: row.officeId };
        const closing: HostOutput[] = [
          { type: 'alert_update', alertId: alert.id, patch: { status: 'closed', closedAt: kit.now } },
          { type: 'alert_audit', actor: viewer.officerId, action: 'closed', alert: ids },
        ];
        const conversationId = (await tx.cases.byId(row.id))?.conversationId;
        if (conversationId)
          closing.push({
            type: 'reporter_message',
            conversationId,
            message: { keys: ['hotline:handoff.closed'] },
          });
        await kit.perform(closing);
      }
      return 'status_changed';
    });
  }

  /** An internal note: stored encrypted, never sent to the reporter. */
  addNote(viewer: Viewer, reference: string, text: string): Promise<ActionResult> {
    return this.act(viewer, reference, async (tx, kit, row) => {
      const body = text.trim().slice(0, MAX_NOTE_CHARS);
      if (body === '') return 'empty';
      await tx.desk.addNote({ caseId: row.id, officerId: viewer.officerId, text: body, now: kit.now });
      await tx.desk.audit(kit.now, viewer.officerId, 'desk_note_added', {
        caseId: row.id,
        officeId: row.officeId,
      });
      return 'note_added';
    });
  }

  /** The day to follow the case up (office zone), or null to clear it; audited with the day. */
  setFollowUp(viewer: Viewer, reference: string, day: string | null): Promise<ActionResult> {
    return this.act(viewer, reference, async (tx, kit, row) => {
      await tx.desk.setFollowUp(row.id, day, kit.now);
      await tx.desk.audit(kit.now, viewer.officerId, 'desk_follow_up_set', {
        caseId: row.id,
        officeId: row.officeId,
        ...(day ? { detail: day } : {}),
      });
      return day ? 'follow_up_set' : 'follow_up_cleared';
    });
  }

  /** The SIMFONI-PPA values, confirmed by the officer: stored encrypted, audited without them. */
  saveSimfoni(viewer: Viewer, reference: string, values: SimfoniStored): Promise<ActionResult> {
    return this.act(viewer, reference, async (tx, kit, row) => {
      await tx.desk.setSimfoni(row.id, values, kit.now);
      await tx.desk.audit(kit.now, viewer.officerId, 'desk_simfoni_saved', {
        caseId: row.id,
        officeId: row.officeId,
      });
      return 'simfoni_saved';
    });
  }

  /**
   * Block an abusive sender for `days` (or lift the block): the chat command's own decision
   * (sender-block.ts), so the same rules hold — only cases of the officer's office or below, the
   * emergency numbers still go out, and it is audited the same way.
   */
  block(
    viewer: Viewer,
    reference: string,
    command: { kind: 'block'; days: number } | { kind: 'unblock' },
  ): Promise<ActionResult> {
    return this.act(viewer, reference, async (tx, kit, row) => {
      const conversationId = (await tx.cases.byId(row.id))?.conversationId ?? null;
      const blocked =
        conversationId !== null && (await tx.senderBlocks.activeUntil(conversationId, kit.now)) !== undefined;
      const outputs = decideBlockCommand(
        {
          on: kit.roster.officer(viewer.officerId)!,
          chat: NO_CHAT,
          target: { caseId: row.id, reference: row.reference, officeId: row.officeId, conversationId },
          blocked,
        },
        { ...command, reference: row.reference },
        kit.roster,
        kit.now,
      );
      await kit.perform(withoutReplies(outputs));
      if (outputs.some((o) => o.type === 'sender_block')) return 'blocked';
      if (outputs.some((o) => o.type === 'sender_unblock')) return 'unblocked';
      if (!conversationId) return 'gone';
      return command.kind === 'unblock' && outputs.every((o) => o.type !== 'case_audit')
        ? 'not_blocked'
        : 'block_refused';
    });
  }

  private async status(
    tx: StoragePorts,
    kit: DeskKit,
    viewer: Viewer,
    caseId: string,
    officeId: string | null,
    status: DeskStatus,
  ): Promise<void> {
    await tx.desk.setStatus(caseId, status, kit.now);
    await tx.desk.audit(kit.now, viewer.officerId, 'desk_status_changed', {
      caseId,
      officeId,
      detail: status,
    });
  }

  private act(viewer: Viewer, reference: string, work: CaseWork): Promise<ActionResult> {
    return actOn(this.desk, viewer, reference, work);
  }
}

/** One action on a case the viewer may see, in one unit of work; `forbidden` (audited) otherwise. */
export type CaseWork = (tx: StoragePorts, kit: DeskKit, row: DeskCaseRow) => Promise<Outcome>;

export function actOn(
  desk: DeskGateway,
  viewer: Viewer,
  reference: string,
  work: CaseWork,
): Promise<ActionResult> {
  return desk.officerDesk(async (tx, kit) => {
    const found = await visibleCase(tx, kit.roster, viewer, reference, kit.now);
    if ('refused' in found) return found;
    return { outcome: await work(tx, kit, found.ok.row) };
  });
}

/** Replies meant for the officer's chat; the workspace shows its own notice instead. */
export const NO_CHAT: OfficerChat = { id: '', channel: 'workspace', address: '' };

export function withoutReplies(outputs: readonly HostOutput[]): HostOutput[] {
  return outputs.filter((o) => o.type !== 'officer_reply');
}

/** The officer's own chat with the bot, where the chat button's answers go; undefined when unreachable. */
async function officerChat(
  tx: StoragePorts,
  kit: DeskKit,
  officerId: string,
): Promise<OfficerChat | undefined> {
  const reach = kit.roster.reach(officerId);
  if (!reach) return undefined;
  const id = await tx.conversations.findOrCreate(reach.channel, reach.userKey, reach.address, kit.now);
  return { id, channel: reach.channel, address: reach.address };
}
