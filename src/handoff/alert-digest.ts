/**
 * An officer's digest in a storm of alerts (alert-limits.ts): one message for all the alerts that
 * waited for it, instead of one per case.
 */
import type { MessagePart } from '../engine/types.js';
import { ids } from './alert-ringer.js';
import type { DigestFacts } from './handoff-facts.js';
import type { HandoffOutput } from './handoff-output.js';
import type { OfficerRoster } from './officer-roster.js';

/** Claim buttons on one digest; the rest are listed and claimed by typing `ambil <reference>`. */
const DIGEST_MAX_BUTTONS = 20;

/**
 * One message for every alert waiting for this officer's digest: how many, and their references
 * (never a story), each with its claim button. Each alert's own deadline still runs, so a case
 * nobody takes passes to the next officer as usual.
 */
export function decideDigest(facts: DigestFacts, roster: OfficerRoster): HandoffOutput[] {
  const { officerId, waiting } = facts;
  if (waiting.length === 0) return [];
  const keys: MessagePart[] = [
    { key: 'officer:alert.digest', params: { count: waiting.length } },
    ...waiting.map((alert, i) => ({
      key: 'officer:alert.digest_line',
      params: {
        reference: alert.reference,
        reason: {
          keys: [
            alert.reason === 'urgent' ? 'officer:alert.digest_urgent' : 'officer:alert.digest_requested',
          ],
        },
        office: alert.officeId ? (roster.officeName(alert.officeId) ?? '—') : '—',
      },
      line: i > 0,
    })),
    'officer:alert.digest_how',
  ];
  const options = waiting
    .slice(0, DIGEST_MAX_BUTTONS)
    .map((alert) => ({ id: `claim:${alert.id}`, label: alert.reference }));
  const reachable = roster.reach(officerId) !== undefined;
  const outputs: HandoffOutput[] = [];
  if (reachable)
    outputs.push({
      type: 'officer_message',
      officerId,
      message: { keys, options },
      priority: 'alert',
      alerts: { ids: waiting.map((alert) => alert.id), ring: true },
    });
  for (const alert of waiting) {
    outputs.push({ type: 'alert_update', alertId: alert.id, patch: { digestPending: false } });
    if (!reachable) {
      outputs.push({
        type: 'alert_audit',
        actor: officerId,
        action: 'officer_unreachable',
        alert: ids(alert),
      });
      continue;
    }
    outputs.push(
      { type: 'alert_audit', actor: officerId, action: 'alert_sent', alert: ids(alert) },
      { type: 'alert_audit', actor: officerId, action: 'alert_digested', alert: ids(alert) },
    );
  }
  return outputs;
}
