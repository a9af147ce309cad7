/**
 * LISTEN/NOTIFY between instances on one PostgreSQL database. A unit of work that wrote new work
 * (a stored message, a queued reply, a timer, a file to fetch) sends `NOTIFY hotline_work` in its
 * own transaction, so the notification goes out exactly when the work becomes visible (at commit)
 * and never for a unit that rolled back. Every instance listens on a connection of its own and
 * wakes the loop that takes that kind of work.
 *
 * Notifications are hints: one sent while a listener's connection was down is lost. The loops poll
 * every second anyway, and a listener that reconnects wakes every loop once, so a missed
 * notification delays work by at most a poll, and never loses it.
 */
import pg from 'pg';
import type { SharedWork } from '../storage-ports.js';

export const WORK_CHANNEL = 'hotline_work';
const KINDS: readonly SharedWork[] = ['inbox', 'outbox', 'timers', 'media'];
const CONNECT_TIMEOUT_MS = 5_000;
const RECONNECT_MS = 1_000;

/**
 * The statements a unit sends before its COMMIT: one per kind it wrote, each naming the writing
 * instance so that instance does not wake itself (it already knows). Only fixed words and a hex id:
 * nothing a reporter wrote ever goes into a notification.
 */
export function notifyStatements(kinds: Iterable<SharedWork>, instance: string): string {
  let sql = '';
  for (const kind of kinds) sql += `NOTIFY ${WORK_CHANNEL}, '${kind} ${instance}'; `;
  return sql;
}

export class PgWorkListener {
  private client: pg.Client | undefined;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;
  /** The connection was lost and not yet back: reported once each way, not at every retry. */
  private down = false;

  constructor(
    private readonly url: string,
    /** This storage's id: its own notifications are ignored. */
    private readonly instance: string,
    private readonly onWork: (kind: SharedWork) => void,
    /** Told when the connection is lost (false) and when it is back (true). */
    private readonly onConnection: (connected: boolean) => void = () => undefined,
  ) {}

  start(): void {
    void this.connect(false);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(again: boolean): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      application_name: 'hotline listen',
    });
    let dropped = false;
    const drop = () => {
      if (dropped || this.client !== client) return;
      dropped = true;
      this.client = undefined;
      void client.end().catch(() => undefined);
      this.lost();
      this.later();
    };
    client.on('error', drop);
    client.on('end', drop);
    client.on('notification', (message) => {
      const [kind, from] = (message.payload ?? '').split(' ');
      if (from !== this.instance && KINDS.includes(kind as SharedWork)) this.onWork(kind as SharedWork);
    });
    try {
      this.client = client;
      await client.connect();
      await client.query(`LISTEN ${WORK_CHANNEL}`);
    } catch {
      if (this.client === client) this.client = undefined;
      await client.end().catch(() => undefined);
      this.lost();
      this.later();
      return;
    }
    if (this.closed) {
      await this.close();
      return;
    }
    if (this.down) {
      this.down = false;
      this.onConnection(true);
    }
    // Whatever was notified while this connection was down: look once now rather than at the poll.
    if (again) for (const kind of KINDS) this.onWork(kind);
  }

  private lost(): void {
    if (this.closed || this.down) return;
    this.down = true;
    this.onConnection(false);
  }

  private later(): void {
    if (this.closed) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(true), RECONNECT_MS);
    this.retry.unref();
  }
}
