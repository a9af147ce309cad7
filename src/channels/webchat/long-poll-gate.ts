/**
 * Counts the web chat's open long polls (`GET /chat/messages?wait=true`) per session, per client
 * address and in all, and refuses one past a cap: each open poll holds a socket and a file
 * descriptor for up to 20 s. The page needs one poll per session; two allow a tab reloading.
 */
import type { RefusalReason } from '../../http/intake-stats.js';

export interface LongPollCaps {
  perSession: number;
  perIp: number;
  total: number;
}

/** A session's page keeps one poll open; a second covers the moment a tab reloads. */
export const LONG_POLLS_PER_SESSION = 2;

export class LongPollGate {
  private readonly bySession = new Map<string, number>();
  private readonly byIp = new Map<string, number>();
  private open = 0;

  constructor(private readonly caps: LongPollCaps) {}

  /** A release function when the poll may wait, else why not. */
  enter(session: string, ip: string): (() => void) | RefusalReason {
    if (this.open >= this.caps.total) return 'long_polls_total';
    if ((this.byIp.get(ip) ?? 0) >= this.caps.perIp) return 'long_polls_per_ip';
    if ((this.bySession.get(session) ?? 0) >= this.caps.perSession) return 'long_polls_per_session';
    this.open += 1;
    bump(this.byIp, ip, 1);
    bump(this.bySession, session, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.open -= 1;
      bump(this.byIp, ip, -1);
      bump(this.bySession, session, -1);
    };
  }
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n <= 0) map.delete(key);
  else map.set(key, n);
}
