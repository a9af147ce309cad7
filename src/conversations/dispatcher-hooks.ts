/**
 * What the dispatcher (dispatcher.ts) is given: hooks into the rest of the service, called around
 * sends, and its options.
 */

export interface DispatcherHooks {
  /** When the reporter last wrote, passed to senders with time rules (WhatsApp's 24-hour window). */
  lastInboundAt?: (conversationId: string) => Promise<number | undefined>;
  /**
   * Resolves once every commit made before the call is on the disk. A row is sent only after a sync
   * that covers its commit (and the message that caused it): see `synced`. Absent where a commit is
   * on disk when it returns (PostgreSQL): then no sync is waited for.
   */
  flushed?: () => Promise<void>;
  /** Rows given up for good, after their outcome is recorded (an undeliverable officer alert escalates). */
  givenUp?: (outboxIds: number[]) => void;
  /** Officer alerts the platform accepted, in the transaction that records them (audited). */
  alertsSent?: (outboxIds: number[]) => void;
}

export interface DispatcherOptions {
  /** This process start's id; random by default. */
  instance?: string;
  /** How long a claim lasts (tests shorten it to show a long send is not started twice). */
  leaseMs?: number;
  /** How long shutdown waits for sends under way. */
  sendGraceMs?: number;
  /**
   * Several instances on one database (PostgreSQL): look this often for rows a dead instance left
   * in `sending`, not only at start (the others live on, and one may die at any time).
   */
  reclaimEveryMs?: number;
}
