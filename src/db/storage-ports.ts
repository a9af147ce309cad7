/**
 * Storage behind async ports: what the pipeline may ask of a database, whatever the engine. The
 * SQLite adapter (sqlite-storage.ts) implements it over better-sqlite3, the PostgreSQL adapter
 * (postgres/postgres-storage.ts) over node-postgres; both pass one contract suite
 * (tests/db/storage-contract.ts). Every read and write happens inside one
 * `unitOfWork`: no other code opens a transaction, and no network I/O happens inside one (sends go
 * out of the outbox after the commit).
 *
 * Text and personal data are encrypted inside the adapter; callers see plaintext and ids only.
 */
import type { CasePatch, MediaKind } from '../engine/types.js';
import type { CaseOrigin, CaseView } from './case-repository.js';
import type { ConversationRecord, StepConversation } from './conversation-repository.js';
import type { StoredInbound } from './inbox-repository.js';
import type { MediaClaim, StoredMedia } from './media-repository.js';
import type { DeliveryStatus, OutboxEntry, OutboxItem, SentRow } from './outbox-rows.js';
import type { DueTimer } from './timer-repository.js';
import type { BaileysAuthPort, ChannelLockPort } from './channel-ports.js';
import type {
  AlertPort,
  AttemptPort,
  CaseDeskPort,
  OfficerSessionPort,
  OutsideNotePort,
  SenderBlockPort,
  StatisticsPort,
} from './desk-ports.js';

export type * from './channel-ports.js';
export type * from './desk-ports.js';

export type { CaseStatQuery, CaseStatRow } from './statistics-repository.js';
export type { AlertRow, AuditAction } from './alert-repository.js';
export type { AttemptScope } from './attempt-repository.js';
export type {
  DeskAccessEvent,
  DeskAccessFilter,
  DeskAuditAction,
  DeskAuditIds,
  DeskCaseFilter,
  DeskCaseRow,
  DeskStatus,
  DeskTrailEvent,
  SimfoniStored,
} from './desk-rows.js';
export type { CodeCheck, OfficerSessionRow } from './officer-session-repository.js';
export type { CaseOrigin, CaseView, ConversationRecord, DueTimer, MediaClaim, StepConversation };
export type { DeliveryStatus, OutboxEntry, OutboxItem, SentRow, StoredInbound, StoredMedia };

/** Inbound messages, stored before they are acknowledged and processed once, in arrival order. */
export interface InboxPort {
  /** Stores a message; undefined when the same (channel, externalId) was stored before. */
  insert(row: {
    channel: string;
    externalId: string;
    conversationId: string;
    payload: unknown;
    now: number;
    priority?: number;
    availableAt?: number;
  }): Promise<number | undefined>;
  /**
   * The next message to process at `now`: higher priority first, but never ahead of an earlier
   * pending message of its own conversation; held-back messages wait for their time.
   */
  nextPending<P>(now: number): Promise<StoredInbound<P> | undefined>;
  nextAvailableAt(): Promise<number | undefined>;
  /** How many messages a conversation sent since `since`, and how far its pending ones are held back. */
  paceOf(conversationId: string, since: number): Promise<{ recent: number; heldUntil: number }>;
  /** Makes a conversation's held-back messages available now (an urgent one arrived behind them). */
  releaseHeld(conversationId: string, now: number): Promise<void>;
  markProcessed(id: number, now: number, status?: 'processed' | 'failed'): Promise<void>;
  countPending(): Promise<number>;
  /**
   * Failed messages received since `since` that are still their conversation's newest go back to
   * `pending` (at start: a fixed bug or key list may now process them; none jumps ahead of a later
   * message). They keep their first failure's time, which `triedBefore` reads.
   */
  retryFailed(since: number): Promise<number>;
  /** The message was taken to an end before (a pending one: it failed and is tried again; its reporter was told then). */
  triedBefore(id: number): Promise<boolean>;
  /**
   * A deletion request: the conversation's messages go, except the one that asked (`keepId`, its
   * text emptied; it is marked done after). Without `keepId` (an administrator, retention) all go.
   */
  eraseConversation(conversationId: string, keepId?: number): Promise<void>;
  allOf(conversationId: string): Promise<{ receivedAt: number; input: unknown }[]>;
}

export interface ConversationPort {
  findOrCreate(channel: string, userId: string, address: string, now: number): Promise<string>;
  findId(channel: string, userId: string): Promise<string | undefined>;
  load<S>(id: string): Promise<ConversationRecord<S> | undefined>;
  /**
   * `load`, with what every reporter's step asks besides (one statement on PostgreSQL): the
   * conversation's active alert (`AlertPort.active`) and, given the reference reserved for its
   * next case, whether a case has it by now (`CasePort.referenceExists`).
   */
  loadForStep<S>(id: string, reservedReference: string | undefined): Promise<StepConversation<S> | undefined>;
  address(id: string): Promise<{ channel: string; address: string } | undefined>;
  /**
   * A message arrived from this user: finds or creates the conversation and records when the user
   * last wrote and from which address (one statement on PostgreSQL). A duplicate delivery counts
   * too: the user did write that recently.
   */
  arrived(channel: string, userId: string, address: string, now: number): Promise<string>;
  /**
   * `arrived`, and the sender's pace as `InboxPort.paceOf(id, since)` gives it: one statement on
   * PostgreSQL (ingest asks both of every ordinary message).
   */
  arrivedPaced(
    channel: string,
    userId: string,
    address: string,
    now: number,
    since: number,
  ): Promise<{ id: string; recent: number; heldUntil: number }>;
  lastInboundAt(id: string): Promise<number | undefined>;
  saveSnapshot(id: string, snapshot: unknown, now: number): Promise<void>;
  /**
   * The end of a reporter's step: `saveSnapshot`, and its message marked processed
   * (`InboxPort.markProcessed(inboundId, now)`), in one statement on PostgreSQL.
   */
  saveStep(id: string, snapshot: unknown, now: number, inboundId: number): Promise<void>;
  delete(id: string): Promise<void>;
  idleSince(before: number, withCase: boolean): Promise<string[]>;
}

/** Replies and alerts waiting to be sent; claimed with a lease so a dead sender's rows are retried. */
export interface OutboxPort {
  /** Queues a message (several rows when one platform message cannot hold it); the last row's id. */
  enqueue(row: OutboxEntry): Promise<number>;
  /**
   * `enqueue` for several messages, queued in this order (a step's replies): one statement on
   * PostgreSQL, not one per message. Each message's last row id, in order (0 for one with no row).
   */
  enqueueMany(rows: readonly OutboxEntry[]): Promise<number[]>;
  /** Due rows, highest priority first, only the first unsent row of each conversation. */
  claimDue<P>(
    channels: string[],
    now: number,
    leaseMs: number,
    limit: number,
    instance?: string,
  ): Promise<OutboxItem<P>[]>;
  /**
   * Rows left in `sending` by a dead instance go out again (at-least-once: the message that was on
   * the wire may arrive twice). On SQLite one process serves the database, so every row leased by
   * an instance other than `instance` is due again at once (called at start). On PostgreSQL only
   * the rows of instances whose presence lock is free (`InstanceCoordination.instance`: the process
   * is gone) are taken back, so a live instance's row is never sent twice (called every few seconds).
   */
  reclaimAbandoned(channels: string[], instance: string): Promise<number>;
  /**
   * `markSentMany(sent)`, then `claimDue`: a dispatcher round's finished sends and its next claim,
   * in one statement on PostgreSQL (which needs no transaction around it: Storage.autocommit).
   */
  markSentAndClaim<P>(
    sent: readonly SentRow[],
    channels: string[],
    now: number,
    leaseMs: number,
    limit: number,
    instance?: string,
  ): Promise<OutboxItem<P>[]>;
  renewLeases(ids: number[], leaseUntil: number, instance: string): Promise<void>;
  markSent(id: number, now: number, platformMessageId: string | undefined): Promise<void>;
  /** `markSent` for a round's finished sends: one statement on PostgreSQL, not one per row. */
  markSentMany(rows: readonly SentRow[]): Promise<void>;
  markRetry(id: number, attempts: number, nextAttemptAt: number, errorCode: string): Promise<void>;
  markFailed(id: number, attempts: number, errorCode: string): Promise<void>;
  recordDelivery(row: {
    channel: string;
    platformMessageId: string;
    status: DeliveryStatus;
    at: number;
    errorCode?: string;
  }): Promise<number | undefined>;
  delivery(
    id: number,
  ): Promise<{ status: DeliveryStatus | null; at: number | null; errorCode: string | null }>;
  nextDueAt(channels: string[]): Promise<number | undefined>;
  /** The highest row id visible: in a unit that writes nothing, the highest committed one. */
  lastId(): Promise<number>;
  /** Sent rows of a conversation after `afterId`, oldest first; `at` is when the row was queued. */
  sentSince<P>(conversationId: string, afterId: number): Promise<{ id: number; at: number; payload: P }[]>;
  countByStatus(status: 'pending' | 'sending' | 'sent' | 'failed'): Promise<number>;
  withdrawPending(ids: number[]): Promise<number>;
  eraseConversation(conversationId: string): Promise<void>;
}

/** Durable deadlines: one per (conversation, name); setting it again replaces it. */
export interface TimerPort {
  set(conversationId: string, name: string, token: number, dueAt: number): Promise<void>;
  exists(conversationId: string, name: string): Promise<boolean>;
  cancel(conversationId: string, name: string): Promise<void>;
  due(now: number, limit: number): Promise<DueTimer[]>;
  remove(timer: DueTimer): Promise<void>;
  nextDueAt(): Promise<number | undefined>;
  eraseConversation(conversationId: string): Promise<void>;
}

export interface CasePort {
  referenceExists(reference: string): Promise<boolean>;
  /** A flow's case update (see CaseRepository.apply for the rules it keeps). */
  apply(conversationId: string, patch: CasePatch, now: number, origin?: CaseOrigin): Promise<void>;
  addOutsideNote(caseId: string, fromConversationId: string, text: string, now: number): Promise<void>;
  /** Loads the case's PIN hash; the returned check only computes, so a decision may call it. */
  pinCheck(caseId: string): Promise<(pin: string) => boolean>;
  latest(conversationId: string): Promise<CaseView | undefined>;
  referenceOf(id: string): Promise<string | undefined>;
  byId(id: string): Promise<CaseView | undefined>;
  findByReference(reference: string): Promise<CaseView | undefined>;
  anonymizeConversation(conversationId: string, now: number): Promise<void>;
}

export interface MediaPort {
  register(row: {
    id: string;
    conversationId: string;
    channel: string;
    kind: MediaKind;
    ref: string;
    declaredSize: number | undefined;
    now: number;
  }): Promise<void>;
  claimDue(channels: string[], now: number, leaseMs: number, limit: number): Promise<MediaClaim[]>;
  markStored(id: string, bytes: Buffer, now: number): Promise<void>;
  markRetry(id: string, attempts: number, nextAttemptAt: number, errorCode: string): Promise<void>;
  markGivenUp(id: string, attempts: number, status: 'failed' | 'too_large', errorCode: string): Promise<void>;
  nextDueAt(channels: string[]): Promise<number | undefined>;
  load(id: string): Promise<StoredMedia | undefined>;
  eraseConversation(conversationId: string): Promise<void>;
  idsOf(conversationId: string): Promise<string[]>;
}

/** Everything a unit of work may read and write. */
export interface StoragePorts {
  inbox: InboxPort;
  conversations: ConversationPort;
  outbox: OutboxPort;
  timers: TimerPort;
  cases: CasePort;
  media: MediaPort;
  alerts: AlertPort;
  attempts: AttemptPort;
  outsideNotes: OutsideNotePort;
  senderBlocks: SenderBlockPort;
  officerSessions: OfficerSessionPort;
  desk: CaseDeskPort;
  statistics: StatisticsPort;
  baileysAuth: BaileysAuthPort;
  locks: ChannelLockPort;
}

export interface UnitOfWork extends StoragePorts {
  /**
   * Runs `work` so that if it throws, only its own writes are undone and the unit goes on (one bad
   * message in a batch is quarantined, the rest commit together).
   */
  savepoint<T>(work: () => Promise<T>): Promise<T>;
}

/** Work one instance commits that another may take: stored messages, queued replies, timers, files. */
export type SharedWork = 'inbox' | 'outbox' | 'timers' | 'media';

/** Held by one instance at a time; see `InstanceCoordination.exclusiveLock`. */
export interface ExclusiveLock {
  /** Takes it, or confirms this instance still holds it; false while another instance does. */
  acquire(): Promise<boolean>;
  /** Lets another instance take it now. */
  release(): Promise<void>;
}

/**
 * What only a database that several instances share offers (PostgreSQL). Absent on SQLite, where
 * one process serves the database and a lease row is enough.
 */
export interface InstanceCoordination {
  /**
   * This process start's id among the instances, alive as long as it is: outbox claims carry it, and
   * another instance takes back the rows of one that is gone (`OutboxPort.reclaimAbandoned`).
   */
  readonly instance: string;
  /**
   * A lock that follows this process's life: released when it dies, whatever the cause, so another
   * instance can take over within seconds (the Telegram long poller).
   */
  exclusiveLock(name: string): ExclusiveLock;
  /**
   * Calls `onWork` soon after another instance commits work of a kind (LISTEN/NOTIFY), so an idle
   * instance takes it at once rather than at its next poll. A hint only: a notification can be
   * missed (the listening connection dropped), so callers keep polling as well. `onConnection`
   * hears when that connection to the database is lost (false) and back (true), once each way.
   */
  listen(onWork: (kind: SharedWork) => void, onConnection?: (connected: boolean) => void): void;
}

export interface Storage {
  /** Present when several instances may share this database (PostgreSQL). */
  readonly coordination?: InstanceCoordination;
  /**
   * Runs `work` as one transaction: all of its writes commit, or none. The only way in: no other
   * code opens a transaction. No statement of one unit runs inside another's transaction: on SQLite
   * (one connection) units run one at a time; on PostgreSQL each unit has its own connection and
   * units run side by side, none seeing another's uncommitted writes. There a failed statement
   * aborts the whole transaction, so work that must go on after a failure uses `savepoint`.
   */
  unitOfWork<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T>;
  /**
   * Runs `work` with no transaction around it on PostgreSQL: each statement commits by itself, and
   * the BEGIN and COMMIT round trips of a unit are saved (the outbox's claim rounds run several
   * times a second). Only for work that stays right when it stops after any statement: each write
   * one statement, nothing that must commit together with another. On SQLite a unit of work (one
   * connection in process: a transaction costs no round trip there).
   */
  autocommit<T>(work: (ports: StoragePorts) => Promise<T>): Promise<T>;
  /**
   * Resolves once everything committed before the call is on disk: one WAL sync for many callers
   * on SQLite; at once on PostgreSQL, whose commit is durable when it returns.
   */
  flushed(): Promise<void>;
  /** A commit is on disk when it returns (PostgreSQL): nobody needs to wait for `flushed`. */
  readonly durableAtCommit: boolean;
  /**
   * How many units of work are worth running at once: 1 on SQLite (one connection, units run one
   * at a time), several on PostgreSQL (a unit per pooled connection; most of a unit's time is
   * spent waiting for the server's answers).
   */
  readonly parallelUnits: number;
  /** Whether the database answers (readiness probe). */
  isReachable(): Promise<boolean>;
  /** Keyed hash of a phone number's digits, as stored (a computation: officers are recognised by it). */
  phoneKey(digits: string): string;
  /** Waits for the unit under way, then closes; later units are refused. */
  close(): Promise<void>;
}

/** A unit of work asked of a closed storage (either engine). */
export class StorageClosedError extends Error {
  constructor() {
    super(
      'the database is closed; this happens only during shutdown, and the work is retried at the next start',
    );
    this.name = 'StorageClosedError';
  }
}
