/**
 * The WhatsApp linked-device channel (Baileys — an unofficial client; see the README for the
 * risks). Baileys is imported here, lazily, only when BAILEYS_ENABLED is set or `hotline whatsapp
 * link` runs, so the default service never loads it. Wires the connection, the sender and the
 * media source; Baileys' own logger is silenced, because its lines hold JIDs.
 */
import type { Logger } from 'pino';
import type { ChannelGateway } from '../../conversations/channel-gateway.js';
import { type Clock, systemClock } from '../../lib/clock.js';
import { BaileysConnection, type ConnectionState } from './baileys-connection.js';
import { type BaileysDownload, BaileysMediaSource } from './baileys-media.js';
import { BaileysSender } from './baileys-sender.js';
import type { BaileysAuthStore, BaileysStores } from './baileys-stores.js';
import type { SocketFactory } from './baileys-socket.js';

/** One linked number per installation for now; the name keys its auth state and its lease. */
export const DEFAULT_BAILEYS_SESSION = 'default';

export interface BaileysChannelOptions {
  session?: string;
  clock?: Clock;
  onQr?: (qr: string) => void;
  onState?: (state: ConnectionState) => void;
  /** Test doubles for the socket and the media download; the real Baileys otherwise. */
  makeSocket?: SocketFactory;
  download?: BaileysDownload;
  backoffBaseMs?: number;
}

export class BaileysChannel {
  readonly connection: BaileysConnection;
  readonly sender: BaileysSender;

  private constructor(gateway: ChannelGateway, connection: BaileysConnection, download: BaileysDownload) {
    this.connection = connection;
    this.sender = new BaileysSender(() => connection.openSocket());
    gateway.registerSender(this.sender);
    gateway.registerMediaSource(new BaileysMediaSource(download));
  }

  static async create(
    gateway: ChannelGateway,
    stores: BaileysStores,
    logger: Logger,
    options: BaileysChannelOptions = {},
  ): Promise<BaileysChannel> {
    const baileys = await import('@whiskeysockets/baileys');
    const silent = silentLogger();
    const makeSocket: SocketFactory =
      options.makeSocket ??
      ((auth) =>
        baileys.makeWASocket({
          auth: { creds: auth.creds, keys: baileys.makeCacheableSignalKeyStore(auth.keys, silent) },
          logger: silent,
          browser: baileys.Browsers.ubuntu('Hotline PPA'),
          // Stay "offline" so the phone still notifies the office staff; no history: only new reports.
          markOnlineOnConnect: false,
          syncFullHistory: false,
          shouldSyncHistoryMessage: () => false,
          getMessage: async () => undefined,
        }));
    const download: BaileysDownload =
      options.download ?? ((media, kind) => baileys.downloadContentFromMessage(media, kind));
    const connection = new BaileysConnection({
      session: options.session ?? DEFAULT_BAILEYS_SESSION,
      gateway,
      stores,
      runtime: baileys,
      makeSocket,
      logger: logger.child({ channel: 'whatsapp_baileys' }),
      clock: options.clock ?? systemClock,
      ...(options.onQr ? { onQr: options.onQr } : {}),
      ...(options.onState ? { onState: options.onState } : {}),
      ...(options.backoffBaseMs !== undefined ? { backoffBaseMs: options.backoffBaseMs } : {}),
    });
    return new BaileysChannel(gateway, connection, download);
  }

  /** Whether a number was ever linked (the service never pairs; `hotline whatsapp link` does). */
  static isLinked(auth: Pick<BaileysAuthStore, 'hasSession'>, session = DEFAULT_BAILEYS_SESSION): boolean {
    return auth.hasSession(session);
  }

  start(): void {
    this.connection.start();
  }

  async stop(): Promise<void> {
    await this.connection.stop();
  }
}

/** Baileys' logger interface, answering nothing: its lines carry JIDs and message metadata. */
function silentLogger() {
  const logger = {
    level: 'silent',
    child: () => logger,
    trace: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
  };
  return logger;
}
