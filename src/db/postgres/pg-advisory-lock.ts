/**
 * One holder at a time among the instances on a PostgreSQL database, by a session advisory lock
 * (`pg_try_advisory_lock`) on a connection of its own. The lock lives as long as that connection:
 * when its process dies (kill -9 included) the server closes the connection and the lock is free at
 * once, so a standing-by instance takes over on its next try, not after a lease runs out.
 *
 * A machine that vanishes without closing its sockets is noticed by TCP keepalive: the connection
 * asks the server to probe after 10 s idle, every 5 s, 3 times, so its lock is free within ~25 s.
 */
import pg from 'pg';
import type { ExclusiveLock } from '../storage-ports.js';

/**
 * The first key of the hotline's named locks ("hotl"); the second is the server's `hashtext` of the
 * name, so SQL can name a lock too (pg-outbox.ts asks whether an instance's presence lock is held).
 */
export const LOCK_NAMESPACE = 0x686f746c;
/** The first key of the instances' presence locks ("hotm"): held while an instance is alive. */
export const PRESENCE_NAMESPACE = 0x686f746d;
const CONNECT_TIMEOUT_MS = 5_000;
const SERVER_KEEPALIVE = '-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3';

export class PgAdvisoryLock implements ExclusiveLock {
  private client: pg.Client | undefined;
  private held = false;
  /** The connection broke: whatever the server held for it is gone. */
  private lost = false;

  constructor(
    private readonly url: string,
    private readonly name: string,
    private readonly namespace = LOCK_NAMESPACE,
    /** Said after the name in the connection's application_name (pg_stat_activity shows it). */
    private readonly label?: string,
  ) {}

  /**
   * Takes the lock, or confirms this instance still holds it (its connection still answers).
   * False while another instance holds it. Rejects when the server cannot be reached.
   */
  async acquire(): Promise<boolean> {
    if (this.lost) await this.disconnect();
    const client = await this.connection();
    try {
      if (this.held) {
        // Asking again would stack a second hold on the same session; a round trip proves the first.
        await client.query('select 1');
        return true;
      }
      const { rows } = await client.query<{ taken: boolean }>(
        'select pg_try_advisory_lock($1, hashtext($2)) as taken',
        [this.namespace, this.name],
      );
      this.held = rows[0]?.taken === true;
      return this.held;
    } catch (error) {
      // The connection, and with it the lock, may be gone: start over on the next try. (No query
      // timeout: a slow server must not make a live holder drop its own lock. A dead network ends
      // the connection by keepalive, and a holder stuck here does not poll meanwhile.)
      await this.disconnect();
      throw error;
    }
  }

  /** Lets another instance take it now (a clean shutdown), by closing the connection that holds it. */
  async release(): Promise<void> {
    await this.disconnect();
  }

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: `hotline lock ${this.name}${this.label ? ` ${this.label}` : ''}`,
      options: SERVER_KEEPALIVE,
    });
    // A dropped connection is reported here; the next acquire opens another and asks again.
    const dropped = () => {
      if (this.client !== client) return; // an old connection closed by disconnect()
      this.lost = true;
      this.held = false;
    };
    client.on('error', dropped);
    client.on('end', dropped);
    await client.connect();
    this.client = client;
    this.lost = false;
    return client;
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.held = false;
    this.lost = false;
    await client?.end().catch(() => undefined);
  }
}
