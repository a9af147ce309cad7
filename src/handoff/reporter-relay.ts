/**
 * The reporter's side of a relayed chat: while an officer holds their case, what the reporter
 * writes goes to that officer, with the case reference and never the reporter's number. Commands
 * (delete, help, ...) and danger signals still reach the flow, so the emergency numbers come at once
 * and a deletion request is never swallowed by the chat.
 */
import type { AlertRow } from '../db/alert-repository.js';
import type { Input } from '../engine/types.js';
import type { HandoffContext } from './handoff-context.js';

export interface RelayChecks {
  /** The flow waits for free text, or the chat has ended: what the reporter writes is chat. */
  resting: boolean;
  isCommand(text: string): boolean;
  isUrgent(text: string): boolean;
}

export class ReporterRelay {
  constructor(
    private readonly ctx: HandoffContext,
    /** Withdraws an erased alert's officer messages not sent yet (alert-ringer.ts). */
    private readonly withdraw: (alert: AlertRow, now: number) => void,
  ) {}

  /** Returns true when the message went to the officer only and the flow must not answer it. */
  fromReporter(conversationId: string, input: Input, checks: RelayChecks, now: number): boolean {
    const alert = this.ctx.repos.alerts.active(conversationId);
    if (alert?.status !== 'claimed' || !alert.claimedBy) return false;
    // Whatever they write, a reporter who had left is back: the officer's messages may go again.
    if (alert.reporterAwayAt !== null)
      this.ctx.repos.alerts.update(alert.id, { reporterAwayAt: null, updatedAt: now });
    if (!checks.resting) return false;
    if (input.type !== 'text' && input.type !== 'location' && input.type !== 'media') return false;
    if (input.type === 'text' && checks.isCommand(input.text)) return false;
    const reference = this.ctx.reference(alert.caseId);
    const send = (key: string, params: Record<string, string | number>) =>
      this.ctx.toOfficer(alert.claimedBy!, { keys: [{ key, params: { reference, ...params } }] }, now);
    switch (input.type) {
      case 'text':
        send('officer:relay.from_reporter', { text: input.text });
        return !checks.isUrgent(input.text);
      case 'location':
        send('officer:relay.location', { lat: input.lat.toFixed(5), lon: input.lon.toFixed(5) });
        return true;
      case 'media':
        // The flow files it as evidence; the officer hears that it arrived.
        send('officer:relay.media', {});
        return false;
    }
  }

  /**
   * The reporter ended the chat, often with the quick-exit word because someone came near: the
   * officer is told, and their messages wait until the reporter writes again (officer-desk.ts).
   */
  left(conversationId: string, now: number): void {
    const alert = this.ctx.repos.alerts.active(conversationId);
    if (alert?.status !== 'claimed' || !alert.claimedBy) return;
    this.ctx.repos.alerts.update(alert.id, { reporterAwayAt: now, updatedAt: now });
    const reference = this.ctx.reference(alert.caseId);
    this.ctx.toOfficer(
      alert.claimedBy,
      { keys: [{ key: 'officer:relay.left', params: { reference } }] },
      now,
    );
  }

  /** The reporter deleted their data: their alerts stop and the officer holding one is told. */
  erased(conversationId: string, now: number): void {
    const { repos } = this.ctx;
    for (const alert of repos.alerts.eraseConversation(conversationId, now)) {
      repos.alerts.audit(now, 'hotline', 'reporter_erased', alert);
      this.withdraw(alert, now);
      if (alert.status !== 'claimed' || !alert.claimedBy) continue;
      const reference = this.ctx.reference(alert.caseId);
      this.ctx.toOfficer(
        alert.claimedBy,
        { keys: [{ key: 'officer:relay.erased', params: { reference } }] },
        now,
      );
    }
  }
}
