/**
 * Database failures that say nothing about the message being processed: another unit of work held
 * what this one needed (PostgreSQL's deadlock and serialization failures, a busy SQLite file). The
 * same work succeeds when tried again, so a message that meets one is retried, never set aside as
 * failed (conversation-worker.ts).
 */
const RETRYABLE_CODES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);

/** The error, or the database error it wraps (drizzle puts the driver's error in `cause`), is retryable. */
export function isRetryableStorageError(error: unknown): boolean {
  for (
    let e = error, depth = 0;
    e instanceof Object && depth < 4;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && RETRYABLE_CODES.has(code)) return true;
  }
  return false;
}
