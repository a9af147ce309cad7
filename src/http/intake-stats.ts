/**
 * Counts instead of request logs. A line per request at info was noise (a long poll every 20 s per
 * open page) and said nothing an operator acts on; the service now logs each request at debug and,
 * once a minute, one info line of counts: requests by route group and status class, and refusals by
 * reason. Never an address, a session id or a text.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';

/** How often the counts are logged. */
export const STATS_INTERVAL_MS = 60_000;

export type RouteGroup = 'webchat' | 'telegram' | 'whatsapp' | 'health' | 'other';

/** Why a request or connection was turned away (the rate limits and caps of README → Security). */
export type RefusalReason =
  | 'rate_limit'
  | 'session_rate_limit'
  | 'long_polls_per_session'
  | 'long_polls_per_ip'
  | 'long_polls_total'
  | 'connections_per_ip'
  | 'connections_total'
  | 'text_too_long';

export class IntakeStats {
  private requests = new Map<string, number>();
  private refusals = new Map<RefusalReason, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly logger: Logger) {}

  request(group: RouteGroup, statusCode: number): void {
    const key = `${group} ${Math.floor(statusCode / 100)}xx`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
  }

  refused(reason: RefusalReason): void {
    this.refusals.set(reason, (this.refusals.get(reason) ?? 0) + 1);
  }

  /** Logs the counts since the last line (nothing when there were none) and starts again from zero. */
  flush(): void {
    if (this.requests.size === 0 && this.refusals.size === 0) return;
    const requests: Record<string, Record<string, number>> = {};
    for (const [key, n] of this.requests) {
      const [group, status] = key.split(' ') as [string, string];
      requests[group] = { ...requests[group], [status]: n };
    }
    const refused = Object.fromEntries(this.refusals);
    this.requests = new Map();
    this.refusals = new Map();
    this.logger.info({ requests, ...(Object.keys(refused).length ? { refused } : {}) }, 'http requests');
  }

  start(intervalMs = STATS_INTERVAL_MS): void {
    this.timer ??= setInterval(() => this.flush(), intervalMs).unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.flush();
  }
}

/** Each request logged at debug and counted; the counts are logged once a minute. */
export function registerIntakeStats(app: FastifyInstance, stats: IntakeStats, intervalMs?: number): void {
  app.addHook('onResponse', async (req, reply) => {
    stats.request(routeGroup(req), reply.statusCode);
    req.log.debug({ req, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  });
  app.addHook('onReady', async () => stats.start(intervalMs));
  app.addHook('onClose', async () => stats.stop());
}

function routeGroup(req: FastifyRequest): RouteGroup {
  const url = req.routeOptions.url;
  if (url === undefined) return 'other';
  if (url === '/' || url.startsWith('/chat/')) return 'webchat';
  if (url.startsWith('/webhooks/telegram')) return 'telegram';
  if (url.startsWith('/webhooks/whatsapp')) return 'whatsapp';
  if (url === '/healthz' || url === '/readyz') return 'health';
  return 'other';
}
