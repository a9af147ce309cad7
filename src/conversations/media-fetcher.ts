/**
 * Downloads evidence files after their message was stored and acknowledged (a webhook must answer
 * fast; a 20 MB video must not hold it open). Files are claimed in the database like outbox rows, so
 * a crash mid-download means the file is fetched again after the restart.
 */
import type { Logger } from 'pino';
import type { MediaClaim, Storage } from '../db/storage-ports.js';
import type { Clock } from '../lib/clock.js';
import { MediaDownloadError, type MediaSource } from './channel-contract.js';

/** Telegram's Bot API serves files of up to 20 MB through getFile; larger ones cannot be fetched. */
export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;
/** Files fetched at once: downloads are large, so few at a time keeps memory bounded. */
const CLAIM_BATCH = 4;
/** Longer than any download's timeout. */
const LEASE_MS = 5 * 60_000;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_MAX_MS = 30 * 60_000;
export const MAX_MEDIA_ATTEMPTS = 8;
const IDLE_POLL_MS = 5_000;

export class MediaFetcher {
  private readonly sources = new Map<string, MediaSource>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly maxBytes = MAX_MEDIA_BYTES,
  ) {}

  register(source: MediaSource): void {
    this.sources.set(source.channel, source);
    this.wake();
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  wake(): void {
    if (this.stopped || this.sources.size === 0) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.loop().finally(() => {
      this.running = undefined;
      this.schedule();
    });
  }

  /** Fetches everything due now; resolves when nothing due is left. Tests await it. */
  async flush(): Promise<void> {
    while (await this.round()) {
      /* keep going */
    }
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      while (!this.stopped && (await this.round())) {
        /* keep going while rounds find work */
      }
    } while (this.again && !this.stopped);
  }

  private schedule(): void {
    if (this.stopped) return;
    const channels = [...this.sources.keys()];
    this.storage
      .autocommit((tx) => tx.media.nextDueAt(channels))
      .catch(() => undefined)
      .then((next) => {
        if (next === undefined || this.stopped) return; // a new file wakes us through ingest
        clearTimeout(this.timer);
        this.timer = setTimeout(
          () => this.wake(),
          Math.min(IDLE_POLL_MS, Math.max(0, next - this.clock.now())),
        );
        this.timer.unref();
      });
  }

  private async round(): Promise<boolean> {
    const channels = [...this.sources.keys()];
    const claims = await this.storage.unitOfWork((tx) =>
      tx.media.claimDue(channels, this.clock.now(), LEASE_MS, CLAIM_BATCH),
    );
    await Promise.all(claims.map((claim) => this.fetch(claim)));
    return claims.length > 0;
  }

  private async fetch(claim: MediaClaim): Promise<void> {
    const source = this.sources.get(claim.channel);
    if (!source) return;
    const attempts = claim.attempts + 1;
    try {
      if (claim.declaredSize !== null && claim.declaredSize > this.maxBytes)
        throw new MediaDownloadError('file over the size limit', false, 'too_large');
      const bytes = await source.download(claim.ref, this.maxBytes);
      await this.storage.unitOfWork((tx) => tx.media.markStored(claim.id, bytes, this.clock.now()));
      this.logger.info({ mediaId: claim.id, size: bytes.length }, 'evidence file stored');
    } catch (error) {
      const failure =
        error instanceof MediaDownloadError
          ? error
          : new MediaDownloadError('unexpected download failure', true, 'unexpected', { cause: error });
      if (failure.code === 'too_large') {
        await this.storage.unitOfWork((tx) =>
          tx.media.markGivenUp(claim.id, attempts, 'too_large', failure.code),
        );
        this.logger.warn({ mediaId: claim.id }, 'evidence file over the size limit; not fetched');
      } else if (!failure.retryable || attempts >= MAX_MEDIA_ATTEMPTS) {
        await this.storage.unitOfWork((tx) =>
          tx.media.markGivenUp(claim.id, attempts, 'failed', failure.code),
        );
        this.logger.error({ mediaId: claim.id, code: failure.code, attempts }, 'evidence file given up');
      } else {
        const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
        await this.storage.unitOfWork((tx) =>
          tx.media.markRetry(claim.id, attempts, this.clock.now() + delay, failure.code),
        );
        this.logger.warn(
          { mediaId: claim.id, code: failure.code, attempts, delay },
          'download failed; will retry',
        );
      }
    }
  }
}
