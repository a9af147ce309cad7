/**
 * Per-address request limits (@fastify/rate-limit, in memory). Nothing is limited globally: each
 * public route names its own limit with `perMinute(n)` in its route config, so a flood on one route
 * never eats another's allowance (a web chat flood leaves the Telegram webhook and `/healthz` alone).
 * A refusal is 429 with `retry-after`, and counted (never logged with an address).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../lib/app-error.js';
import type { IntakeStats } from './intake-stats.js';
import { DEFAULT_TRACKED_KEYS, WindowStore } from './rate-limit-store.js';

/** Every limit counts requests over one minute. */
export const RATE_WINDOW_MS = 60_000;

/** Route config for a limit of `max` requests a minute per client address. */
export function perMinute(max: number): { rateLimit: { max: number; timeWindow: number } } {
  return { rateLimit: { max, timeWindow: RATE_WINDOW_MS } };
}

export async function registerRateLimits(app: FastifyInstance, stats: IntakeStats): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    cache: DEFAULT_TRACKED_KEYS,
    store: WindowStore,
    onExceeded: () => stats.refused('rate_limit'),
    errorResponseBuilder: (_req, context) => tooManyRequests(context.after),
  });
}

/** The answer past a limit, through the app's error handler (429 with a code and a message). */
export function tooManyRequests(after: string): AppError {
  return new AppError('rate_limited', `Too many requests; try again in ${after}.`, 429);
}
