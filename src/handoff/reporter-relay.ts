/**
 * The reporter's side of a relayed chat, as pure decisions over facts loaded beforehand
 * (handoff-facts-loader.ts): while an officer holds their case, what the reporter writes goes to
 * that officer, with the case reference and never the reporter's number. Commands (delete, help,
 * ...) and danger signals still reach the flow, so the emergency numbers come at once and a
 * deletion request is never swallowed by the chat.
 */
import type { Input } from '../engine/types.js';
import type { AlertFact, ErasedFacts, RelayFacts } from './handoff-facts.js';
import type { HandoffOutput } from './handoff-output.js';

export interface RelayChecks {
  /** The flow waits for free text, or the chat has ended: what the reporter writes is chat. */
  resting: boolean;
  isCommand(text: string): boolean;
  isUrgent(text: string): boolean;
}

export interface RelayDecision {
  /** The message went to the officer only: the flow must not answer it. */
  handled: boolean;
  outputs: HandoffOutput[];
}

type HeldAlert = AlertFact & { claimedBy: string };

/** The alert, when an officer holds it now. */
function held(alert: AlertFact | undefined): HeldAlert | undefined {
  return alert?.status === 'claimed' && alert.claimedBy ? (alert as HeldAlert) : undefined;
}

export function decideRelay(facts: RelayFacts, input: Input, checks: RelayChecks): RelayDecision {
  const alert = held(facts.alert);
  if (!alert) return { handled: false, outputs: [] };
  const outputs: HandoffOutput[] = [];
  // Whatever they write, a reporter who had left is back: the officer's messages may go again.
  if (alert.reporterAwayAt !== null)
    outputs.push({ type: 'alert_update', alertId: alert.id, patch: { reporterAwayAt: null } });
  const toFlow = { handled: false, outputs };
  if (!checks.resting) return toFlow;
  if (input.type !== 'text' && input.type !== 'location' && input.type !== 'media') return toFlow;
  if (input.type === 'text' && checks.isCommand(input.text)) return toFlow;
  const send = (key: string, params: Record<string, string | number>) =>
    outputs.push({
      type: 'relay',
      officerId: alert.claimedBy,
      message: { keys: [{ key, params: { reference: alert.reference, ...params } }] },
    });
  switch (input.type) {
    case 'text':
      send('officer:relay.from_reporter', { text: input.text });
      return { handled: !checks.isUrgent(input.text), outputs };
    case 'location':
      send('officer:relay.location', { lat: input.lat.toFixed(5), lon: input.lon.toFixed(5) });
      return { handled: true, outputs };
    case 'media':
      // The flow files it as evidence; the officer hears that it arrived.
      send('officer:relay.media', {});
      return toFlow;
  }
}

/**
 * The reporter ended the chat, often with the quick-exit word because someone came near: the
 * officer is told, and their messages wait until the reporter writes again (officer-desk.ts).
 */
export function decideLeft(facts: RelayFacts, now: number): HandoffOutput[] {
  const alert = held(facts.alert);
  if (!alert) return [];
  return [
    { type: 'alert_update', alertId: alert.id, patch: { reporterAwayAt: now } },
    {
      type: 'officer_message',
      officerId: alert.claimedBy,
      message: { keys: [{ key: 'officer:relay.left', params: { reference: alert.reference } }] },
      priority: 'normal',
    },
  ];
}

/**
 * The reporter deleted their data: their alerts stop (kept as anonymous counts), the officer
 * messages they queued and not yet sent are withdrawn, and the officer holding one is told.
 */
export function decideErased(facts: ErasedFacts, conversationId: string): HandoffOutput[] {
  const outputs: HandoffOutput[] = [{ type: 'alerts_erased', conversationId }];
  for (const alert of facts.alerts) {
    const ids = { id: alert.id, caseId: alert.caseId, officeId: alert.officeId };
    outputs.push(
      { type: 'alert_audit', actor: 'hotline', action: 'reporter_erased', alert: ids },
      { type: 'withdraw_alert_messages', alert: ids },
    );
    const holder = held(alert);
    if (!holder) continue;
    outputs.push({
      type: 'officer_message',
      officerId: holder.claimedBy,
      message: { keys: [{ key: 'officer:relay.erased', params: { reference: alert.reference } }] },
      priority: 'normal',
    });
  }
  return outputs;
}
