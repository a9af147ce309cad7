/**
 * Several instances on one database (PostgreSQL): each loop that takes shared work is woken when
 * another instance commits some (LISTEN/NOTIFY), and the worker also looks every second, since a
 * notification is only a hint. That poll is what finds a message another instance stored and
 * acknowledged and then died before processing: its unit rolled back, nobody was notified.
 */
import type { Logger } from 'pino';
import type { InstanceCoordination, SharedWork } from '../db/storage-ports.js';

/** How often an instance looks for stored messages without being told (the dispatcher, timers and media fetcher poll on their own). */
export const SHARED_INBOX_POLL_MS = 1_000;

/** How often an instance looks for outbox rows a dead instance left mid-send. */
export const SHARED_RECLAIM_MS = 2_000;

/**
 * Starts listening and the worker's poll; returns what stops the poll. The listening connection is
 * the instance's steady line to the database, so its loss and return are what the operator is told:
 * meanwhile webhooks answer 503 and the loops retry, and nothing else would say why.
 */
export function wakeOnSharedWork(
  coordination: InstanceCoordination,
  wake: Record<SharedWork, () => void>,
  logger: Logger,
): () => void {
  coordination.listen(
    (kind) => wake[kind](),
    (connected) => {
      // At warn, as the loss is at error: whoever sees one at the service's log level sees the other.
      if (connected) logger.warn('the database connection is back; work continues');
      else
        logger.error(
          'lost the connection to the database; retrying every second (check that the PostgreSQL server of DATABASE_URL is running and reachable)',
        );
    },
  );
  const poll = setInterval(() => wake.inbox(), SHARED_INBOX_POLL_MS);
  poll.unref();
  return () => clearInterval(poll);
}
