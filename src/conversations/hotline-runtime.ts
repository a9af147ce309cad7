/**
 * The service's face: what channels, the HTTP app, CLI commands and tests may ask of it. The
 * pipeline behind it (pipeline.ts) stays private: nothing outside reaches its database or loops.
 */
import { randomBytes } from 'node:crypto';
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { AlertRow } from '../db/alert-repository.js';
import type { BaileysAuthRepository } from '../db/baileys-auth-repository.js';
import type { ChannelLockRepository } from '../db/channel-lock-repository.js';
import type { CaseStatQuery, CaseStatRow, StoragePorts } from '../db/storage-ports.js';
import { AppError } from '../lib/app-error.js';
import { type CaseExport, eraseCase, exportCase } from './case-records.js';
import type { PollerLease } from './channel-gateway.js';
import type {
  ChannelName,
  ChannelSender,
  DeliveryReport,
  InboundMessage,
  MediaSource,
  OutboundMessage,
} from './channel-contract.js';
import type { DirectoryReloader } from './directory-reloader.js';
import type { HotlineGateway } from './hotline-gateway.js';
import type { DeskKit, HotlineOptions } from './hotline-options.js';
import type { IngestResult } from './ingest-service.js';
import { Pipeline } from './pipeline.js';
import { type RetentionCounts, type RetentionPolicy, sweepRetention } from './retention.js';

/**
 * The service object. Channels see it only as a `ChannelGateway`; `serve` and the HTTP app as a
 * `HotlineGateway`; CLI commands and tests use its named methods. Its database, repositories and
 * loops stay private: nothing outside reaches past the pipeline into them.
 */
export class Hotline implements HotlineGateway {
  readonly translator: i18n;
  readonly logger: Logger;
  /** Reloads DIRECTORY_FILE without a restart (the workspace's rota page); undefined without one. */
  readonly directoryReloader: DirectoryReloader | undefined;
  private readonly pipeline: Pipeline;
  private closing: Promise<void> | undefined;

  constructor(options: HotlineOptions) {
    this.pipeline = new Pipeline(options);
    this.translator = this.pipeline.translator;
    this.logger = this.pipeline.logger;
    this.directoryReloader = this.pipeline.directoryReloader;
  }

  /** Starts the background loops and processes whatever a previous run left unfinished. */
  start(): void {
    this.pipeline.start();
  }

  registerSender(sender: ChannelSender): void {
    this.pipeline.dispatcher.register(sender);
  }

  /** Lets the media fetcher download the evidence files this channel announces. */
  registerMediaSource(source: MediaSource): void {
    this.pipeline.mediaFetcher.register(source);
  }

  /**
   * Messages that arrive within one event-loop turn are stored in one transaction and covered by
   * one sync (group commit); each caller learns its own result.
   */
  ingest(message: InboundMessage): Promise<IngestResult> {
    return this.pipeline.intake.ingest(message);
  }

  /**
   * Records a platform's delivery report against its outbox row; returns the row's id, or undefined
   * when no row carries that message id. A failure is logged with its code for the administrator.
   */
  async recordDelivery(report: DeliveryReport): Promise<number | undefined> {
    const outboxId = await this.pipeline.storage.unitOfWork((tx) =>
      tx.outbox.recordDelivery({ ...report, at: this.pipeline.clock.now() }),
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
    return this.pipeline.storage.unitOfWork(async (tx) => {
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
  whenIdle(): Promise<void> {
    return this.pipeline.whenIdle();
  }

  /** Resolves once every evidence file due for download now is fetched (or given up for now). */
  whenMediaFetched(): Promise<void> {
    return this.pipeline.mediaFetcher.flush();
  }

  /**
   * Turns every timer due by the clock into an input of its conversation now; returns how many.
   * The running service does this on its own; a test on a manual clock calls it after advancing.
   */
  fireDueTimers(): Promise<number> {
    return this.pipeline.timers.fireDue();
  }

  /** `hotline alerts`: the newest officer alerts, newest first, with their case references. */
  recentAlerts(limit: number): Promise<(AlertRow & { reference: string | null })[]> {
    return this.pipeline.storage.unitOfWork((tx) => tx.alerts.recent(limit));
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
    return this.pipeline.storage.unitOfWork(async (tx) => {
      const rows = await tx.statistics.caseRows(query);
      if (!exportedBy) return rows;
      await tx.alerts.auditCase(this.pipeline.clock.now(), exportedBy.actor, 'stats_exported', {
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
    return this.pipeline.storage.unitOfWork((tx) => tx.alerts.auditTrail(alertId));
  }

  /**
   * What lets one instance at a time long-poll a channel (Telegram allows one getUpdates per bot):
   * on PostgreSQL a session advisory lock, released as soon as its holder's connection drops; on
   * SQLite a lease row, held by this process start.
   */
  pollerLease(name: string, owner = randomBytes(8).toString('hex')): PollerLease {
    // Several instances (PostgreSQL): a session lock, free the moment its holder's process dies.
    const lock = this.pipeline.storage.coordination?.exclusiveLock(name);
    if (lock) return { acquire: () => lock.acquire(), release: () => lock.release() };
    return {
      acquire: (leaseMs) =>
        this.pipeline.storage.unitOfWork((tx) =>
          tx.locks.acquire(name, owner, this.pipeline.clock.now(), leaseMs),
        ),
      release: () => this.pipeline.storage.unitOfWork((tx) => tx.locks.release(name, owner)),
    };
  }

  /**
   * Where the WhatsApp linked-device channel keeps its auth state and its one-socket lease: in this
   * service's database, behind the channel's own ports (src/channels/whatsapp-baileys).
   */
  linkedDeviceStores(): { auth: BaileysAuthRepository; locks: ChannelLockRepository } {
    if (!this.pipeline.repos)
      throw new AppError(
        'linked_device_needs_sqlite',
        'the WhatsApp linked device keeps its keys in SQLite only for now: use the WhatsApp Cloud API with PostgreSQL, or a SQLite DATABASE_URL',
      );
    return { auth: this.pipeline.repos.baileysAuth, locks: this.pipeline.repos.locks };
  }

  /**
   * The officer workspace's way in (src/workspace): one unit of work with the handoff's roster and
   * decisions, whose outputs are performed by the same executor as the worker's (a claim from the
   * browser tells the reporter and the other officers exactly as the chat button does). What it
   * queued is sent once the unit is on disk.
   */
  async officerDesk<T>(work: (tx: StoragePorts, desk: DeskKit) => Promise<T>): Promise<T> {
    const handoff = this.pipeline.handoff;
    if (!handoff)
      throw new AppError(
        'workspace_needs_directory',
        'the officer workspace needs the office directory: start the service with DIRECTORY_FILE',
      );
    const now = this.pipeline.clock.now();
    const result = await this.pipeline.storage.unitOfWork((tx) =>
      work(tx, {
        now,
        handoff,
        roster: handoff.roster,
        perform: (outputs) => this.pipeline.executor.perform(tx, outputs, now),
      }),
    );
    await this.pipeline.flushed();
    this.pipeline.dispatcher.wake();
    return result;
  }

  /** `hotline case export`: everything held about one case, for its reporter (audited). */
  exportCase(reference: string): Promise<CaseExport> {
    return this.pipeline.storage.unitOfWork((tx) => exportCase(tx, reference, this.pipeline.clock.now()));
  }

  /** `hotline case erase`: the case's reporter data goes as with their own `hapus` (audited). */
  eraseCase(reference: string): Promise<{ alreadyAnonymous: boolean }> {
    return this.pipeline.storage.unitOfWork((tx) => {
      const now = this.pipeline.clock.now();
      return eraseCase(tx, reference, now, (id) => this.pipeline.executor.closeAlerts(tx, id, now));
    });
  }

  /** `hotline retention`: what the retention sweep removes now, or would (`dryRun`). */
  sweepRetention(policy: RetentionPolicy, dryRun: boolean): Promise<RetentionCounts> {
    return sweepRetention(this.pipeline.storage, policy, this.pipeline.clock.now(), dryRun);
  }

  get sharesDatabase(): boolean {
    return this.pipeline.storage.coordination !== undefined;
  }

  isReady(): Promise<boolean> {
    return this.pipeline.storage.isReachable();
  }

  /** Stops intake loops, lets sends under way finish, then closes the database. */
  async close(): Promise<void> {
    // Several test conversations may share one service; the second close has nothing left to do.
    this.closing ??= this.pipeline.close();
    return this.closing;
  }
}
