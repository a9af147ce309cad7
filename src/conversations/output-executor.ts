/**
 * The one place a step's decisions become writes. The engine's outputs (replies, timers, case
 * updates, erasure) and the handoff's (officer messages, the relay, claims, alerts, audit) are data;
 * one exhaustive switch performs them, through the ports of the unit of work of the message that
 * caused them.
 */
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { OutboxEntry, StoragePorts } from '../db/storage-ports.js';
import type { Language, Message, Output } from '../engine/types.js';
import { ALERT_TIMER_PREFIX } from '../handoff/alert-limits.js';
import type { AlertReason, Handoff } from '../handoff/handoff.js';
import { type HandoffOutput, OFFICER_LANGUAGE, type OfficerPriority } from '../handoff/handoff-output.js';
import { renderMessage } from './message-renderer.js';
import { REFERENCE_WINDOW_MS } from './reference-guard.js';
import { eraseReporterData } from './reporter-erasure.js';

/** Everything a flow or the handoff may ask the host to do. */
export type HostOutput = Output | HandoffOutput;

/**
 * The reporter's step whose outputs these are: the engine's outputs go to its conversation. The
 * handoff's name their own conversations (an officer's, a reporter's), so they need none.
 */
export interface StepPlace {
  conversationId: string;
  /** The message being processed: a deletion request keeps it until it is marked done. */
  inboundId: number;
  channel: string;
  address: string;
  lang: Language;
}

export interface OutputExecutorDeps {
  translator: i18n;
  logger: Logger;
  /** The officer side: where officers are reached, and the decisions that follow a reporter's outputs. */
  handoff?: Handoff;
}

export class OutputExecutor {
  constructor(private readonly deps: OutputExecutorDeps) {}

  async perform(
    tx: StoragePorts,
    outputs: readonly HostOutput[],
    now: number,
    step?: StepPlace,
  ): Promise<void> {
    const { translator, logger, handoff } = this.deps;
    // The engine's outputs read the step's place; each checks first that there is one (inStep).
    const at = { now, ...step } as StepPlace & { now: number };
    const inStep = (output: Output): void => {
      if (!step)
        throw new Error(
          `the engine output ${output.type} belongs to a reporter's step: pass the step's place to perform()`,
        );
    };
    let alert: AlertReason | undefined;
    let officeSet = false;
    // The emergency reply to a danger signal goes ahead of every queue (the rest of this step's
    // messages with it: one conversation's messages still go in order).
    const urgent = outputs.some((o) => o.type === 'alert_officer' && o.reason === 'urgent');
    // A step's replies in a row are queued together (one statement on PostgreSQL), before any other
    // output is performed: the writes happen in the same order as one by one.
    const replies: OutboxEntry[] = [];
    // Claims, whose cases leave `baru` after the claim's own audit line (inHand).
    const taken: { alertId: number; officerId: string }[] = [];
    const queueReplies = async () => {
      if (replies.length > 0) await tx.outbox.enqueueMany(replies.splice(0));
    };
    for (const output of outputs) {
      if (output.type !== 'send_message') await queueReplies();
      switch (output.type) {
        case 'send_message':
          inStep(output);
          replies.push({
            conversationId: at.conversationId,
            channel: at.channel,
            address: at.address,
            payload: renderMessage(translator, output.message, at.lang),
            now: at.now,
            urgent,
          });
          break;
        case 'timer_set':
          inStep(output);
          await tx.timers.set(at.conversationId, output.name, output.token, output.at);
          break;
        case 'timer_cancel':
          inStep(output);
          await tx.timers.cancel(at.conversationId, output.name);
          break;
        case 'case_update':
          inStep(output);
          await tx.cases.apply(at.conversationId, output.patch, at.now, {
            channel: at.channel,
            language: at.lang,
          });
          officeSet ||= output.patch.officeId !== undefined;
          break;
        case 'alert_officer':
          inStep(output);
          logger.info({ conversationId: at.conversationId, reason: output.reason }, 'case needs an officer');
          alert = alert === 'urgent' ? alert : output.reason;
          break;
        case 'erase_reporter_data':
          inStep(output);
          await eraseReporterData(tx, at.conversationId, at.now, {
            keepInboundId: at.inboundId,
            ...(handoff ? { closeAlerts: (id: string) => this.closeAlerts(tx, id, at.now) } : {}),
          });
          logger.info({ conversationId: at.conversationId }, 'reporter data erased on request');
          break;
        case 'conversation_ended':
          inStep(output);
          if (handoff)
            await this.perform(tx, await handoff.reporterLeft(tx, at.conversationId, at.now), at.now);
          break;
        case 'attempt_recorded':
          inStep(output);
          await tx.attempts.record(output.kind, output.keys, at.now, at.now - REFERENCE_WINDOW_MS);
          break;
        case 'audit':
          inStep(output);
          await tx.alerts.auditHotline(at.now, output.action, output.caseId ? { caseId: output.caseId } : {});
          break;
        case 'conversation_failed':
          inStep(output);
          logger.error(
            { conversationId: at.conversationId, reason: output.reason },
            'flow failed; reporter got the safe fallback',
          );
          break;
        case 'officer_message': {
          const outboxId = await this.toOfficer(
            tx,
            output.officerId,
            output.message,
            output.priority,
            at.now,
          );
          if (outboxId === undefined || !output.alerts) break;
          for (const alertId of output.alerts.ids) {
            await tx.alerts.linkMessage(alertId, outboxId);
            if (output.alerts.ring)
              await tx.alerts.update(alertId, { ringOutboxId: outboxId, updatedAt: at.now });
          }
          break;
        }
        case 'relay':
          await this.toOfficer(tx, output.officerId, output.message, 'normal', at.now);
          break;
        case 'officer_reply':
          await tx.outbox.enqueue({
            conversationId: output.chat.id,
            channel: output.chat.channel,
            address: output.chat.address,
            payload: renderMessage(translator, output.message, output.language),
            now: at.now,
          });
          break;
        case 'reporter_message': {
          const conversation = await tx.conversations.load<{ lang?: Language }>(output.conversationId);
          if (!conversation) break;
          await tx.outbox.enqueue({
            conversationId: output.conversationId,
            channel: conversation.channel,
            address: conversation.address,
            payload: renderMessage(translator, output.message, conversation.snapshot?.lang ?? 'id'),
            now: at.now,
            urgent: output.urgent === true,
          });
          break;
        }
        case 'claim':
          await tx.alerts.update(output.alertId, {
            status: 'claimed',
            claimedBy: output.officerId,
            claimedAt: at.now,
            updatedAt: at.now,
          });
          await tx.timers.cancel(output.conversationId, `${ALERT_TIMER_PREFIX}${output.alertId}`);
          taken.push(output);
          break;
        case 'alert_open':
        case 'notice_open':
          await tx.alerts.open({
            conversationId: output.conversationId,
            reason: output.type === 'notice_open' ? 'notice' : output.reason,
            now: at.now,
          });
          await tx.attempts.record(
            'alert_opened',
            [output.conversationId],
            at.now,
            output.forgetCountsBefore,
          );
          break;
        case 'alert_update':
          await tx.alerts.update(output.alertId, { ...output.patch, updatedAt: at.now });
          break;
        case 'alert_timer':
          await tx.timers.set(output.conversationId, output.name, output.token, output.at);
          break;
        case 'digest_timer': {
          const officerChat = await this.officerConversation(tx, output.officerId, at.now);
          if (officerChat !== undefined && !(await tx.timers.exists(officerChat, output.name)))
            await tx.timers.set(officerChat, output.name, 0, output.at);
          break;
        }
        case 'alert_audit':
          await tx.alerts.audit(at.now, output.actor, output.action, output.alert);
          break;
        case 'hotline_audit':
          await tx.alerts.auditHotline(at.now, output.action);
          break;
        case 'withdraw_alert_messages': {
          const withdrawn = await tx.outbox.withdrawPending(await tx.alerts.messagesOf(output.alert.id));
          if (withdrawn > 0) await tx.alerts.audit(at.now, 'hotline', 'alert_withdrawn', output.alert);
          break;
        }
        case 'alerts_erased':
          await tx.alerts.eraseConversation(output.conversationId, at.now);
          break;
        case 'sender_block':
          await tx.senderBlocks.set({
            conversationId: output.conversationId,
            until: output.until,
            officerId: output.officerId,
            caseId: output.caseId,
            now: at.now,
          });
          break;
        case 'sender_unblock':
          await tx.senderBlocks.clear(output.conversationId, at.now);
          break;
        case 'case_audit':
          await tx.alerts.auditCase(at.now, output.actor, output.action, output);
          break;
        case 'log':
          logger[output.level](output.fields, output.message);
          break;
        default: {
          const never: never = output;
          throw new Error(`unknown output ${JSON.stringify(never)}`);
        }
      }
    }
    await queueReplies();
    for (const claim of taken) await this.inHand(tx, claim.alertId, claim.officerId, now);
    // After all outputs: the alert of an urgent first message is raised before the case has an office.
    // Each its own decision over facts loaded after the outputs before it were performed: the
    // second needs the alert the first may have opened.
    if (handoff && (alert || officeSet)) {
      if (alert) await this.perform(tx, await handoff.alertSignal(tx, at.conversationId, alert, now), now);
      // A case that got its office and no alert covers is announced to that office (case-notice.ts).
      if (officeSet) await this.perform(tx, await handoff.announce(tx, at.conversationId, now), now);
      await this.perform(tx, await handoff.ringWaiting(tx, at.conversationId, now), now);
    }
  }

  /** A deletion request: the handoff's decision closes the reporter's alerts and tells their officer. */
  async closeAlerts(tx: StoragePorts, conversationId: string, now: number): Promise<void> {
    const { handoff } = this.deps;
    if (handoff) await this.perform(tx, await handoff.reporterErased(tx, conversationId), now);
    else await tx.alerts.eraseConversation(conversationId, now);
  }

  /** Queues a message to an officer: its outbox row, or undefined when no running channel reaches them. */
  private async toOfficer(
    tx: StoragePorts,
    officerId: string,
    message: Message,
    priority: OfficerPriority,
    now: number,
  ): Promise<number | undefined> {
    const { translator, handoff } = this.deps;
    const reach = handoff?.roster.reach(officerId);
    if (!reach) return undefined;
    const lang = handoff?.roster.officer(officerId)?.officer.language ?? OFFICER_LANGUAGE;
    const conversationId = await tx.conversations.findOrCreate(
      reach.channel,
      reach.userKey,
      reach.address,
      now,
    );
    return await tx.outbox.enqueue({
      conversationId,
      channel: reach.channel,
      address: reach.address,
      payload: renderMessage(translator, message, lang),
      now,
      urgent: priority !== 'normal',
      // Alerts and digests go out at priority 2: ahead even of the reporters' emergency replies (a
      // flood brings one emergency step per sender; the alerts are bounded by the digest), and not
      // behind earlier messages to the same officer.
      standalone: priority === 'alert',
    });
  }

  /** The officer's own chat with the bot (created if need be), or undefined when no channel reaches them. */
  /**
   * A case taken anywhere (the chat's button or `ambil`, the workspace, a hand-over) is in hand:
   * its desk status leaves `baru`. The chat's way used to leave it `baru`, so the workspace showed a
   * case an officer was working as new and unassigned (officer trial).
   */
  private async inHand(tx: StoragePorts, alertId: number, officerId: string, now: number): Promise<void> {
    const caseId = (await tx.alerts.byId(alertId))?.caseId;
    const row = caseId ? await tx.desk.one(caseId) : undefined;
    if (row?.deskStatus !== 'baru') return;
    await tx.desk.setStatus(row.id, 'ditangani', now);
    await tx.desk.audit(now, officerId, 'desk_status_changed', {
      caseId: row.id,
      officeId: row.officeId,
      detail: 'ditangani',
    });
  }

  private async officerConversation(
    tx: StoragePorts,
    officerId: string,
    now: number,
  ): Promise<string | undefined> {
    const reach = this.deps.handoff?.roster.reach(officerId);
    if (!reach) return undefined;
    return tx.conversations.findOrCreate(reach.channel, reach.userKey, reach.address, now);
  }
}
