/**
 * What the public HTTP routes accept: whether the web chat is offered, and the limits that keep
 * one client from flooding the service (README → Security lists every one). Read with the rest of
 * the configuration by `loadConfig`; kept in its own file so the limits are read in one place.
 */
import { ConfigError } from './config-error.js';
import { boolean, type EnvVars, integer } from './env-values.js';

export interface IntakeConfig {
  /** `WEBCHAT`: the web chat page and its routes are served. */
  webchat: boolean;
  /** `TRUST_PROXY`: Fastify's trustProxy (false, true, or addresses/CIDRs), so limits key on the client. */
  trustProxy: boolean | string;
  /** Requests per minute, per client address (per web chat session where named so). */
  rates: {
    webchatPostPerIp: number;
    webchatPostPerSession: number;
    webchatPollPerIp: number;
    webhookPerIp: number;
    healthPerIp: number;
  };
  /** Open long polls (`GET /chat/messages?wait=true`): per client address and in all. */
  longPollsPerIp: number;
  longPollsTotal: number;
  /** Open TCP connections: per client address and in all (past them: 429 / 503, then closed). */
  connectionsPerIp: number;
  connectionsTotal: number;
}

/**
 * Defaults, each with its reason. Telegram and WhatsApp deliver bursts from a few addresses (Telegram
 * opens up to 40 connections per bot), so their webhooks get far more room than a person typing.
 */
export const INTAKE_DEFAULTS = {
  // A person types a few messages a minute; a phone on a carrier's shared address (CGNAT) shares the
  // per-address limit with strangers, so it is looser than the per-session one. Each accepted text
  // costs the worker triage and region finding: 30 heavy texts a minute from one address keep an
  // urgent reply elsewhere well inside 2 s (tests/http/webchat-flood.test.ts).
  webchatPostPerIp: 30,
  webchatPostPerSession: 12,
  // The page re-polls after each reply and every 20 s; a few tabs behind one address fit easily.
  webchatPollPerIp: 300,
  // Bursts after an outage: Telegram re-delivers a backlog as fast as we acknowledge.
  webhookPerIp: 6_000,
  // Load balancers and container probes poll every few seconds from one address.
  healthPerIp: 600,
  longPollsPerIp: 10,
  longPollsTotal: 1_000,
  connectionsPerIp: 256,
  // Well under a typical 1,024-20,000 file descriptors, leaving room for the database and APIs.
  connectionsTotal: 4_000,
} as const;

export function loadIntakeConfig(env: EnvVars, nodeEnv: 'development' | 'production' | 'test'): IntakeConfig {
  const d = INTAKE_DEFAULTS;
  return {
    // Off in production unless an operator chooses to offer it (it is open to anyone who finds it).
    webchat: boolean(env, 'WEBCHAT', nodeEnv !== 'production'),
    trustProxy: trustProxy(env),
    rates: {
      webchatPostPerIp: integer(env, 'RATE_LIMIT_WEBCHAT_PER_IP', d.webchatPostPerIp, 1, 1_000_000),
      webchatPostPerSession: integer(
        env,
        'RATE_LIMIT_WEBCHAT_PER_SESSION',
        d.webchatPostPerSession,
        1,
        1_000_000,
      ),
      webchatPollPerIp: integer(env, 'RATE_LIMIT_WEBCHAT_POLL_PER_IP', d.webchatPollPerIp, 1, 1_000_000),
      webhookPerIp: integer(env, 'RATE_LIMIT_WEBHOOK_PER_IP', d.webhookPerIp, 1, 1_000_000),
      healthPerIp: integer(env, 'RATE_LIMIT_HEALTH_PER_IP', d.healthPerIp, 1, 1_000_000),
    },
    longPollsPerIp: integer(env, 'MAX_LONG_POLLS_PER_IP', d.longPollsPerIp, 1, 1_000_000),
    longPollsTotal: integer(env, 'MAX_LONG_POLLS', d.longPollsTotal, 1, 1_000_000),
    connectionsPerIp: integer(env, 'MAX_CONNECTIONS_PER_IP', d.connectionsPerIp, 1, 1_000_000),
    connectionsTotal: integer(env, 'MAX_CONNECTIONS', d.connectionsTotal, 1, 1_000_000),
  };
}

/** The defaults as one object, for tests and for callers that build an app without the environment. */
export function defaultIntakeConfig(overrides: Partial<IntakeConfig> = {}): IntakeConfig {
  return { ...loadIntakeConfig({}, 'development'), ...overrides };
}

function trustProxy(env: EnvVars): boolean | string {
  const value = env.TRUST_PROXY?.trim();
  if (value === undefined || value === '' || /^(off|false|0|no)$/i.test(value)) return false;
  if (/^(on|true|1|yes)$/i.test(value)) return true;
  // Addresses or CIDRs of the reverse proxies, comma-separated (Fastify's trustProxy string form).
  if (!/^[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*$/.test(value))
    throw new ConfigError(
      'TRUST_PROXY',
      'must be on, off, or proxy addresses/CIDRs separated by commas',
      value,
    );
  return value;
}
