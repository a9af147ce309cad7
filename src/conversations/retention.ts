/**
 * Retention: what is kept only as long as it is needed. A case with no activity for
 * RETENTION_DAYS (and no alert still open) keeps only its anonymous counts — kind, region, risk,
 * month, times — and its reporter's messages, files and chat are forgotten. A conversation that
 * never became a case is forgotten after ABANDONED_DAYS. The sweep runs at start and every hour,
 * so a restart never skips it; it logs counts only.
 */
import type { Logger } from 'pino';
import type { Storage } from '../db/storage-ports.js';
import { eraseReporterData } from './reporter-erasure.js';

const DAY_MS = 86_400_000;
/** Often enough that nothing outlives its period by much; the sweep itself is a few queries. */
export const RETENTION_SWEEP_INTERVAL_MS = 3_600_000;

export interface RetentionPolicy {
  /** Days after a case's last activity before its text and personal data go. */
  retentionDays: number;
  /** Days after which a conversation that never made a case goes. */
  abandonedDays: number;
}

export interface RetentionCounts {
  /** Conversations whose cases were reduced to anonymous counts. */
  readonly casesExpired: number;
  /** Conversations that never made a case, forgotten. */
  readonly abandoned: number;
}

/** What a sweep would remove now (`dryRun`) or removes. */
export function sweepRetention(
  storage: Storage,
  policy: RetentionPolicy,
  now: number,
  dryRun = false,
): Promise<RetentionCounts> {
  return storage.unitOfWork(async (tx) => {
    const expired = await tx.conversations.idleSince(now - policy.retentionDays * DAY_MS, true);
    const abandoned = await tx.conversations.idleSince(now - policy.abandonedDays * DAY_MS, false);
    if (!dryRun) {
      for (const id of [...expired, ...abandoned])
        await eraseReporterData(tx, id, now, { forgetConversation: true });
      await tx.senderBlocks.forgetExpired(now);
      // Ended workspace sessions and unused sign-in codes: nothing to keep them for.
      await tx.officerSessions.forgetExpired(now);
    }
    return { casesExpired: expired.length, abandoned: abandoned.length };
  });
}

/** The hourly sweep of a running service. */
export class RetentionSweeper {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sweep: () => Promise<RetentionCounts>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.runOnce();
    this.timer = setInterval(() => this.runOnce(), RETENTION_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private runOnce(): void {
    this.sweep().then(
      (counts) => {
        if (counts.casesExpired + counts.abandoned > 0) this.logger.info(counts, 'retention sweep');
      },
      (error: unknown) =>
        this.logger.error(
          { err: { type: (error as Error).name } },
          'retention sweep failed; it runs again within the hour',
        ),
    );
  }
}
