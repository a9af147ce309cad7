import { and, count, eq, gte, lt } from 'drizzle-orm';
import type { AttemptPort, AttemptScope } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { attempts } from './pg-schema.js';

/** Sliding-window counters on PostgreSQL: the same rules as attempt-repository.ts. */
export class PgAttempts implements AttemptPort {
  constructor(private readonly db: PgDb) {}

  async count(scope: AttemptScope, subject: string, since: number): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(attempts)
      .where(and(eq(attempts.scope, scope), eq(attempts.subject, subject), gte(attempts.at, since)));
    return row?.n ?? 0;
  }

  async record(scope: AttemptScope, subjects: string[], at: number, forgetBefore: number): Promise<void> {
    if (subjects.length > 0)
      await this.db.insert(attempts).values(subjects.map((subject) => ({ scope, subject, at })));
    await this.db.delete(attempts).where(and(eq(attempts.scope, scope), lt(attempts.at, forgetBefore)));
  }

  async eraseSubject(subject: string): Promise<void> {
    await this.db.delete(attempts).where(eq(attempts.subject, subject));
  }
}
