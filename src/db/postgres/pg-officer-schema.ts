/**
 * The officer side's tables on PostgreSQL: src/db/officer-schema.ts table for table (see
 * pg-schema.ts for the rules both halves keep).
 */
import { boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { millis, serialId } from './pg-column-types.js';

export const alerts = pgTable(
  'alerts',
  {
    id: serialId(),
    conversationId: text('conversation_id'),
    caseId: text('case_id'),
    officeId: text('office_id'),
    reason: text('reason', { enum: ['urgent', 'requested', 'notice'] }).notNull(),
    status: text('status', { enum: ['waiting', 'ringing', 'claimed', 'exhausted', 'closed'] }).notNull(),
    chain: jsonb('chain').$type<string[]>().notNull().default([]),
    rung: integer('rung').notNull().default(0),
    ringOutboxId: integer('ring_outbox_id'),
    reporterAwayAt: millis('reporter_away_at'),
    claimedBy: text('claimed_by'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
    firstSentAt: millis('first_sent_at'),
    claimedAt: millis('claimed_at'),
    closedAt: millis('closed_at'),
    digestPending: boolean('digest_pending').notNull().default(false),
    deadlineAt: millis('deadline_at'),
  },
  (t) => [
    index('alerts_conversation_idx').on(t.conversationId, t.status),
    index('alerts_office_sent_idx').on(t.officeId, t.firstSentAt),
    index('alerts_claimed_by_idx').on(t.claimedBy, t.status),
    index('alerts_ring_outbox_idx').on(t.ringOutboxId),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: serialId(),
    at: millis('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    alertId: integer('alert_id'),
    caseId: text('case_id'),
    officeId: text('office_id'),
    detail: text('detail'),
  },
  (t) => [index('audit_alert_idx').on(t.alertId)],
);

export const outsideNotes = pgTable(
  'outside_notes',
  {
    id: serialId(),
    caseId: text('case_id').notNull(),
    fromConversationId: text('from_conversation_id').notNull(),
    textEnc: text('text_enc').notNull(),
    createdAt: millis('created_at').notNull(),
  },
  (t) => [
    index('outside_notes_case_idx').on(t.caseId, t.id),
    index('outside_notes_from_idx').on(t.fromConversationId),
  ],
);

export const alertMessages = pgTable(
  'alert_messages',
  {
    alertId: integer('alert_id').notNull(),
    outboxId: integer('outbox_id').notNull(),
  },
  (t) => [index('alert_messages_alert_idx').on(t.alertId)],
);

/** A sender an officer blocked for a while (schema.ts `sender_blocks`): ids and times only. */
export const senderBlocks = pgTable(
  'sender_blocks',
  {
    conversationId: text('conversation_id').primaryKey(),
    blockedUntil: millis('blocked_until').notNull(),
    blockedBy: text('blocked_by').notNull(),
    caseId: text('case_id').notNull(),
    createdAt: millis('created_at').notNull(),
  },
  (t) => [index('sender_blocks_until_idx').on(t.blockedUntil)],
);

/** Workspace sign-in codes (schema.ts): keyed hashes only. */
export const officerSignins = pgTable('officer_signins', {
  officerId: text('officer_id').primaryKey(),
  codeHash: text('code_hash').notNull(),
  expiresAt: millis('expires_at').notNull(),
  failures: integer('failures').notNull().default(0),
  createdAt: millis('created_at').notNull(),
});

/** Workspace sessions (schema.ts): the keyed hash of the cookie's id, never the id. */
export const officerSessions = pgTable(
  'officer_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    officerId: text('officer_id').notNull(),
    createdAt: millis('created_at').notNull(),
    lastSeenAt: millis('last_seen_at').notNull(),
    expiresAt: millis('expires_at').notNull(),
  },
  (t) => [index('officer_sessions_officer_idx').on(t.officerId)],
);

/** Officers' internal notes on a case (schema.ts), encrypted. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: serialId(),
    caseId: text('case_id').notNull(),
    officerId: text('officer_id').notNull(),
    textEnc: text('text_enc').notNull(),
    createdAt: millis('created_at').notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.id)],
);
