/**
 * Wires the durable pipeline: database → ingest → worker → outbox dispatcher, plus timers.
 * One runtime per process; the HTTP app, the terminal chat and tests all use this same wiring.
 */
import { randomBytes } from 'node:crypto';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { DEFAULT_FLOW_ID, FLOWS } from '../../flows/index.js';
import { openHotlineDatabase } from '../db/client.js';
import type { AlertRow } from '../db/alert-repository.js';
import type { BaileysAuthRepository } from '../db/baileys-auth-repository.js';
import type { ChannelLockRepository } from '../db/channel-lock-repository.js';
import { type DataKey, FieldCipher } from '../db/field-cipher.js';
import { createRepositories, type Repositories } from '../db/repositories.js';
import { SqliteStorage } from '../db/sqlite-storage.js';
import type { CaseStatQuery, CaseStatRow, Storage, StoragePorts } from '../db/storage-ports.js';
import { type FileSync, WalFlusher } from '../db/wal-flusher.js';
import type { Directory } from '../directory/index.js';
import type { Env } from '../engine/types.js';
import type { AlertLimits } from '../handoff/alert-ringer.js';
import { Handoff } from '../handoff/handoff.js';
import { OfficerRoster } from '../handoff/officer-roster.js';
import { createTranslator } from '../i18n/translator.js';
import { AppError } from '../lib/app-error.js';
import { type Clock, systemClock } from '../lib/clock.js';
import { type AnyFlow, ConversationWorker } from './conversation-worker.js';
import { type HostOutput, OutputExecutor } from './output-executor.js';
import { Dispatcher, type DispatcherOptions } from './dispatcher.js';
import type { PollerLease } from './channel-gateway.js';
import type { HotlineGateway } from './hotline-gateway.js';
import { splitForChannel } from './message-parts.js';
import { GroupCommitIngest } from './group-commit-ingest.js';
import type { SenderPace } from './inbox-priority.js';
import { type IngestResult, IngestService } from './ingest-service.js';
import { MediaFetcher } from './media-fetcher.js';
import type {
  ChannelName,
  ChannelSender,
  DeliveryReport,
  InboundMessage,
  MediaSource,
  OutboundMessage,
} from './channel-contract.js';
import { type CaseExport, eraseCase, exportCase } from './case-records.js';
import { type RetentionCounts, type RetentionPolicy, RetentionSweeper, sweepRetention } from './retention.js';
import { TimerScheduler } from './timer-scheduler.js';
import { DirectoryReloader } from './directory-reloader.js';
import { SHARED_RECLAIM_MS, wakeOnSharedWork } from './shared-work.js';

/** What an officer's action in the workspace is handed inside its unit of work. */
export interface DeskKit {
  now: number;
  handoff: Handoff;
  roster: OfficerRoster;
  /** Performs handoff outputs as the worker does: officer messages, the relay, claims, audit. */
  perform(outputs: readonly HostOutput[]): Promise<void>;
}

export interface HotlineOptions {
  /** The SQLite file (or ':memory:'); ignored when `storage` is given. */
  databaseFile: string;
  /**
   * Storage opened by the caller (PostgreSQL: `openPostgresStorage`); closed with the service.
   * Without it the service opens `databaseFile` as SQLite.
   */
  storage?: Storage;
  dataKeys: DataKey[];
  logger: Logger;
  triage: Env['triage'];
  /** Flow services (directory look-ups, the reference guard): pure, over in-memory data. */
  services?: Env['services'];
  clock?: Clock;
  translator?: i18n;
  flows?: { byId: ReadonlyMap<string, AnyFlow>; defaultFlowId: string };
  /** fs.fsync for the WAL; tests wrap it to hold or fail a sync. */
  walSync?: FileSync;
  /** Draws case-reference characters; seeded in golden tests. */
  random?: (max: number) => number;
  /** Offices and their officers: urgent cases are alerted to whoever is on call. */
  directory?: Directory;
  /**
   * The file `directory` came from, its warnings, and the flow services built over a directory:
   * with it the directory can be reloaded while the service runs (`directoryReloader`).
   */
  directorySource?: {
    file: string;
    warnings: readonly string[];
    services(directory: Directory): Env['services'];
  };
  /** How fast one sender may write before their messages are slowed (defaults in inbox-priority.ts). */
  senderPace?: SenderPace;
  /** Alerts per reporter and the digest threshold (defaults in src/handoff/alert-ringer.ts). */
  alertLimits?: AlertLimits;
  /** The workspace's address (PUBLIC_URL + /petugas): case notices link to the case there. */
  workspaceUrl?: string;
  /** Purge expired case text and abandoned chats every hour; off when unset (most tests). */
  retention?: RetentionPolicy;
  /** Outbox lease and shutdown grace (tests shorten them). */
  delivery?: Omit<DispatcherOptions, 'instance'>;
}

/**
 * The service object. Channels see it only as a `ChannelGateway`; `serve` and the HTTP app as a
 * `HotlineGateway`; CLI commands and tests use its named methods. Its database, repositories and
 * loops stay private: nothing outside reaches past the pipeline into them.
 */
export class Hotline implements HotlineGateway {
  readonly translator: i18n;
  readonly logger: Logger;
  /**
   * Only the linked device's auth state and lease (`linkedDeviceStores`), whose channel port is
   * still synchronous; everything else goes through the storage ports.
   */
  private readonly repos: Repositories | undefined;
  /** Everything else reads and writes through the storage ports, one unit of work at a time. */
  private readonly storage: Storage;
  private readonly worker: ConversationWorker;
  private readonly dispatcher: Dispatcher;
  private readonly timers: TimerScheduler;
  private readonly mediaFetcher: MediaFetcher;
  private readonly intake: GroupCommitIngest;
  private readonly clock: Clock;
  private readonly retention: RetentionSweeper | undefined;
  private readonly executor: OutputExecutor;
  private readonly handoff: Handoff | undefined;
  /** Reactions to send outcomes still running (whenIdle waits for them too). */
  private readonly reacting = new Set<Promise<void>>();
  private closing: Promise<void> | undefined;
  /** Who the officers are and which running channel reaches them (undefined without a directory). */
  private readonly roster: OfficerRoster | undefined;
  /** Reloads DIRECTORY_FILE without a restart (the workspace's rota page); undefined without one. */
  readonly directoryReloader: DirectoryReloader | undefined;
  /** Stops the shared-database inbox poll (PostgreSQL only). */
  private stopSharedPoll: (() => void) | undefined;

  constructor(options: HotlineOptions) {
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger;
    this.translator = options.translator ?? createTranslator();
    const cipher = new FieldCipher(options.dataKeys);
    if (options.storage) {
      this.storage = options.storage;
      this.repos = undefined;
    } else {
      const db = openHotlineDatabase(options.databaseFile, cipher, options.dataKeys);
      this.repos = createRepositories(db, cipher, { splitPayload: splitForChannel });
      const flusher = new WalFlusher(options.databaseFile, options.walSync);
      this.storage = new SqliteStorage(db, cipher, flusher, { splitPayload: splitForChannel });
    }
    const handoff = options.directory
      ? new Handoff({
          roster: new OfficerRoster(
            options.directory,
            () => this.dispatcher.channels(),
            (digits) => this.storage.phoneKey(digits),
          ),
          translator: this.translator,
          ...(options.alertLimits ? { alertLimits: options.alertLimits } : {}),
          ...(options.workspaceUrl ? { workspaceUrl: options.workspaceUrl } : {}),
        })
      : undefined;
    this.handoff = handoff;
    this.roster = handoff?.roster;
    this.dispatcher = new Dispatcher(
      this.storage,
      this.clock,
      options.logger,
      {
        lastInboundAt: (id) => this.storage.unitOfWork((tx) => tx.conversations.lastInboundAt(id)),
        ...(this.storage.durableAtCommit ? {} : { flushed: () => this.flushed() }),
        // One decision per row, each over facts loaded after the one before was performed.
        givenUp: (ids) => {
          if (!handoff) return;
          const now = this.clock.now();
          this.afterSends(async (tx) => {
            for (const id of ids)
              await this.executor.perform(tx, await handoff.undeliverable(tx, id, now), now);
          });
        },
        alertsSent: (ids) => {
          if (!handoff) return;
          const now = this.clock.now();
          this.afterSends(async (tx) => {
            for (const id of ids) await this.executor.perform(tx, await handoff.delivered(tx, id), now);
          });
        },
      },
      {
        ...options.delivery,
        // Shared database: claims carry this instance's id, whose presence lock tells the others
        // it lives; they look every 2 s for the rows of one that died.
        ...(this.storage.coordination
          ? { instance: this.storage.coordination.instance, reclaimEveryMs: SHARED_RECLAIM_MS }
          : {}),
      },
    );
    const executor = new OutputExecutor({
      translator: this.translator,
      logger: options.logger,
      ...(handoff ? { handoff } : {}),
    });
    this.executor = executor;
    this.worker = new ConversationWorker({
      storage: this.storage,
      translator: this.translator,
      clock: this.clock,
      logger: options.logger,
      flows: options.flows ?? { byId: FLOWS as ReadonlyMap<string, AnyFlow>, defaultFlowId: DEFAULT_FLOW_ID },
      triage: options.triage,
      services: options.services ?? {},
      onOutbox: () => this.dispatcher.wake(),
      ...(options.random ? { random: options.random } : {}),
      ...(handoff ? { handoff } : {}),
      executor,
    });
    this.mediaFetcher = new MediaFetcher(this.storage, this.clock, options.logger);
    const stores = new IngestService(
      this.storage,
      this.clock,
      (hasMedia) => {
        this.worker.wake();
        if (hasMedia) this.mediaFetcher.wake();
      },
      (text) => options.triage(text).urgent,
      options.senderPace,
    );
    this.intake = new GroupCommitIngest(stores, () => this.flushed());
    this.timers = new TimerScheduler(this.storage, this.clock, () => this.worker.wake());
    const policy = options.retention;
    this.retention = policy
      ? new RetentionSweeper(() => sweepRetention(this.storage, policy, this.clock.now()), options.logger)
      : undefined;
    const source = options.directorySource;
    const roster = this.roster;
    const worker = this.worker;
    this.directoryReloader =
      source && roster
        ? new DirectoryReloader({
            file: source.file,
            warnings: source.warnings,
            apply: (directory) => {
              roster.replaceDirectory(directory);
              worker.replaceServices(source.services(directory));
              this.warnUnreachable();
            },
            now: () => this.clock.now(),
            logger: options.logger,
          })
        : undefined;
  }

  /**
   * What the dispatcher's reports on finished sends cause (the next officer rung when an alert is
   * refused for good): its own unit of work after the outcomes are recorded, then a send round.
   */
  private afterSends(work: (tx: StoragePorts) => Promise<void>): void {
    const reacting = this.storage.unitOfWork(work).then(
      () => this.dispatcher.wake(),
      (error: unknown) =>
        this.logger.error({ err: { type: (error as Error).name } }, 'reacting to send outcomes failed'),
    );
    this.reacting.add(reacting);
    void reacting.finally(() => this.reacting.delete(reacting));
  }

  /** The start-up warning (and a reloaded directory's): on-call officers no running channel reaches. */
  private warnUnreachable(): void {
    for (const { officeId, officers } of this.roster?.unreachableOnCall() ?? [])
      this.logger.warn(
        { officeId, officers },
        'officers are on call but no running channel reaches them: cases of this office will not reach them; set TELEGRAM_BOT_TOKEN or a WhatsApp channel, or fix their chat ids in the directory',
      );
  }

  /** Starts the background loops and processes whatever a previous run left unfinished. */
  start(): void {
    // The channels are registered by now: say which on-call officers none of them reaches.
    this.warnUnreachable();
    this.dispatcher.start();
    this.timers.start();
    this.mediaFetcher.start();
    this.retention?.start();
    this.worker.wake();
    // Several instances on one database: work another one commits wakes this one's loops too.
    const shared = this.storage.coordination;
    if (shared && !this.stopSharedPoll)
      this.stopSharedPoll = wakeOnSharedWork(shared, {
        inbox: () => this.worker.wake(),
        outbox: () => this.dispatcher.wake(),
        timers: () => this.timers.wake(),
        media: () => this.mediaFetcher.wake(),
      });
  }

  registerSender(sender: ChannelSender): void {
    this.dispatcher.register(sender);
  }

  /** Lets the media fetcher download the evidence files this channel announces. */
  registerMediaSource(source: MediaSource): void {
    this.mediaFetcher.register(source);
  }

  /**
   * Messages that arrive within one event-loop turn are stored in one transaction and covered by
   * one sync (group commit); each caller learns its own result.
   */
  ingest(message: InboundMessage): Promise<IngestResult> {
    return this.intake.ingest(message);
  }

  /** Resolves once everything stored before the call is on the disk (one sync for many callers). */
  private flushed(): Promise<void> {
    return this.storage.flushed();
  }

  /**
   * Records a platform's delivery report against its outbox row; returns the row's id, or undefined
   * when no row carries that message id. A failure is logged with its code for the administrator.
   */
  async recordDelivery(report: DeliveryReport): Promise<number | undefined> {
    const outboxId = await this.storage.unitOfWork((tx) =>
      tx.outbox.recordDelivery({ ...report, at: this.clock.now() }),
    );
    if (report.status === 'failed') {
      this.logger.error(
        { outboxId, channel: report.channel, code: report.errorCode ?? 'unknown' },
        'platform reports a message undelivered',
      );
    }
    return outboxId;
  }

  async delivered(
    channel: ChannelName,
    userId: string,
    afterId: number,
  ): Promise<{ id: number; message: OutboundMessage }[]> {
    return this.storage.unitOfWork(async (tx) => {
      const conversationId = await tx.conversations.findId(channel, userId);
      if (!conversationId) return [];
      const rows = await tx.outbox.sentSince<OutboundMessage>(conversationId, afterId);
      return rows.map((row) => ({ id: row.id, message: row.payload }));
    });
  }

  /**
   * Resolves once every message handed in so far is stored and processed, and every reply due now
   * is sent (or given up): the state a person sees when the bot has finished answering. `hotline
   * chat` waits for it before closing; tests wait for it instead of sleeping. Evidence downloads
   * and timers are not waited for (`whenMediaFetched`, `fireDueTimers`).
   */
  async whenIdle(): Promise<void> {
    for (;;) {
      while (this.intake.busy) await new Promise((r) => setImmediate(r));
      const processed = await this.worker.drain();
      await this.dispatcher.flush();
      const reactions = this.reacting.size;
      await Promise.all(this.reacting);
      if (processed === 0 && reactions === 0 && !this.intake.busy) return;
    }
  }

  /** Resolves once every evidence file due for download now is fetched (or given up for now). */
  whenMediaFetched(): Promise<void> {
    return this.mediaFetcher.flush();
  }

  /**
   * Turns every timer due by the clock into an input of its conversation now; returns how many.
   * The running service does this on its own; a test on a manual clock calls it after advancing.
   */
  fireDueTimers(): Promise<number> {
    return this.timers.fireDue();
  }

  /** `hotline alerts`: the newest officer alerts, newest first, with their case references. */
  recentAlerts(limit: number): Promise<(AlertRow & { reference: string | null })[]> {
    return this.storage.unitOfWork((tx) => tx.alerts.recent(limit));
  }

  /**
   * `hotline stats` and the workspace's statistics: anonymous case rows of a period. With
   * `exportedBy`, the SIMFONI-shaped export is audited (`stats_exported`, ids only) and the rows
   * carry the SIMFONI values officers confirmed.
   */
  caseStatRows(
    query: CaseStatQuery,
    exportedBy?: { actor: string; officeId?: string },
  ): Promise<CaseStatRow[]> {
    return this.storage.unitOfWork(async (tx) => {
      const rows = await tx.statistics.caseRows(query);
      if (!exportedBy) return rows;
      await tx.alerts.auditCase(this.clock.now(), exportedBy.actor, 'stats_exported', {
        caseId: null,
        officeId: exportedBy.officeId ?? null,
      });
      // The export writes what officers confirmed in the workspace's SIMFONI section, where they did.
      const confirmed = await tx.desk.simfoniOf(rows.map((row) => row.reference));
      return rows.map((row) => {
        const simfoni = confirmed.get(row.reference);
        return simfoni ? { ...row, simfoni } : row;
      });
    });
  }

  /** `hotline alerts`: what happened to one alert (ids, actors, actions and times only). */
  alertTrail(alertId: number): Promise<{ actor: string; action: string; at: number }[]> {
    return this.storage.unitOfWork((tx) => tx.alerts.auditTrail(alertId));
  }

  /**
   * What lets one instance at a time long-poll a channel (Telegram allows one getUpdates per bot):
   * on PostgreSQL a session advisory lock, released as soon as its holder's connection drops; on
   * SQLite a lease row, held by this process start.
   */
  pollerLease(name: string, owner = randomBytes(8).toString('hex')): PollerLease {
    // Several instances (PostgreSQL): a session lock, free the moment its holder's process dies.
    const lock = this.storage.coordination?.exclusiveLock(name);
    if (lock) return { acquire: () => lock.acquire(), release: () => lock.release() };
    return {
      acquire: (leaseMs) =>
        this.storage.unitOfWork((tx) => tx.locks.acquire(name, owner, this.clock.now(), leaseMs)),
      release: () => this.storage.unitOfWork((tx) => tx.locks.release(name, owner)),
    };
  }

  /**
   * Where the WhatsApp linked-device channel keeps its auth state and its one-socket lease: in this
   * service's database, behind the channel's own ports (src/channels/whatsapp-baileys).
   */
  linkedDeviceStores(): { auth: BaileysAuthRepository; locks: ChannelLockRepository } {
    if (!this.repos)
      throw new AppError(
        'linked_device_needs_sqlite',
        'the WhatsApp linked device keeps its keys in SQLite only for now: use the WhatsApp Cloud API with PostgreSQL, or a SQLite DATABASE_URL',
      );
    return { auth: this.repos.baileysAuth, locks: this.repos.locks };
  }

  /**
   * The officer workspace's way in (src/workspace): one unit of work with the handoff's roster and
   * decisions, whose outputs are performed by the same executor as the worker's (a claim from the
   * browser tells the reporter and the other officers exactly as the chat button does). What it
   * queued is sent once the unit is on disk.
   */
  async officerDesk<T>(work: (tx: StoragePorts, desk: DeskKit) => Promise<T>): Promise<T> {
    const handoff = this.handoff;
    if (!handoff)
      throw new AppError(
        'workspace_needs_directory',
        'the officer workspace needs the office directory: start the service with DIRECTORY_FILE',
      );
    const now = this.clock.now();
    const result = await this.storage.unitOfWork((tx) =>
      work(tx, {
        now,
        handoff,
        roster: handoff.roster,
        perform: (outputs) => this.executor.perform(tx, outputs, now),
      }),
    );
    await this.flushed();
    this.dispatcher.wake();
    return result;
  }

  /** `hotline case export`: everything held about one case, for its reporter (audited). */
  exportCase(reference: string): Promise<CaseExport> {
    return this.storage.unitOfWork((tx) => exportCase(tx, reference, this.clock.now()));
  }

  /** `hotline case erase`: the case's reporter data goes as with their own `hapus` (audited). */
  eraseCase(reference: string): Promise<{ alreadyAnonymous: boolean }> {
    return this.storage.unitOfWork((tx) => {
      const now = this.clock.now();
      return eraseCase(tx, reference, now, (id) => this.executor.closeAlerts(tx, id, now));
    });
  }

  /** `hotline retention`: what the retention sweep removes now, or would (`dryRun`). */
  sweepRetention(policy: RetentionPolicy, dryRun: boolean): Promise<RetentionCounts> {
    return sweepRetention(this.storage, policy, this.clock.now(), dryRun);
  }

  get sharesDatabase(): boolean {
    return this.storage.coordination !== undefined;
  }

  isReady(): Promise<boolean> {
    return this.storage.isReachable();
  }

  /** Stops intake loops, lets sends under way finish, then closes the database. */
  async close(): Promise<void> {
    // Several test conversations may share one service; the second close has nothing left to do.
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    this.stopSharedPoll?.();
    this.retention?.stop();
    this.timers.stop();
    await Promise.all([this.dispatcher.stop(), this.mediaFetcher.stop()]);
    await this.worker.drain();
    this.worker.stop();
    // Waits for the unit under way (a timer firing, a retention sweep), then closes the database.
    await this.storage.close();
  }
}
