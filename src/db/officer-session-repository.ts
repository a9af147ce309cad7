import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import { officerSessions, officerSignins } from './schema.js';

/** What checking a sign-in code found: used (and gone), wrong (counted), or no live code at all. */
export type CodeCheck = 'ok' | 'wrong' | 'none';

/** A live workspace session, as the workspace reads it (never the id itself). */
export interface OfficerSessionRow {
  officerId: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

/** The keyed hashes the sign-in rows hold instead of codes and session ids (both backends). */
export function signinHashes(cipher: FieldCipher): {
  code: (officerId: string, code: string) => string;
  session: (sessionId: string) => string;
} {
  return {
    code: (officerId, code) => cipher.blindIndex(`signin:${officerId}:${code}`),
    session: (sessionId) => cipher.blindIndex(`session:${sessionId}`),
  };
}

/**
 * Workspace sign-in codes and sessions on SQLite. Codes and session ids arrive in plain form and
 * are stored only as keyed hashes: neither a database copy nor a backup opens a session.
 */
export class OfficerSessionRepository {
  private readonly hash;

  constructor(
    private readonly db: Db,
    cipher: FieldCipher,
  ) {
    this.hash = signinHashes(cipher);
  }

  putCode(row: { officerId: string; code: string; expiresAt: number; now: number }): void {
    const values = {
      officerId: row.officerId,
      codeHash: this.hash.code(row.officerId, row.code),
      expiresAt: row.expiresAt,
      failures: 0,
      createdAt: row.now,
    };
    this.db
      .insert(officerSignins)
      .values(values)
      .onConflictDoUpdate({ target: officerSignins.officerId, set: values })
      .run();
  }

  checkCode(officerId: string, code: string, now: number, maxFailures: number): CodeCheck {
    const live = this.db
      .select()
      .from(officerSignins)
      .where(and(eq(officerSignins.officerId, officerId), gt(officerSignins.expiresAt, now)))
      .get();
    if (!live) return 'none';
    if (live.codeHash === this.hash.code(officerId, code)) {
      this.db.delete(officerSignins).where(eq(officerSignins.officerId, officerId)).run();
      return 'ok';
    }
    // Too many wrong guesses and the code is gone: the officer asks for a new one.
    if (live.failures + 1 >= maxFailures)
      this.db.delete(officerSignins).where(eq(officerSignins.officerId, officerId)).run();
    else
      this.db
        .update(officerSignins)
        .set({ failures: sql`${officerSignins.failures} + 1` })
        .where(eq(officerSignins.officerId, officerId))
        .run();
    return 'wrong';
  }

  open(row: { sessionId: string; officerId: string; now: number; expiresAt: number }): void {
    this.db
      .insert(officerSessions)
      .values({
        idHash: this.hash.session(row.sessionId),
        officerId: row.officerId,
        createdAt: row.now,
        lastSeenAt: row.now,
        expiresAt: row.expiresAt,
      })
      .run();
  }

  find(sessionId: string, now: number): OfficerSessionRow | undefined {
    return this.db
      .select({
        officerId: officerSessions.officerId,
        createdAt: officerSessions.createdAt,
        lastSeenAt: officerSessions.lastSeenAt,
        expiresAt: officerSessions.expiresAt,
      })
      .from(officerSessions)
      .where(
        and(eq(officerSessions.idHash, this.hash.session(sessionId)), gt(officerSessions.expiresAt, now)),
      )
      .get();
  }

  touch(sessionId: string, lastSeenAt: number, expiresAt: number): void {
    this.db
      .update(officerSessions)
      .set({ lastSeenAt, expiresAt })
      .where(eq(officerSessions.idHash, this.hash.session(sessionId)))
      .run();
  }

  end(sessionId: string): boolean {
    return (
      this.db
        .delete(officerSessions)
        .where(eq(officerSessions.idHash, this.hash.session(sessionId)))
        .run().changes > 0
    );
  }

  endOfficer(officerId: string): number {
    return this.db.delete(officerSessions).where(eq(officerSessions.officerId, officerId)).run().changes;
  }

  endAll(): number {
    return this.db.delete(officerSessions).run().changes;
  }

  /** Live sessions per officer (the admin's `hotline sessions list`): ids and times only. */
  live(now: number): OfficerSessionRow[] {
    return this.db
      .select({
        officerId: officerSessions.officerId,
        createdAt: officerSessions.createdAt,
        lastSeenAt: officerSessions.lastSeenAt,
        expiresAt: officerSessions.expiresAt,
      })
      .from(officerSessions)
      .where(gt(officerSessions.expiresAt, now))
      .orderBy(officerSessions.officerId, officerSessions.createdAt)
      .all();
  }

  /** Forgets ended sessions and expired codes; how many rows went. */
  forgetExpired(now: number): number {
    const sessions = this.db.delete(officerSessions).where(lte(officerSessions.expiresAt, now)).run().changes;
    const codes = this.db.delete(officerSignins).where(lte(officerSignins.expiresAt, now)).run().changes;
    return sessions + codes;
  }
}
