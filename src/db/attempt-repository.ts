import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { attempts } from './schema.js';

/** What is counted: each scope has its own limit and window (src/conversations/reference-guard.ts, the alert ringer). */
export type AttemptScope =
  /** A case reference typed in a chat that is not the case's own (subject: the chat, or `*`). */
  | 'reference_lookup'
  /** A wrong PIN (subject: the chat, or the case). */
  | 'pin_failure'
  /** A new alert opened by a reporter (subject: the conversation). */
  | 'alert_opened'
  /** A workspace sign-in code sent to an officer (subject: the officer's directory id). */
  | 'signin_code'
  /** A wrong or expired workspace sign-in code (subject: the officer's directory id). */
  | 'signin_failure';

/** Sliding-window counters for rate limits. Ids and times only. */
export class AttemptRepository {
  private readonly countSince;

  constructor(private readonly db: Db) {
    this.countSince = db
      .select({ n: count() })
      .from(attempts)
      .where(
        and(
          eq(attempts.scope, sql.placeholder('scope')),
          eq(attempts.subject, sql.placeholder('subject')),
          gte(attempts.at, sql.placeholder('since')),
        ),
      )
      .prepare();
  }

  /** Attempts of this scope and subject at or after `since`. */
  count(scope: AttemptScope, subject: string, since: number): number {
    return this.countSince.get({ scope, subject, since })?.n ?? 0;
  }

  /** Records one attempt, and forgets this scope's attempts older than `forgetBefore` (its window). */
  record(scope: AttemptScope, subjects: string[], at: number, forgetBefore: number): void {
    for (const subject of subjects) this.db.insert(attempts).values({ scope, subject, at }).run();
    this.db
      .delete(attempts)
      .where(and(eq(attempts.scope, scope), lt(attempts.at, forgetBefore)))
      .run();
  }

  /** A deletion request: the conversation's counters go too (the window limits still hold for others). */
  eraseSubject(subject: string): void {
    this.db.delete(attempts).where(eq(attempts.subject, subject)).run();
  }
}
