/**
 * Writing outbox rows on PostgreSQL: one statement for all the rows a call queues (a step's
 * replies, a long message's parts), each statement prepared once per connection (pg-prepared.ts).
 */
import { sql } from 'drizzle-orm';
import type { PgDb } from './pg-database.js';
import { prepared } from './pg-prepared.js';
import { outbox } from './pg-schema.js';

/** One outbox row as enqueue writes it. */
export type OutboxInsert = {
  conversationId: string;
  channel: string;
  addressEnc: string;
  payloadEnc: string;
  priority: number;
  nextAttemptAt: number;
  createdAt: number;
};

/**
 * Several rows in one statement of a fixed shape (one array per column), so it is prepared once
 * whatever the number of rows. Rows are inserted, and take their ids, in the arrays' order.
 */
const INSERT_MANY = `
  INSERT INTO outbox (conversation_id, channel, address_enc, payload_enc, priority, next_attempt_at, created_at)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::bigint[], $7::bigint[])
  RETURNING id`;

/** Inserts the rows in one statement; their ids, in no particular order. */
export async function insertOutboxRows(db: PgDb, parts: readonly OutboxInsert[]): Promise<{ id: number }[]> {
  const [first] = parts;
  if (!first) return [];
  if (parts.length === 1) return insertOne(db, first);
  const { rows } = await db.$client.query<{ id: number }>({
    name: 'outbox_insert_many',
    text: INSERT_MANY,
    values: [
      parts.map((p) => p.conversationId),
      parts.map((p) => p.channel),
      parts.map((p) => p.addressEnc),
      parts.map((p) => p.payloadEnc),
      parts.map((p) => p.priority),
      parts.map((p) => p.nextAttemptAt),
      parts.map((p) => p.createdAt),
    ],
  });
  return rows;
}

/** The usual case, one row. */
function insertOne(db: PgDb, part: OutboxInsert): Promise<{ id: number }[]> {
  return prepared(db, 'outbox_insert', (name) =>
    db
      .insert(outbox)
      .values({
        conversationId: sql.placeholder('conversationId'),
        channel: sql.placeholder('channel'),
        addressEnc: sql.placeholder('addressEnc'),
        payloadEnc: sql.placeholder('payloadEnc'),
        priority: sql.placeholder('priority'),
        nextAttemptAt: sql.placeholder('nextAttemptAt'),
        createdAt: sql.placeholder('createdAt'),
      })
      .returning({ id: outbox.id })
      .prepare(name),
  ).execute(part);
}
