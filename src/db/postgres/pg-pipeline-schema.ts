/**
 * The reporter pipeline's tables on PostgreSQL: src/db/pipeline-schema.ts table for table (see
 * pg-schema.ts for the rules both halves keep).
 */
import { bigint, boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { bytea, millis, serialId } from './pg-column-types.js';

export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: serialId(),
    channel: text('channel').notNull(),
    /** Keyed hash of the platform's message id: the duplicate-delivery key. */
    externalId: text('external_id').notNull(),
    conversationId: text('conversation_id').notNull(),
    payloadEnc: text('payload_enc').notNull(),
    receivedAt: millis('received_at').notNull(),
    processedAt: millis('processed_at'),
    status: text('status', { enum: ['pending', 'processed', 'failed'] })
      .notNull()
      .default('pending'),
    /** 2 an officer's claim or an alert deadline, 1 a danger signal, 0 everything else. */
    priority: integer('priority').notNull().default(0),
    /** Not processed before this time: a sender flooding the hotline is slowed down. */
    availableAt: millis('available_at').notNull().default(0),
  },
  (t) => [
    uniqueIndex('inbound_channel_external_uq').on(t.channel, t.externalId),
    index('inbound_pending_idx').on(t.status, t.id),
    index('inbound_conversation_idx').on(t.conversationId, t.status, t.id),
  ],
);

export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    channel: text('channel').notNull(),
    userHash: text('user_hash').notNull(),
    addressEnc: text('address_enc').notNull(),
    snapshotEnc: text('snapshot_enc'),
    lastInboundAt: millis('last_inbound_at'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [uniqueIndex('conversations_user_uq').on(t.channel, t.userHash)],
);

export const outbox = pgTable(
  'outbox',
  {
    id: serialId(),
    conversationId: text('conversation_id').notNull(),
    channel: text('channel').notNull(),
    addressEnc: text('address_enc').notNull(),
    payloadEnc: text('payload_enc').notNull(),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** 0 ordinary, 1 emergency reply, 2 officer alert. */
    priority: integer('priority').notNull().default(0),
    nextAttemptAt: millis('next_attempt_at').notNull(),
    leaseUntil: millis('lease_until'),
    /** The instance (a random id per start) holding the lease. */
    claimedBy: text('claimed_by'),
    lastError: text('last_error'),
    /** Keyed hash of the platform's id for the sent message. */
    platformMessageId: text('platform_message_id'),
    createdAt: millis('created_at').notNull(),
    sentAt: millis('sent_at'),
    deliveryStatus: text('delivery_status', { enum: ['sent', 'delivered', 'read', 'failed'] }),
    deliveryStatusAt: millis('delivery_status_at'),
    deliveryError: text('delivery_error'),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_conversation_idx').on(t.conversationId, t.id),
    index('outbox_unsent_idx').on(t.conversationId, t.id).where(sql`${t.status} in ('pending', 'sending')`),
    index('outbox_platform_message_idx').on(t.channel, t.platformMessageId),
  ],
);

export const timers = pgTable(
  'timers',
  {
    id: serialId(),
    conversationId: text('conversation_id').notNull(),
    name: text('name').notNull(),
    token: bigint('token', { mode: 'number' }).notNull(),
    dueAt: millis('due_at').notNull(),
  },
  (t) => [
    uniqueIndex('timers_conversation_name_uq').on(t.conversationId, t.name),
    index('timers_due_idx').on(t.dueAt),
  ],
);

export const cases = pgTable(
  'cases',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull(),
    conversationId: text('conversation_id'),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    urgent: boolean('urgent').notNull().default(false),
    risk: text('risk', { enum: ['high', 'medium', 'low'] }),
    regionCode: text('region_code'),
    officeId: text('office_id'),
    detailsEnc: text('details_enc'),
    /** Keyed hash of the PIN, salted with the case id; never the PIN. */
    pinHash: text('pin_hash'),
    channel: text('channel'),
    language: text('language'),
    createdAt: millis('created_at').notNull(),
    updatedAt: millis('updated_at').notNull(),
    deskStatus: text('desk_status', { enum: ['baru', 'ditangani', 'dirujuk', 'selesai'] })
      .notNull()
      .default('baru'),
    followUpOn: text('follow_up_on'),
    simfoniEnc: text('simfoni_enc'),
  },
  (t) => [
    uniqueIndex('cases_reference_uq').on(t.reference),
    index('cases_conversation_idx').on(t.conversationId),
  ],
);

export const media = pgTable(
  'media',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id').notNull(),
    channel: text('channel').notNull(),
    kind: text('kind', { enum: ['image', 'audio', 'video', 'document'] }).notNull(),
    refEnc: text('ref_enc').notNull(),
    declaredSize: bigint('declared_size', { mode: 'number' }),
    status: text('status', { enum: ['pending', 'fetching', 'stored', 'failed', 'too_large'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: millis('next_attempt_at').notNull(),
    leaseUntil: millis('lease_until'),
    lastError: text('last_error'),
    /** The file, AES-256-GCM (FieldCipher.encryptBytes). */
    bytesEnc: bytea('bytes_enc'),
    size: bigint('size', { mode: 'number' }),
    createdAt: millis('created_at').notNull(),
    storedAt: millis('stored_at'),
  },
  (t) => [
    index('media_due_idx').on(t.status, t.nextAttemptAt),
    index('media_conversation_idx').on(t.conversationId),
  ],
);

export const baileysAuth = pgTable(
  'baileys_auth',
  {
    session: text('session').notNull(),
    category: text('category').notNull(),
    keyHash: text('key_hash').notNull(),
    valueEnc: text('value_enc').notNull(),
    updatedAt: millis('updated_at').notNull(),
  },
  (t) => [uniqueIndex('baileys_auth_item_uq').on(t.session, t.category, t.keyHash)],
);

export const channelLocks = pgTable('channel_locks', {
  name: text('name').primaryKey(),
  owner: text('owner').notNull(),
  leaseUntil: millis('lease_until').notNull(),
});

/** One row proving at start-up that DATA_KEY reads this database (see data-key-check.ts). */
export const keyCheck = pgTable('key_check', {
  id: integer('id').primaryKey(),
  keyId: text('key_id').notNull(),
  sealed: text('sealed').notNull(),
  indexKeyId: text('index_key_id').notNull(),
  indexProbe: text('index_probe').notNull(),
});

export const attempts = pgTable(
  'attempts',
  {
    id: serialId(),
    scope: text('scope').notNull(),
    subject: text('subject').notNull(),
    at: millis('at').notNull(),
  },
  (t) => [index('attempts_scope_idx').on(t.scope, t.subject, t.at), index('attempts_at_idx').on(t.at)],
);
