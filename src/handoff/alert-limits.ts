/**
 * How much alerting the handoff allows (a reporter's new alerts per window, when a storm of alerts
 * becomes one digest a second) and the names of its durable timers. Constants and one parser only:
 * the config, the worker's priorities and the decisions all read them.
 */

/** Timer names of alerts start with this; the worker hands such timers to the handoff. */
export const ALERT_TIMER_PREFIX = 'handoff:alert:';
/** An officer's next "N new urgent cases" digest (the timer lives in the officer's own chat). */
export const DIGEST_TIMER_PREFIX = 'handoff:digest:';

export interface AlertLimits {
  /** New alerts one reporter may open per ALERT_OPEN_WINDOW_MS (ALERTS_PER_REPORTER). */
  alertsPerReporter: number;
  /**
   * New alerts of one office within STORM_WINDOW_MS past which officers get one digest instead of
   * one message per case (ALERT_DIGEST_THRESHOLD).
   */
  digestThreshold: number;
  /**
   * The workspace's address (PUBLIC_URL + /petugas), for the link under an alert; not a limit, but
   * it travels with them to every decision that writes an alert.
   */
  workspaceUrl?: string;
}

export const DEFAULT_ALERT_LIMITS: AlertLimits = { alertsPerReporter: 3, digestThreshold: 5 };

/**
 * Someone opening and erasing urgent cases in a loop raised 73 alerts a minute. A real reporter in
 * danger opens one, maybe two after a deletion; past the limit they still get the emergency numbers
 * at once (the flow sends those), only no new alert.
 */
export const ALERT_OPEN_WINDOW_MS = 60 * 60_000;
/** "Many new urgent cases at once" is counted over this window. */
export const STORM_WINDOW_MS = 5 * 60_000;
export type AlertReason = 'urgent' | 'requested';

/** What a due timer is, by its name: an alert's deadline, an officer's digest, or not the handoff's. */
export type HandoffTimer = { kind: 'alert'; alertId: number } | { kind: 'digest'; officerId: string };

export function handoffTimer(name: string): HandoffTimer | undefined {
  if (name.startsWith(DIGEST_TIMER_PREFIX))
    return { kind: 'digest', officerId: name.slice(DIGEST_TIMER_PREFIX.length) };
  if (name.startsWith(ALERT_TIMER_PREFIX))
    return { kind: 'alert', alertId: Number(name.slice(ALERT_TIMER_PREFIX.length)) };
  return undefined;
}
