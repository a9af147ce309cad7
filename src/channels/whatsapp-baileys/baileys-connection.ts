/**
 * Keeps one linked-device socket connected: loads the auth state from the database, reconnects
 * with backoff, stores incoming messages, and stops for good when WhatsApp logs the device out.
 * Only one socket per number may run — two would make WhatsApp drop both — so a lease in the
 * database (renewed while running) refuses a second one, in this process or another.
 * Log lines carry connection states and codes only: never a JID, a phone number or message text.
 */
import { randomUUID } from 'node:crypto';
import type { BaileysEventMap } from '@whiskeysockets/baileys';
import type { Logger } from 'pino';
import type { ChannelGateway } from '../../conversations/channel-gateway.js';
import { AppError } from '../../lib/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { type BaileysAuthRuntime, useDatabaseAuthState } from './baileys-auth-state.js';
import { mapBaileysMessage } from './baileys-message-mapper.js';
import type { BaileysStores } from './baileys-stores.js';
import type { BaileysSocketLike, SocketFactory } from './baileys-socket.js';

/** Baileys' DisconnectReason codes this adapter acts on. */
const LOGGED_OUT = 401;
const CONNECTION_REPLACED = 440;
const RESTART_REQUIRED = 515;
/** How long the lease lasts, and how often it is renewed (well within it). */
const LOCK_LEASE_MS = 60_000;
const LOCK_RENEW_MS = 20_000;
/** Reconnect backoff: 1 s, 2 s, 4 s, … capped at 2 minutes. */
export const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 2 * 60_000;

export type ConnectionState = 'idle' | 'connecting' | 'open' | 'closed' | 'logged_out';

export interface BaileysConnectionOptions {
  session: string;
  gateway: Pick<ChannelGateway, 'ingest'>;
  stores: BaileysStores;
  runtime: BaileysAuthRuntime;
  makeSocket: SocketFactory;
  logger: Logger;
  clock: Clock;
  /** A QR code to show (pairing); the service has none: it never pairs. */
  onQr?: (qr: string) => void;
  /** Called on every state change (the link command waits for `open`). */
  onState?: (state: ConnectionState) => void;
  backoffBaseMs?: number;
}

/** Sessions with a socket in this process, so a second start fails before touching the lease. */
const activeSessions = new Set<string>();

export class BaileysConnection {
  private socket: BaileysSocketLike | undefined;
  private current: BaileysSocketLike | undefined;
  private state: ConnectionState = 'idle';
  private failures = 0;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private lockTimer: NodeJS.Timeout | undefined;
  private readonly owner = randomUUID();

  constructor(private readonly options: BaileysConnectionOptions) {}

  get lockName(): string {
    return `whatsapp_baileys:${this.options.session}`;
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  /** The socket while it is open; undefined otherwise (sends then wait for a retry). */
  openSocket(): BaileysSocketLike | undefined {
    return this.state === 'open' ? this.socket : undefined;
  }

  /** The latest socket, open or not (the link command asks it for a pairing code). */
  latestSocket(): BaileysSocketLike | undefined {
    return this.current;
  }

  /** Takes the number's lease and connects; throws `whatsapp_already_running` when someone holds it. */
  start(): void {
    const { session, stores, clock } = this.options;
    if (
      activeSessions.has(session) ||
      !stores.locks.acquire(this.lockName, this.owner, clock.now(), LOCK_LEASE_MS)
    )
      throw new AppError(
        'whatsapp_already_running',
        'a WhatsApp linked-device socket for this number is already running (the service, or `hotline whatsapp link`); stop it first',
        409,
      );
    activeSessions.add(session);
    this.lockTimer = setInterval(() => this.renewLock(), LOCK_RENEW_MS);
    this.lockTimer.unref();
    this.connect();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.lockTimer);
    const socket = this.current;
    this.socket = undefined;
    this.current = undefined;
    await socket?.end(undefined);
    this.options.stores.locks.release(this.lockName, this.owner);
    activeSessions.delete(this.options.session);
    this.setState('closed');
  }

  private connect(): void {
    const { stores, session, runtime, clock, makeSocket } = this.options;
    const auth = useDatabaseAuthState(stores.auth, session, runtime, clock);
    this.setState('connecting');
    const socket = makeSocket(auth.state);
    this.current = socket;
    socket.ev.on('creds.update', () => void auth.saveCreds());
    socket.ev.on('connection.update', (update) => this.onConnectionUpdate(socket, update));
    socket.ev.on('messages.upsert', (upsert) => this.onMessages(upsert));
  }

  private onConnectionUpdate(socket: BaileysSocketLike, update: BaileysEventMap['connection.update']): void {
    if (socket !== this.current || this.stopped) return; // a replaced socket's late events
    if (update.qr) this.options.onQr?.(update.qr);
    if (update.connection === 'open') {
      this.socket = socket;
      this.failures = 0;
      this.setState('open');
      this.options.logger.info({ session: this.options.session }, 'whatsapp linked device connected');
      return;
    }
    if (update.connection !== 'close') return;
    this.socket = undefined;
    const code = statusOf(update.lastDisconnect?.error);
    const { logger, session } = this.options;
    if (code === LOGGED_OUT) {
      // The phone unlinked this device: the keys are worthless now, and a new pairing is needed.
      this.options.stores.auth.clear(session);
      this.setState('logged_out');
      logger.error({ session, code }, 'whatsapp linked device logged out; run `hotline whatsapp link` again');
      void this.stop().then(() => this.setState('logged_out'));
      return;
    }
    if (code === CONNECTION_REPLACED) {
      logger.error({ session, code }, 'whatsapp linked device replaced by another connection; stopping');
      void this.stop();
      return;
    }
    this.setState('closed');
    const delay =
      code === RESTART_REQUIRED
        ? 0 // asked by WhatsApp right after pairing: reconnect at once
        : Math.min(BACKOFF_MAX_MS, (this.options.backoffBaseMs ?? BACKOFF_BASE_MS) * 2 ** this.failures++);
    logger.warn({ session, code, delay }, 'whatsapp linked device disconnected; reconnecting');
    this.reconnectTimer = setTimeout(() => {
      if (!this.stopped) this.connect();
    }, delay);
  }

  private onMessages({ messages, type }: BaileysEventMap['messages.upsert']): void {
    // `append` is history arriving from the phone: old messages, not new reports.
    if (type !== 'notify') return;
    for (const message of messages) {
      const mapping = mapBaileysMessage(message);
      if (mapping.ignored) this.options.logger.debug({ reason: mapping.ignored }, 'whatsapp message ignored');
      // Handed in one after another without waiting, so they are stored in this order (one batch).
      for (const inbound of mapping.inbound) {
        this.options.gateway.ingest(inbound).catch((error: unknown) => {
          // Baileys already sent its receipt, so WhatsApp will not deliver this again: say so loudly
          // (code only); the rest of the batch is stored on its own.
          this.options.logger.error(
            { err: { type: error instanceof Error ? error.name : typeof error } },
            'whatsapp linked-device message could not be stored and is lost',
          );
        });
      }
    }
  }

  private renewLock(): void {
    const { stores, clock, logger, session } = this.options;
    if (stores.locks.acquire(this.lockName, this.owner, clock.now(), LOCK_LEASE_MS)) return;
    logger.error({ session }, 'whatsapp linked device lease taken by another process; stopping');
    void this.stop();
  }

  private setState(state: ConnectionState): void {
    this.state = state;
    this.options.onState?.(state);
  }
}

/** The disconnect's status code (Baileys uses Boom errors); undefined when there is none. */
function statusOf(error: unknown): number | undefined {
  const code = (error as { output?: { statusCode?: unknown } } | undefined)?.output?.statusCode;
  return typeof code === 'number' ? code : undefined;
}
