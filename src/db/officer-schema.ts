/**
 * The tables of the officer side: alerts and their audit, the ring messages, sender blocks, notes
 * from other chats, officers' sign-ins and sessions, and the case desk's notes. Same conventions as
 * pipeline-schema.ts: `_enc` is ciphertext, `_hash` a keyed hash, and no text of a reporter in clear.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Urgent cases put in front of officers. An alert waits until its case has an office, then rings
 * the office's on-call officers one after another (each for the office's ackTimeoutSeconds), then
 * the parent offices', until one claims it. Officer and office ids are directory ids, not people's
 * numbers; nothing here holds what the reporter said.
 */
export const alerts = sqliteTable(
  'alerts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The reporter's conversation; null once the reporter deleted their data. */
    conversationId: text('conversation_id'),
    caseId: text('case_id'),
    officeId: text('office_id'),
    /**
     * `urgent` and `requested` ring the escalation chain one officer at a time; `notice` announces a
     * non-urgent case to its office's officers on duty at once, with a deadline (case-notice.ts).
     */
    reason: text('reason', { enum: ['urgent', 'requested', 'notice'] }).notNull(),
    status: text('status', { enum: ['waiting', 'ringing', 'claimed', 'exhausted', 'closed'] }).notNull(),
    /** Officer ids (unique in the directory) in escalation order, fixed when the alert starts ringing. */
    chain: text('chain', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** How many of `chain` have been alerted so far. */
    rung: integer('rung').notNull().default(0),
    /** The outbox row of the latest alert message: if it cannot be delivered, the next officer is rung at once. */
    ringOutboxId: integer('ring_outbox_id'),
    /** The reporter ended the chat (quick exit) while an officer held the case; cleared when they write. */
    reporterAwayAt: integer('reporter_away_at'),
    claimedBy: text('claimed_by'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    firstSentAt: integer('first_sent_at'),
    claimedAt: integer('claimed_at'),
    closedAt: integer('closed_at'),
    /**
     * The officer being rung gets this alert in the next "N new urgent cases" digest, not alone:
     * their office has too many new alerts at once (alert-ringer.ts, storm mode).
     */
    digestPending: integer('digest_pending', { mode: 'boolean' }).notNull().default(false),
    /** A notice's current deadline: past it, the case goes to the next level (supervisor, parent office). */
    deadlineAt: integer('deadline_at'),
  },
  (t) => [
    index('alerts_conversation_idx').on(t.conversationId, t.status),
    index('alerts_office_sent_idx').on(t.officeId, t.firstSentAt),
    index('alerts_claimed_by_idx').on(t.claimedBy, t.status),
    index('alerts_ring_outbox_idx').on(t.ringOutboxId),
  ],
);

/**
 * What officers did and what the hotline did on their behalf (safety rule 6). Ids and action names
 * only: never message text.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    /** An officer id from the directory, or `hotline` for what the service did by itself. */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    alertId: integer('alert_id'),
    caseId: text('case_id'),
    officeId: text('office_id'),
    /** An id or a value from a fixed list that the action was about (a status, the office or officer a case went to); never text. */
    detail: text('detail'),
  },
  (t) => [index('audit_alert_idx').on(t.alertId)],
);

/**
 * What someone wrote for a case from a chat that is not the reporter's own (they typed the case
 * reference). Kept apart from the reporter's story and shown to officers as unverified: a stranger
 * who guesses or overhears a reference must not be able to speak as the reporter.
 */
export const outsideNotes = sqliteTable(
  'outside_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id').notNull(),
    /** The chat it came from; its own deletion request removes its notes. */
    fromConversationId: text('from_conversation_id').notNull(),
    /** The note, encrypted. */
    textEnc: text('text_enc').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('outside_notes_case_idx').on(t.caseId, t.id),
    index('outside_notes_from_idx').on(t.fromConversationId),
  ],
);

/**
 * Every officer message an alert queued (the alert, escalations, the reminder, digests): a deletion
 * request withdraws the ones not sent yet.
 */
export const alertMessages = sqliteTable(
  'alert_messages',
  {
    alertId: integer('alert_id').notNull(),
    outboxId: integer('outbox_id').notNull(),
  },
  (t) => [index('alert_messages_alert_idx').on(t.alertId)],
);

/**
 * A sender an officer blocked for a while (`/blokir`): their messages are stored but get no flow
 * answer and reach no officer; a danger signal still gets the emergency numbers. Keyed by the
 * conversation (a random id), never a number; ids and times only. It ends by itself at
 * `blockedUntil`; expired rows are forgotten by the retention sweep.
 */
export const senderBlocks = sqliteTable(
  'sender_blocks',
  {
    conversationId: text('conversation_id').primaryKey(),
    blockedUntil: integer('blocked_until').notNull(),
    /** The directory id of the officer who set it. */
    blockedBy: text('blocked_by').notNull(),
    /** The case whose reference the officer named (its office decides who may lift it). */
    caseId: text('case_id').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('sender_blocks_until_idx').on(t.blockedUntil)],
);

/**
 * A sign-in code sent to an officer through the bot (the workspace at /petugas): one live code per
 * officer, stored only as a keyed hash of the officer id and the code, dropped when used, expired
 * or guessed wrong too often.
 */
export const officerSignins = sqliteTable('officer_signins', {
  officerId: text('officer_id').primaryKey(),
  codeHash: text('code_hash').notNull(),
  expiresAt: integer('expires_at').notNull(),
  failures: integer('failures').notNull().default(0),
  createdAt: integer('created_at').notNull(),
});

/**
 * An officer's workspace session: the id in the cookie is random, the row holds only its keyed
 * hash, so a copy of the database opens no session. Short: it ends at `expiresAt` (slid forward on
 * use, never past the hard end the workspace sets), on sign-out, or when an administrator ends it.
 */
export const officerSessions = sqliteTable(
  'officer_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    officerId: text('officer_id').notNull(),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('officer_sessions_officer_idx').on(t.officerId)],
);

/**
 * Officers' internal notes on a case, written in the workspace: never sent to the reporter,
 * encrypted like every text, erased with the case's text (deletion request, retention).
 */
export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id').notNull(),
    /** The directory id of the officer who wrote it. */
    officerId: text('officer_id').notNull(),
    textEnc: text('text_enc').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.id)],
);
