/**
 * Signing in to the workspace without a password: the officer names themselves (directory id,
 * Telegram id or WhatsApp number), a 6-digit code goes to their own chat through the bot (queued in
 * the outbox like every officer message, so it is never logged), and the code opens a short
 * server-side session. Codes and session ids are stored only as keyed hashes (src/db). Limits per
 * officer live in the database (`attempts`), so every instance counts the same; the per-address
 * limit is the route's (workspace-plugin.ts).
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { StoragePorts } from '../db/storage-ports.js';
import type { DeskKit } from '../conversations/hotline-options.js';
import type { OfficerOnDuty } from '../handoff/officer-roster.js';

/** What the workspace needs of the running hotline: one unit of work with the handoff's kit. */
export interface DeskGateway {
  officerDesk<T>(work: (tx: StoragePorts, desk: DeskKit) => Promise<T>): Promise<T>;
}

const MINUTE = 60_000;
export const SIGNIN_LIMITS = {
  /** A code is good for 10 minutes, once. */
  codeTtlMs: 10 * MINUTE,
  /** Wrong guesses before a code is dropped. */
  codeMaxFailures: 5,
  /** Codes one officer may ask for per window. */
  codesPerWindow: 3,
  codeWindowMs: 15 * MINUTE,
  /** Wrong or expired codes for one officer per window before sign-in pauses for them. */
  failuresPerWindow: 10,
  failureWindowMs: 60 * MINUTE,
  /** A session ends after 30 minutes without use, and 8 hours after sign-in whatever happens. */
  idleMs: 30 * MINUTE,
  maxMs: 8 * 60 * MINUTE,
  /** Seen-at is written at most once a minute (not on every page). */
  touchEveryMs: MINUTE,
};

export type CodeRequest = 'sent' | 'throttled' | 'unknown' | 'unreachable';
export type Verification = { sessionId: string; officerId: string } | { refused: 'wrong' | 'throttled' };

export class SignIn {
  constructor(
    private readonly desk: DeskGateway,
    private readonly limits = SIGNIN_LIMITS,
  ) {}

  /** Sends a code to the officer the text names. The page answers `sent`, `unknown` and `unreachable` alike. */
  requestCode(typed: string): Promise<CodeRequest> {
    return this.desk.officerDesk(async (tx, { roster, now, perform }) => {
      const on = roster.signingIn(typed);
      if (!on) return 'unknown';
      const officerId = on.officer.id;
      const since = now - this.limits.codeWindowMs;
      if ((await tx.attempts.count('signin_code', officerId, since)) >= this.limits.codesPerWindow) {
        await tx.desk.audit(now, officerId, 'signin_code_throttled');
        return 'throttled';
      }
      if (!roster.reach(officerId)) return 'unreachable';
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      await tx.officerSessions.putCode({ officerId, code, expiresAt: now + this.limits.codeTtlMs, now });
      await perform([
        {
          type: 'officer_message',
          officerId,
          message: { keys: [{ key: 'officer:workspace.code', params: { code } }] },
          priority: 'urgent',
        },
      ]);
      await tx.attempts.record('signin_code', [officerId], now, since);
      await tx.desk.audit(now, officerId, 'signin_code_sent');
      return 'sent';
    });
  }

  /** Checks the code; a right one opens a session (its id goes in the cookie, its hash in the database). */
  verify(typed: string, code: string): Promise<Verification> {
    return this.desk.officerDesk(async (tx, { roster, now }) => {
      const on = roster.signingIn(typed);
      if (!on) return { refused: 'wrong' };
      const officerId = on.officer.id;
      const since = now - this.limits.failureWindowMs;
      if ((await tx.attempts.count('signin_failure', officerId, since)) >= this.limits.failuresPerWindow) {
        await tx.desk.audit(now, officerId, 'signin_refused');
        return { refused: 'throttled' };
      }
      const check = /^\d{6}$/.test(code)
        ? await tx.officerSessions.checkCode(officerId, code, now, this.limits.codeMaxFailures)
        : 'wrong';
      if (check !== 'ok') {
        await tx.attempts.record('signin_failure', [officerId], now, since);
        await tx.desk.audit(now, officerId, 'signin_refused');
        return { refused: 'wrong' };
      }
      const sessionId = randomBytes(32).toString('base64url');
      await tx.officerSessions.open({ sessionId, officerId, now, expiresAt: now + this.limits.idleMs });
      await tx.desk.audit(now, officerId, 'signed_in');
      return { sessionId, officerId };
    });
  }

  /** The officer of a live session (its end slid forward), or undefined when it has ended. */
  session(sessionId: string): Promise<OfficerOnDuty | undefined> {
    return this.desk.officerDesk(async (tx, { roster, now }) => {
      const found = await tx.officerSessions.find(sessionId, now);
      // An officer taken out of the directory is signed out on their next page.
      const on = found ? roster.officer(found.officerId) : undefined;
      if (!found || !on) return undefined;
      if (now - found.lastSeenAt >= this.limits.touchEveryMs) {
        const expiresAt = Math.min(now + this.limits.idleMs, found.createdAt + this.limits.maxMs);
        await tx.officerSessions.touch(sessionId, now, expiresAt);
      }
      return on;
    });
  }

  signOut(sessionId: string, officerId: string): Promise<void> {
    return this.desk.officerDesk(async (tx, { now }) => {
      if (await tx.officerSessions.end(sessionId)) await tx.desk.audit(now, officerId, 'signed_out');
    });
  }
}
