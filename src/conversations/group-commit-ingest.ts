/**
 * Group commit for ingest: the messages handed in within one event-loop turn are stored in one
 * transaction and covered by one sync of the WAL; each caller learns its own result once the sync
 * is done, and only then may its channel acknowledge the platform.
 */
import type { InboundMessage } from './channel-contract.js';
import type { IngestResult, IngestService } from './ingest-service.js';

interface Waiting {
  message: InboundMessage;
  resolve: (result: IngestResult) => void;
  reject: (error: Error) => void;
}

export class GroupCommitIngest {
  private queue: Waiting[] = [];
  /** Batches stored and waiting for their sync. */
  private syncing = 0;

  constructor(
    private readonly service: IngestService,
    /** Resolves once everything stored before the call is on the disk. */
    private readonly flushed: () => Promise<void>,
  ) {}

  ingest(message: InboundMessage): Promise<IngestResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      if (this.queue.length === 1) setImmediate(() => void this.storeQueued());
    });
  }

  /** Whether messages are queued or stored but not yet synced. */
  get busy(): boolean {
    return this.queue.length > 0 || this.syncing > 0;
  }

  private async storeQueued(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.syncing++;
    let results: Awaited<ReturnType<IngestService['ingestMany']>>;
    try {
      results = await this.service.ingestMany(batch.map((q) => q.message));
      // A repeat may arrive while the first delivery's sync runs: it waits for that sync too.
      await this.flushed();
    } catch (error) {
      for (const q of batch) q.reject(error as Error);
      return;
    } finally {
      this.syncing--;
    }
    batch.forEach((q, i) => {
      const result = results[i]!;
      if (result instanceof Error) q.reject(result);
      else q.resolve(result);
    });
  }
}
