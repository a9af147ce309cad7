import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { FieldCipher } from '../field-cipher.js';
import { type CodeCheck, type OfficerSessionRow, signinHashes } from '../officer-session-repository.js';
import type { OfficerSessionPort } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { officerSessions, officerSignins } from './pg-schema.js';

const SESSION = {
  officerId: officerSessions.officerId,
  createdAt: officerSessions.createdAt,
  lastSeenAt: officerSessions.lastSeenAt,
  expiresAt: officerSessions.expiresAt,
};

/** Workspace sign-in codes and sessions on PostgreSQL: the same rules as officer-session-repository.ts. */
export class PgOfficerSessions implements OfficerSessionPort {
  private readonly hash;

  constructor(
    private readonly db: PgDb,
    cipher: FieldCipher,
  ) {
    this.hash = signinHashes(cipher);
  }

  async putCode(row: { officerId: string; code: string; expiresAt: number; now: number }): Promise<void> {
    const values = {
      officerId: row.officerId,
      codeHash: this.hash.code(row.officerId, row.code),
      expiresAt: row.expiresAt,
      failures: 0,
      createdAt: row.now,
    };
    await this.db
      .insert(officerSignins)
      .values(values)
      .onConflictDoUpdate({ target: officerSignins.officerId, set: values });
  }

  async checkCode(officerId: string, code: string, now: number, maxFailures: number): Promise<CodeCheck> {
    // Locked: two guesses at once must not both read the same failure count.
    const [live] = await this.db
      .select()
      .from(officerSignins)
      .where(and(eq(officerSignins.officerId, officerId), gt(officerSignins.expiresAt, now)))
      .for('update');
    if (!live) return 'none';
    const mine = eq(officerSignins.officerId, officerId);
    if (live.codeHash === this.hash.code(officerId, code)) {
      await this.db.delete(officerSignins).where(mine);
      return 'ok';
    }
    if (live.failures + 1 >= maxFailures) await this.db.delete(officerSignins).where(mine);
    else
      await this.db
        .update(officerSignins)
        .set({ failures: sql`${officerSignins.failures} + 1` })
        .where(mine);
    return 'wrong';
  }

  async open(row: { sessionId: string; officerId: string; now: number; expiresAt: number }): Promise<void> {
    await this.db.insert(officerSessions).values({
      idHash: this.hash.session(row.sessionId),
      officerId: row.officerId,
      createdAt: row.now,
      lastSeenAt: row.now,
      expiresAt: row.expiresAt,
    });
  }

  async find(sessionId: string, now: number): Promise<OfficerSessionRow | undefined> {
    const [row] = await this.db
      .select(SESSION)
      .from(officerSessions)
      .where(
        and(eq(officerSessions.idHash, this.hash.session(sessionId)), gt(officerSessions.expiresAt, now)),
      );
    return row;
  }

  async touch(sessionId: string, lastSeenAt: number, expiresAt: number): Promise<void> {
    await this.db
      .update(officerSessions)
      .set({ lastSeenAt, expiresAt })
      .where(eq(officerSessions.idHash, this.hash.session(sessionId)));
  }

  async end(sessionId: string): Promise<boolean> {
    const gone = await this.db
      .delete(officerSessions)
      .where(eq(officerSessions.idHash, this.hash.session(sessionId)))
      .returning({ id: officerSessions.idHash });
    return gone.length > 0;
  }

  async endOfficer(officerId: string): Promise<number> {
    const gone = await this.db
      .delete(officerSessions)
      .where(eq(officerSessions.officerId, officerId))
      .returning({ id: officerSessions.idHash });
    return gone.length;
  }

  async endAll(): Promise<number> {
    const gone = await this.db.delete(officerSessions).returning({ id: officerSessions.idHash });
    return gone.length;
  }

  async live(now: number): Promise<OfficerSessionRow[]> {
    return this.db
      .select(SESSION)
      .from(officerSessions)
      .where(gt(officerSessions.expiresAt, now))
      .orderBy(officerSessions.officerId, officerSessions.createdAt);
  }

  async forgetExpired(now: number): Promise<number> {
    const sessions = await this.db
      .delete(officerSessions)
      .where(lte(officerSessions.expiresAt, now))
      .returning({ id: officerSessions.idHash });
    const codes = await this.db
      .delete(officerSignins)
      .where(lte(officerSignins.expiresAt, now))
      .returning({ id: officerSignins.officerId });
    return sessions.length + codes.length;
  }
}
