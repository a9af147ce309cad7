/**
 * The tables of the reporter's pipeline: inbound messages, conversations, the outbox, timers,
 * cases, media, channel state and the limits' attempts. Columns ending in `_enc` hold AES-256-GCM
 * ciphertext (see field-cipher.ts); columns ending in `_hash` hold keyed hashes used for look-ups.
 */
import { sql } from 'drizzle-orm';
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Every inbound message, stored before the platform is acknowledged. */
export const inboundMessages = sqliteTable(
  'inbound_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel').notNull(),
    /** Keyed hash of the platform's message id (or a synthetic one for timers): the duplicate-delivery key. */
    externalId: text('external_id').notNull(),
    conversationId: text('conversation_id').notNull(),
    /** The normalized input, encrypted. */
    payloadEnc: text('payload_enc').notNull(),
    receivedAt: integer('received_at').notNull(),
    processedAt: integer('processed_at'),
    status: text('status', { enum: ['pending', 'processed', 'failed'] })
      .notNull()
      .default('pending'),
    /**
     * Taken ahead of the rest, still after the conversation's earlier messages: 2 an officer's
     * claim or an alert deadline, 1 a danger signal, 0 everything else.
     */
    priority: integer('priority').notNull().default(0),
    /** Not processed before this time: a sender flooding the hotline is slowed down (ingest). */
    availableAt: integer('available_at').notNull().default(0),
  },
  (t) => [
    uniqueIndex('inbound_channel_external_uq').on(t.channel, t.externalId),
    index('inbound_pending_idx').on(t.status, t.id),
    index('inbound_conversation_idx').on(t.conversationId, t.status, t.id),
  ],
);

/** A reporter's place in a flow. One row per channel user. */
export const conversations = sqliteTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    channel: text('channel').notNull(),
    /** Keyed hash of the channel's user id: look-ups without storing the id in plain form. */
    userHash: text('user_hash').notNull(),
    /** Where replies go (chat id, phone), encrypted. */
    addressEnc: text('address_enc').notNull(),
    /** The engine snapshot (state, collected answers, language), encrypted. */
    snapshotEnc: text('snapshot_enc'),
    /**
     * When the reporter last wrote (a platform message, not a timer): WhatsApp lets a business
     * answer freely only within 24 hours of it.
     */
    lastInboundAt: integer('last_inbound_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('conversations_user_uq').on(t.channel, t.userHash)],
);

/** Outbound messages, sent by the dispatcher with retries. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conversationId: text('conversation_id').notNull(),
    channel: text('channel').notNull(),
    addressEnc: text('address_enc').notNull(),
    /** The rendered message (text, buttons), encrypted. */
    payloadEnc: text('payload_enc').notNull(),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /**
     * 1 for what must not wait behind a queue: the emergency reply to an urgent message. Claimed
     * first; one conversation's messages still go in order. 2 for an officer alert: claimed first,
     * and it waits for nothing but earlier alerts to the same chat.
     */
    priority: integer('priority').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    /** A claim by one dispatcher; a crashed claim expires and the row is sent again. */
    leaseUntil: integer('lease_until'),
    /**
     * The process instance (a random id per start) that claimed the row: a new start takes back at
     * once what a dead instance left in `sending`, instead of waiting out the lease.
     */
    claimedBy: text('claimed_by'),
    /** Error code only, never message content. */
    lastError: text('last_error'),
    /** Keyed hash of the platform's id for the sent message (a wamid holds a phone number). */
    platformMessageId: text('platform_message_id'),
    createdAt: integer('created_at').notNull(),
    sentAt: integer('sent_at'),
    /** What the platform reported after the send (WhatsApp statuses): it only moves forward. */
    deliveryStatus: text('delivery_status', { enum: ['sent', 'delivered', 'read', 'failed'] }),
    deliveryStatusAt: integer('delivery_status_at'),
    /** The platform's error code for a `failed` delivery, never its text. */
    deliveryError: text('delivery_error'),
  },
  (t) => [
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_conversation_idx').on(t.conversationId, t.id),
    // Only the unsent rows: the claim asks, for every due row, whether an older one of its
    // conversation is still unsent (one conversation's messages go in order).
    index('outbox_unsent_idx').on(t.conversationId, t.id).where(sql`${t.status} in ('pending', 'sending')`),
    index('outbox_platform_message_idx').on(t.channel, t.platformMessageId),
  ],
);

/** Durable deadlines. When due, a timer becomes an inbound message of its conversation. */
export const timers = sqliteTable(
  'timers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    conversationId: text('conversation_id').notNull(),
    name: text('name').notNull(),
    token: integer('token').notNull(),
    dueAt: integer('due_at').notNull(),
  },
  (t) => [
    uniqueIndex('timers_conversation_name_uq').on(t.conversationId, t.name),
    index('timers_due_idx').on(t.dueAt),
  ],
);

/**
 * Reports. Category, urgency, region and office stay in plain form so anonymous counts survive a
 * reporter's deletion request; everything the reporter told us lives in `details_enc`.
 */
export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull(),
    /** Null once the reporter deleted their data: the row is then an anonymous count. */
    conversationId: text('conversation_id'),
    categories: text('categories', { mode: 'json' }).$type<string[]>().notNull().default([]),
    urgent: integer('urgent', { mode: 'boolean' }).notNull().default(false),
    risk: text('risk', { enum: ['high', 'medium', 'low'] }),
    regionCode: text('region_code'),
    officeId: text('office_id'),
    detailsEnc: text('details_enc'),
    /**
     * Keyed hash of the PIN shown once with the reference: from another phone the reference alone
     * reads nothing, the reference and the PIN read the status. Never the PIN itself.
     */
    pinHash: text('pin_hash'),
    /**
     * Where the report came from (a channel name) and the language it was made in: anonymous
     * counts for the statistics, kept after the reporter's data is erased or purged.
     */
    channel: text('channel'),
    language: text('language'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** Where officers are with the case in the workspace: baru → ditangani → dirujuk → selesai. */
    deskStatus: text('desk_status', { enum: ['baru', 'ditangani', 'dirujuk', 'selesai'] })
      .notNull()
      .default('baru'),
    /** The day an officer means to follow the case up (YYYY-MM-DD in the office's zone). */
    followUpOn: text('follow_up_on'),
    /** The SIMFONI-PPA values an officer confirmed (JSON, encrypted: the victim's age and sex). */
    simfoniEnc: text('simfoni_enc'),
  },
  (t) => [
    uniqueIndex('cases_reference_uq').on(t.reference),
    index('cases_conversation_idx').on(t.conversationId),
  ],
);

/**
 * Evidence a reporter sent (photos, voice notes, videos, documents). The row is written with the
 * inbound message, before the platform is acknowledged; the bytes are fetched later by a background
 * job (a webhook must answer fast) and stored encrypted.
 */
export const media = sqliteTable(
  'media',
  {
    /** The `mediaId` the flow sees in its `media` input. */
    id: text('id').primaryKey(),
    conversationId: text('conversation_id').notNull(),
    channel: text('channel').notNull(),
    kind: text('kind', { enum: ['image', 'audio', 'video', 'document'] }).notNull(),
    /** The platform's handle for downloading (Telegram file_id), encrypted. */
    refEnc: text('ref_enc').notNull(),
    /** What the platform announced, when it did; the download enforces the limit again. */
    declaredSize: integer('declared_size'),
    status: text('status', { enum: ['pending', 'fetching', 'stored', 'failed', 'too_large'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    leaseUntil: integer('lease_until'),
    /** Error code only. */
    lastError: text('last_error'),
    /** The file, AES-256-GCM (FieldCipher.encryptBytes). */
    bytesEnc: blob('bytes_enc', { mode: 'buffer' }),
    size: integer('size'),
    createdAt: integer('created_at').notNull(),
    storedAt: integer('stored_at'),
  },
  (t) => [
    index('media_due_idx').on(t.status, t.nextAttemptAt),
    index('media_conversation_idx').on(t.conversationId),
  ],
);

/**
 * The WhatsApp linked-device (Baileys) session: its credentials and Signal keys, one row per item,
 * encrypted. Kept here rather than in files so a restart or a new container needs no new pairing.
 */
export const baileysAuth = sqliteTable(
  'baileys_auth',
  {
    /** One linked number per session name. */
    session: text('session').notNull(),
    /** `creds`, or a Signal key category (`pre-key`, `session`, `app-state-sync-key`, …). */
    category: text('category').notNull(),
    /**
     * Keyed hash of the key's id within its category (ids name WhatsApp accounts, so never in
     * plain form); the hash of '' for `creds`.
     */
    keyHash: text('key_hash').notNull(),
    /** BufferJSON-serialized value, encrypted. */
    valueEnc: text('value_enc').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('baileys_auth_item_uq').on(t.session, t.category, t.keyHash)],
);

/**
 * Leases on things only one process may run at a time (a linked WhatsApp number's socket): a
 * second socket for the same number would make WhatsApp drop both.
 */
export const channelLocks = sqliteTable('channel_locks', {
  name: text('name').primaryKey(),
  /** A random id per holder; never a host name or a user. */
  owner: text('owner').notNull(),
  leaseUntil: integer('lease_until').notNull(),
});

/**
 * One row: a value sealed with the first data key and a keyed hash of the same fixed text, so
 * start-up can prove DATA_KEY reads this database before it writes anything (data-key-check.ts).
 */
export const keyCheck = sqliteTable('key_check', {
  id: integer('id').primaryKey(),
  keyId: text('key_id').notNull(),
  sealed: text('sealed').notNull(),
  indexKeyId: text('index_key_id').notNull(),
  indexProbe: text('index_probe').notNull(),
});

/**
 * Recent attempts of things that are limited per window: case-reference look-ups and PIN tries
 * (per chat, per case, and over all chats), alerts opened per reporter. A row is a scope, an id and
 * a time, nothing else; rows older than their window are deleted as new ones arrive.
 */
export const attempts = sqliteTable(
  'attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    scope: text('scope').notNull(),
    /** A conversation id, a case id, or `*` for all chats. */
    subject: text('subject').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('attempts_scope_idx').on(t.scope, t.subject, t.at), index('attempts_at_idx').on(t.at)],
);
