/** The outbox claim on SQLite (OutboxRepository.claimDue); PostgreSQL's is postgres/pg-outbox-claim.ts. */
import type { Db } from './client.js';

export interface ClaimedRow {
  id: number;
  conversation_id: string;
  channel: string;
  address_enc: string;
  payload_enc: string;
  attempts: number;
  priority: number;
  next_attempt_at: number;
}

export type ClaimStatement = ReturnType<Db['$client']['prepare']>;

/**
 * One statement that picks and leases the due rows — atomic on its own, so no transaction around
 * it (the claim runs after every send; a BEGIN/COMMIT pair and a second UPDATE per claim were a
 * fifth of the pipeline's time). Prepared once per channel set and limit: a bound LIMIT made the
 * statement a third slower. `+channel` keeps SQLite on the (status, next_attempt_at) index; the
 * partial index of unsent rows answers "is an older row of this conversation still unsent?".
 */
export function prepareClaim(client: Db['$client'], channels: string[], limit: number): ClaimStatement {
  for (const channel of channels) {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  }
  if (!Number.isInteger(limit)) throw new Error(`not a row count: ${limit}`);
  const list = channels.map((c) => `'${c}'`).join(', ');
  return client.prepare(`
    UPDATE outbox SET status = 'sending', lease_until = @lease, claimed_by = @instance
    WHERE id IN (
      SELECT o.id FROM outbox o
      WHERE +o.channel IN (${list})
        AND o.next_attempt_at <= @now
        AND (o.status = 'pending' OR (o.status = 'sending' AND o.lease_until <= @now))
        AND NOT EXISTS (
          SELECT 1 FROM outbox e
          WHERE e.conversation_id = o.conversation_id AND e.id < o.id AND e.status IN ('pending', 'sending')
            AND (o.priority < 2 OR e.priority = 2)
        )
      ORDER BY o.priority DESC, o.next_attempt_at, o.id
      LIMIT ${limit}
    )
    RETURNING id, conversation_id, channel, address_enc, payload_enc, attempts, priority, next_attempt_at`);
}
