/**
 * Wires the durable pipeline: database → ingest → worker → outbox dispatcher, plus timers.
 * One runtime per process; the HTTP app, the terminal chat and tests all use this same wiring.
 */
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { DEFAULT_FLOW_ID, FLOWS } from '../../flows/index.js';
import { type Db, isDatabaseReachable, openHotlineDatabase } from '../db/client.js';
import { type DataKey, FieldCipher } from '../db/field-cipher.js';
import { createRepositories, type Repositories } from '../db/repositories.js';
import { type FileSync, WalFlusher } from '../db/wal-flusher.js';
import type { Directory } from '../directory/index.js';
import type { Env } from '../engine/types.js';
import type { AlertLimits } from '../handoff/alert-ringer.js';
import { Handoff } from '../handoff/handoff.js';
import { OfficerRoster } from '../handoff/officer-roster.js';
import { createTranslator } from '../i18n/translator.js';
import { type Clock, systemClock } from '../lib/clock.js';
import { type AnyFlow, ConversationWorker } from './conversation-worker.js';
import { OutputExecutor } from './output-executor.js';
import { Dispatcher, type DispatcherOptions } from './dispatcher.js';
import type { HotlineGateway } from './hotline-gateway.js';
import { splitForChannel } from './message-parts.js';
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

export interface HotlineOptions {
  databaseFile: string;
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
  /** Alerts per reporter and the digest threshold (defaults in src/handoff/alert-ringer.ts). */
  alertLimits?: AlertLimits;
  /** Purge expired case text and abandoned chats every hour; off when unset (most tests). */
  retention?: RetentionPolicy;
  /** Outbox lease and shutdown grace (tests shorten them). */
  delivery?: Omit<DispatcherOptions, 'instance'>;
}

export class Hotline implements HotlineGateway {
  readonly db: Db;
  readonly repos: Repositories;
  readonly translator: i18n;
  readonly worker: ConversationWorker;
  readonly dispatcher: Dispatcher;
  readonly timers: TimerScheduler;
  readonly mediaFetcher: MediaFetcher;
  readonly logger: Logger;
  private readonly ingestService: IngestService;
  private readonly flusher: WalFlusher;
  private ingestQueue: {
    message: InboundMessage;
    resolve: (result: IngestResult) => void;
    reject: (error: Error) => void;
  }[] = [];
  private readonly clock: Clock;
  private readonly retention: RetentionSweeper | undefined;
  private readonly executor: OutputExecutor;

  constructor(options: HotlineOptions) {
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger;
    this.translator = options.translator ?? createTranslator();
    const cipher = new FieldCipher(options.dataKeys);
    this.db = openHotlineDatabase(options.databaseFile, cipher, options.dataKeys);
    this.flusher = new WalFlusher(options.databaseFile, options.walSync);
    this.repos = createRepositories(this.db, cipher, {
      splitPayload: splitForChannel,
    });
    const handoff = options.directory
      ? new Handoff({
          repos: this.repos,
          roster: new OfficerRoster(
            options.directory,
            () => this.dispatcher.channels(),
            (digits) => this.repos.conversations.phoneKey(digits),
          ),
          translator: this.translator,
          ...(options.alertLimits ? { alertLimits: options.alertLimits } : {}),
        })
      : undefined;
    this.dispatcher = new Dispatcher(
      this.repos.outbox,
      this.clock,
      options.logger,
      {
        lastInboundAt: (id) => this.repos.conversations.lastInboundAt(id),
        flushed: () => this.flushed(),
        // One decision per row, each over facts loaded after the one before was performed.
        givenUp: (ids) => {
          if (!handoff) return;
          const now = this.clock.now();
          this.db.transaction(() => {
            for (const id of ids) this.executor.perform(handoff.undeliverable(id, now), now);
          });
        },
        alertsSent: (ids) => {
          if (!handoff) return;
          const now = this.clock.now();
          this.db.transaction(() => {
            for (const id of ids) this.executor.perform(handoff.delivered(id), now);
          });
        },
      },
      options.delivery,
    );
    const executor = new OutputExecutor({
      repos: this.repos,
      translator: this.translator,
      logger: options.logger,
      ...(handoff ? { handoff } : {}),
    });
    this.executor = executor;
    this.worker = new ConversationWorker({
      db: this.db,
      repos: this.repos,
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
    this.mediaFetcher = new MediaFetcher(this.repos.media, this.clock, options.logger);
    this.ingestService = new IngestService(this.db, this.repos, this.clock, (hasMedia) => {
      this.worker.wake();
      if (hasMedia) this.mediaFetcher.wake();
    });
    this.timers = new TimerScheduler(this.db, this.repos, this.clock, () => this.worker.wake());
    const policy = options.retention;
    this.retention = policy
      ? new RetentionSweeper(
          () => sweepRetention(this.repos, (work) => this.db.transaction(work), policy, this.clock.now()),
          options.logger,
        )
      : undefined;
  }

  /** Starts the background loops and processes whatever a previous run left unfinished. */
  start(): void {
    this.dispatcher.start();
    this.timers.start();
    this.mediaFetcher.start();
    this.retention?.start();
    this.worker.wake();
  }

  registerSender(sender: ChannelSender): void {
    this.dispatcher.register(sender);
  }

  /** Lets the media fetcher download the evidence files this channel announces. */
  registerMediaSource(source: MediaSource): void {
    this.mediaFetcher.register(source);
  }

  /**
   * Stores one inbound message at once (it survives a crash of this process once this returns, a
   * power loss only after `flushed()`). For callers that cannot wait: a channel awaits `ingest`.
   */
  store(message: InboundMessage): IngestResult {
    return this.ingestService.ingest(message);
  }

  /**
   * Messages that arrive within one event-loop turn are stored in one transaction and covered by
   * one sync (group commit); each caller learns its own result.
   */
  ingest(message: InboundMessage): Promise<IngestResult> {
    return new Promise((resolve, reject) => {
      this.ingestQueue.push({ message, resolve, reject });
      if (this.ingestQueue.length === 1) setImmediate(() => void this.ingestQueued());
    });
  }

  private async ingestQueued(): Promise<void> {
    const batch = this.ingestQueue;
    this.ingestQueue = [];
    const results = this.ingestService.ingestMany(batch.map((q) => q.message));
    try {
      // A repeat may arrive while the first delivery's sync runs: it waits for that sync too.
      await this.flushed();
    } catch (error) {
      for (const q of batch) q.reject(error as Error);
      return;
    }
    batch.forEach((q, i) => {
      const result = results[i]!;
      if (result instanceof Error) q.reject(result);
      else q.resolve(result);
    });
  }

  /** Resolves once everything stored before the call is on the disk (one sync for many callers). */
  flushed(): Promise<void> {
    return this.flusher.flushed();
  }

  /**
   * Records a platform's delivery report against its outbox row; returns the row's id, or undefined
   * when no row carries that message id. A failure is logged with its code for the administrator.
   */
  async recordDelivery(report: DeliveryReport): Promise<number | undefined> {
    const outboxId = this.repos.outbox.recordDelivery({ ...report, at: this.clock.now() });
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
    const conversationId = this.repos.conversations.findId(channel, userId);
    if (!conversationId) return [];
    return this.repos.outbox
      .sentSince<OutboundMessage>(conversationId, afterId)
      .map((row) => ({ id: row.id, message: row.payload }));
  }

  /** `hotline case export`: everything held about one case, for its reporter (audited). */
  exportCase(reference: string): CaseExport {
    return this.db.transaction(() => exportCase(this.repos, reference, this.clock.now()));
  }

  /** `hotline case erase`: the case's reporter data goes as with their own `hapus` (audited). */
  eraseCase(reference: string): { alreadyAnonymous: boolean } {
    return this.db.transaction(() => {
      const now = this.clock.now();
      return eraseCase(this.repos, reference, now, (id) => this.executor.closeAlerts(id, now));
    });
  }

  /** `hotline retention`: what the retention sweep removes now, or would (`dryRun`). */
  sweepRetention(policy: RetentionPolicy, dryRun: boolean): RetentionCounts {
    return sweepRetention(this.repos, (work) => this.db.transaction(work), policy, this.clock.now(), dryRun);
  }

  async isReady(): Promise<boolean> {
    return isDatabaseReachable(this.db);
  }

  /** Stops intake loops, lets sends under way finish, then closes the database. */
  async close(): Promise<void> {
    this.retention?.stop();
    this.timers.stop();
    await Promise.all([this.dispatcher.stop(), this.mediaFetcher.stop()]);
    this.worker.drain();
    this.worker.stop();
    this.flusher.close();
    this.db.$client.close();
  }
}
