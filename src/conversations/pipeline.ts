/**
 * The durable pipeline and its loops, wired once per process: database → ingest → worker → outbox
 * dispatcher, plus timers, evidence downloads, retention and the directory reload. `Hotline`
 * (hotline-runtime.ts) is the service's face over it; nothing else holds a pipeline.
 */
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import { DEFAULT_FLOW_ID, FLOWS } from '../../flows/index.js';
import { openHotlineDatabase } from '../db/client.js';
import { FieldCipher } from '../db/field-cipher.js';
import { createRepositories, type Repositories } from '../db/repositories.js';
import { SqliteStorage } from '../db/sqlite-storage.js';
import type { Storage, StoragePorts } from '../db/storage-ports.js';
import { WalFlusher } from '../db/wal-flusher.js';
import { Handoff } from '../handoff/handoff.js';
import { OfficerRoster } from '../handoff/officer-roster.js';
import { createTranslator } from '../i18n/translator.js';
import { type Clock, systemClock } from '../lib/clock.js';
import { ConversationWorker } from './conversation-worker.js';
import type { AnyFlow } from './message-processor.js';
import { DirectoryReloader } from './directory-reloader.js';
import { Dispatcher } from './dispatcher.js';
import { GroupCommitIngest } from './group-commit-ingest.js';
import type { HotlineOptions } from './hotline-options.js';
import { IngestService } from './ingest-service.js';
import { MediaFetcher } from './media-fetcher.js';
import { splitForChannel } from './message-parts.js';
import { OutputExecutor } from './output-executor.js';
import { RetentionSweeper, sweepRetention } from './retention.js';
import { SHARED_RECLAIM_MS, wakeOnSharedWork } from './shared-work.js';
import { TimerScheduler } from './timer-scheduler.js';

/** How old a failed message may be and still be tried again at start (older: the chat moved on). */
const RETRY_FAILED_WITHIN_MS = 24 * 3_600_000;

export class Pipeline {
  readonly translator: i18n;
  readonly logger: Logger;
  readonly clock: Clock;
  /**
   * Only the linked device's auth state and lease (`Hotline.linkedDeviceStores`), whose channel
   * port is still synchronous; everything else goes through the storage ports.
   */
  readonly repos: Repositories | undefined;
  /** Everything else reads and writes through the storage ports, one unit of work at a time. */
  readonly storage: Storage;
  readonly worker: ConversationWorker;
  readonly dispatcher: Dispatcher;
  readonly timers: TimerScheduler;
  readonly mediaFetcher: MediaFetcher;
  readonly intake: GroupCommitIngest;
  readonly executor: OutputExecutor;
  readonly handoff: Handoff | undefined;
  /** Who the officers are and which running channel reaches them (undefined without a directory). */
  readonly roster: OfficerRoster | undefined;
  /** Reloads DIRECTORY_FILE without a restart (the workspace's rota page); undefined without one. */
  readonly directoryReloader: DirectoryReloader | undefined;
  private readonly retention: RetentionSweeper | undefined;
  /** Reactions to send outcomes still running (whenIdle waits for them too). */
  private readonly reacting = new Set<Promise<void>>();
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
        lastInboundAt: (id) => this.storage.autocommit((tx) => tx.conversations.lastInboundAt(id)),
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
              this.warnStranded();
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

  /**
   * The start-up warning (and a reloaded directory's): on-call officers no running channel reaches,
   * by office, in one line (one per office buried the start-up message under a dozen lines).
   */
  private warnUnreachable(): void {
    const unreachable = this.roster?.unreachableOnCall() ?? [];
    if (unreachable.length === 0) return;
    this.logger.warn(
      { offices: Object.fromEntries(unreachable.map(({ officeId, officers }) => [officeId, officers])) },
      'officers are on call but no running channel reaches them: cases of these offices will not reach them; set TELEGRAM_BOT_TOKEN or a WhatsApp channel, or fix their chat ids in the directory (hotline oncall lists them)',
    );
  }

  /**
   * Cases not closed yet whose office the directory no longer has (an office removed, or cases
   * copied in from another installation): nobody is alerted for them and only an administrator
   * sees them, so say so at start and after a reload.
   */
  private warnStranded(): void {
    const roster = this.roster;
    if (!roster) return;
    void this.storage
      .unitOfWork((tx) => tx.desk.openOfficeIds())
      .then((ids) => {
        const known = new Set(roster.officeIds());
        const stranded = ids.filter((id) => !known.has(id));
        if (stranded.length === 0) return;
        this.logger.warn(
          { offices: stranded },
          'cases not closed yet belong to offices the directory does not have: no officer is alerted for them and only an administrator sees them; put the office back in DIRECTORY_FILE, or move each case to another office in the workspace (as an administrator: Pindahkan)',
        );
      })
      .catch(() => undefined);
  }

  /**
   * A message that failed (its reporter was told "ada gangguan … Pesan Anda tersimpan") is tried
   * again at the next start, when it is still its conversation's newest and under a day old: the
   * restart that follows a fixed bug or key list then answers it (installer trial: it never was).
   */
  private retryFailed(): void {
    const since = this.clock.now() - RETRY_FAILED_WITHIN_MS;
    void this.storage
      .unitOfWork((tx) => tx.inbox.retryFailed(since))
      .then((count) => {
        if (count === 0) return;
        this.logger.warn({ count }, 'messages that failed before are tried again');
        this.worker.wake();
      })
      .catch(() => undefined);
  }

  /** Starts the background loops and processes whatever a previous run left unfinished. */
  start(): void {
    // The channels are registered by now: say which on-call officers none of them reaches.
    this.warnUnreachable();
    this.warnStranded();
    this.dispatcher.start();
    this.timers.start();
    this.mediaFetcher.start();
    this.retention?.start();
    this.worker.wake();
    this.retryFailed();
    // Several instances on one database: work another one commits wakes this one's loops too.
    const shared = this.storage.coordination;
    if (shared && !this.stopSharedPoll)
      this.stopSharedPoll = wakeOnSharedWork(
        shared,
        {
          inbox: () => this.worker.wake(),
          outbox: () => this.dispatcher.wake(),
          timers: () => this.timers.wake(),
          media: () => this.mediaFetcher.wake(),
        },
        this.logger,
      );
  }

  /** Resolves once everything stored before the call is on the disk (one sync for many callers). */
  flushed(): Promise<void> {
    return this.storage.flushed();
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

  /** Stops intake loops, lets sends under way finish, then closes the database. */
  async close(): Promise<void> {
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
