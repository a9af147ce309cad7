/**
 * The Telegram channel, wired once: a grammY `Api` pointed at `TELEGRAM_API_ROOT`, the sender and
 * the media source registered with the hotline, and the update handler both modes share. The
 * webhook route is registered by app.ts; long polling is started by server.ts.
 */
import { Api } from 'grammy';
import type { Logger } from 'pino';
import type { ChannelGateway } from '../../conversations/channel-gateway.js';
import { type Clock, systemClock } from '../../lib/clock.js';
import { TelegramMediaSource } from './telegram-media.js';
import type { PollerLease } from '../../conversations/channel-gateway.js';
import { TelegramPolling } from './telegram-polling.js';
import {
  TELEGRAM_RATE_LIMITS,
  TelegramRateLimiter,
  type TelegramRateLimits,
} from './telegram-rate-limiter.js';
import { TelegramSender } from './telegram-sender.js';
import { TelegramUpdateHandler } from './telegram-update-handler.js';

/**
 * Any one Bot API call gives up after this long. Above the long poll's 25 s and well below the
 * dispatcher's 60 s lease, so a slow send is never claimed twice.
 */
const API_TIMEOUT_SECONDS = 40;

export interface TelegramSettings {
  token: string;
  apiRoot: string;
  webhookSecret: string | undefined;
}

export interface TelegramChannelOptions {
  /** Telegram's limits by default; a local stand-in (tests, benchmark) may lift them. */
  rateLimits?: TelegramRateLimits;
  clock?: Clock;
  /** Long poll length in seconds (tests shorten it). */
  pollSeconds?: number;
  /** With several instances: only the lease holder polls (`Hotline.pollerLease`). */
  pollerLease?: PollerLease;
  /** How long an instance without the lease waits before asking again (tests shorten it). */
  standbyMs?: number;
}

export function createTelegramApi(settings: Pick<TelegramSettings, 'token' | 'apiRoot'>): Api {
  return new Api(settings.token, { apiRoot: settings.apiRoot, timeoutSeconds: API_TIMEOUT_SECONDS });
}

export class TelegramChannel {
  readonly api: Api;
  readonly handler: TelegramUpdateHandler;
  readonly sender: TelegramSender;
  private polling: TelegramPolling | undefined;

  constructor(
    gateway: ChannelGateway,
    readonly settings: TelegramSettings,
    private readonly logger: Logger,
    private readonly options: TelegramChannelOptions = {},
  ) {
    this.api = createTelegramApi(settings);
    const limiter = new TelegramRateLimiter(
      options.rateLimits ?? TELEGRAM_RATE_LIMITS,
      options.clock ?? systemClock,
    );
    this.sender = new TelegramSender(this.api, limiter);
    this.handler = new TelegramUpdateHandler(gateway, this.api, logger);
    gateway.registerSender(this.sender);
    gateway.registerMediaSource(new TelegramMediaSource(this.api, settings.token, settings.apiRoot));
  }

  /** Webhook mode when a secret is configured; long polling otherwise. */
  get mode(): 'webhook' | 'polling' {
    return this.settings.webhookSecret ? 'webhook' : 'polling';
  }

  startPolling(): void {
    this.polling ??= new TelegramPolling(this.api, this.handler, this.logger, {
      ...(this.options.pollSeconds !== undefined ? { pollSeconds: this.options.pollSeconds } : {}),
      ...(this.options.pollerLease ? { lease: this.options.pollerLease } : {}),
      ...(this.options.standbyMs !== undefined ? { standbyMs: this.options.standbyMs } : {}),
    });
    this.polling.start();
  }

  async stop(): Promise<void> {
    await this.polling?.stop();
  }
}
