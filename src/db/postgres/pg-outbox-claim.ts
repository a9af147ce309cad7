/**
 * The outbox claim on PostgreSQL (PgOutbox.claimDue), alone or with a dispatcher round's finished
 * sends marked sent in the same statement (PgOutbox.markSentAndClaim): one round trip a round.
 */
import { type SQL, sql } from 'drizzle-orm';

export type ClaimedRow = {
  id: number;
  conversation_id: string;
  channel: string;
  address_enc: string;
  payload_enc: string;
  attempts: number;
  priority: number;
  /** bigint: a string from the driver. */
  next_attempt_at: string;
};

/** A finished send as the statement writes it: the platform id already a keyed hash. */
export type MarkedSent = { id: number; at: number; key: string | null };

/**
 * As on SQLite: the first unsent row of each conversation (an alert waits only for earlier
 * alerts), highest priority first, leased to `instance` for `leaseMs`. `FOR UPDATE SKIP LOCKED`:
 * two instances claiming at once never take the same row; a row another instance is claiming
 * right now still counts as unsent, so its conversation's later rows wait for it.
 *
 * With `sent`, those rows are marked sent first, in the same statement: its parts all read the
 * table as it was before it, so the marked rows are left out of the claim by their ids, just as
 * their status 'sent' leaves them out of a claim made after `markSentMany`.
 */
export function claimStatement(
  channels: string[],
  now: number,
  leaseMs: number,
  limit: number,
  instance: string,
  sent: readonly MarkedSent[],
): SQL {
  const marking = sent.length > 0;
  const values = sql.join(
    sent.map((row) => sql`(${row.id}::integer, ${row.at}::bigint, ${row.key}::text)`),
    sql`, `,
  );
  const unmarked = (column: string) =>
    marking ? sql.raw(` AND ${column} NOT IN (SELECT id FROM v)`) : sql``;
  const mark = marking
    ? sql`WITH v(id, at, key) AS (VALUES ${values}),
      marked AS (
        UPDATE outbox SET status = 'sent', sent_at = v.at, lease_until = NULL, platform_message_id = v.key
        FROM v WHERE outbox.id = v.id
      )`
    : sql``;
  return sql`${mark}
    UPDATE outbox SET status = 'sending', lease_until = ${now + leaseMs}, claimed_by = ${instance}
    WHERE id IN (
      SELECT o.id FROM outbox o
      WHERE o.channel IN (${list(channels)})
        AND o.next_attempt_at <= ${now}
        AND (o.status = 'pending' OR (o.status = 'sending' AND o.lease_until <= ${now}))${unmarked('o.id')}
        AND NOT EXISTS (
          SELECT 1 FROM outbox e
          WHERE e.conversation_id = o.conversation_id AND e.id < o.id AND e.status IN ('pending', 'sending')
            AND (o.priority < 2 OR e.priority = 2)${unmarked('e.id')}
        )
      ORDER BY o.priority DESC, o.next_attempt_at, o.id
      LIMIT ${Math.floor(limit)}
      FOR UPDATE OF o SKIP LOCKED
    )
    RETURNING id, conversation_id, channel, address_enc, payload_enc, attempts, priority, next_attempt_at`;
}

/** `a, b, c` as bound parameters (an IN list). */
export function list(values: string[]) {
  return sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
}
