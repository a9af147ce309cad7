/**
 * Configuration, read from the environment once at start-up. A bad value stops the process with
 * one line naming the variable and what is expected (ConfigError).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataKey } from '../db/field-cipher.js';
import { DataKeyFormatError, parseDataKeys } from '../db/data-key-store.js';
import { EXAMPLE_DIRECTORY_FILE } from '../directory/directory-loader.js';
import { DEFAULT_REFERENCE_LIMITS, type ReferenceLimits } from '../conversations/reference-guard.js';
import { DEFAULT_SENDER_PACE, type SenderPace } from '../conversations/inbox-priority.js';
import { type AlertLimits, DEFAULT_ALERT_LIMITS } from '../handoff/alert-limits.js';
import { ConfigError } from './config-error.js';
import { boolean, type EnvVars, idList, integer, nonEmpty, oneOf, url } from './env-values.js';
import { type IntakeConfig, loadIntakeConfig } from './intake-config.js';

export { ConfigError } from './config-error.js';

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** SQLite file path; '' when DATABASE_URL names a PostgreSQL server. */
  databaseFile: string;
  /** DATABASE_URL when it is `postgres://…` or `postgresql://…` (the service then runs on PostgreSQL). */
  postgresUrl?: string;
  directoryFile: string;
  /** Parsed DATA_KEY; undefined in development means "generate one beside the database". */
  dataKeys: DataKey[] | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  telegram: { token: string; apiRoot: string; webhookSecret: string | undefined } | undefined;
  whatsappCloud: WhatsAppCloudConfig | undefined;
  baileysEnabled: boolean;
  /** Case-reference and officer-alert limits (see the block at the end of this file). */
  abuseLimits: AbuseLimits;
  /** RETENTION_DAYS / ABANDONED_DAYS: how long case text and abandoned chats are kept. */
  retention: { retentionDays: number; abandonedDays: number };
  /**
   * `TELEGRAM_RATE_LIMIT=off` lifts the pacing of Telegram sends (a short burst per chat, then
   * about one a second; thirty a second in all) for a self-hosted Bot API stand-in or a load test.
   */
  telegramRateLimit: boolean;
  /** WORKSPACE_ADMINS: directory ids of the officers who see every case in the workspace. */
  workspaceAdmins: string[];
  /**
   * PUBLIC_URL: the address officers open the service at (https://hotline.example.org); when set,
   * case notices carry a link to the case in the workspace.
   */
  publicUrl: string | undefined;
  // === Intake limits (src/config/intake-config.ts; README → Security)
  /** WEBCHAT, TRUST_PROXY, RATE_LIMIT_*, MAX_LONG_POLLS*, MAX_CONNECTIONS*. */
  intake: IntakeConfig;
}

export interface WhatsAppCloudConfig {
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  apiRoot: string;
  /** Graph API version in the path (`v23.0`). */
  apiVersion: string;
  /**
   * An approved message template for messages outside the 24-hour customer-service window (officer
   * alerts, follow-ups); undefined: such messages fail with `whatsapp_window_closed`.
   */
  template: { name: string; language: string } | undefined;
}

/** The Graph API version this code was written and tested against. */
export const DEFAULT_WHATSAPP_API_VERSION = 'v23.0';

export function loadConfig(env: EnvVars = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const dataKeys = readDataKeys(env, nodeEnv);
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: nonEmpty(env, 'HOST', '127.0.0.1'),
    databaseFile: isPostgresUrl(env.DATABASE_URL) ? '' : databaseFile(env),
    ...(isPostgresUrl(env.DATABASE_URL) ? { postgresUrl: env.DATABASE_URL } : {}),
    directoryFile: resolve(nonEmpty(env, 'DIRECTORY_FILE', EXAMPLE_DIRECTORY_FILE)),
    dataKeys,
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    telegram: env.TELEGRAM_BOT_TOKEN
      ? {
          token: env.TELEGRAM_BOT_TOKEN,
          apiRoot: url(env, 'TELEGRAM_API_ROOT', 'https://api.telegram.org'),
          webhookSecret: telegramSecret(env),
        }
      : undefined,
    whatsappCloud: whatsappCloud(env),
    baileysEnabled: boolean(env, 'BAILEYS_ENABLED', false),
    retention: {
      retentionDays: integer(env, 'RETENTION_DAYS', 90, 1, 36_500),
      abandonedDays: integer(env, 'ABANDONED_DAYS', 7, 1, 36_500),
    },
    abuseLimits: readAbuseLimits(env),
    telegramRateLimit: boolean(env, 'TELEGRAM_RATE_LIMIT', true),
    workspaceAdmins: idList(env, 'WORKSPACE_ADMINS'),
    publicUrl: env.PUBLIC_URL?.trim() ? url(env, 'PUBLIC_URL', '') : undefined,
    // === Intake limits
    intake: loadIntakeConfig(env, nodeEnv),
  };
}

function readDataKeys(env: EnvVars, nodeEnv: Config['nodeEnv']): DataKey[] | undefined {
  const value = env.DATA_KEY;
  if (value === undefined || value === '') {
    if (nodeEnv === 'production') {
      throw new ConfigError(
        'DATA_KEY',
        'is required in production: 32 random bytes, base64 (openssl rand -base64 32)',
      );
    }
    return undefined;
  }
  try {
    return parseDataKeys(value);
  } catch (error) {
    if (!(error instanceof DataKeyFormatError)) throw error;
    throw new ConfigError(
      'DATA_KEY',
      `must be 32 random bytes in base64 or hex (comma-separated, newest first): ${error.message}`,
    );
  }
}

/** Whether DATABASE_URL (or `db copy --to`) names a PostgreSQL server. */
export function isPostgresUrl(value: string | undefined): value is string {
  return value !== undefined && /^postgres(ql)?:\/\//.test(value);
}

/** A URL's password never reaches a message or a log: user:secret@ becomes user:***@. */
export function withoutPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*):[^@]*@/i, '$1:***@');
}

function databaseFile(env: EnvVars): string {
  const value = env.DATABASE_URL ?? './data/hotline.db';
  if (value === 'file::memory:' || value === ':memory:') return ':memory:';
  // Anything with a scheme other than file: (postgresql+psycopg://, mysql://) would otherwise become
  // folders named after the URL, and an instance behind a load balancer would keep its own data.
  if (value.trim() === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new ConfigError(
      'DATABASE_URL',
      'must be a SQLite file path, a file: URL or a postgres:// URL',
      withoutPassword(value),
    );
  }
  // "127.0.0.1:5432/hotline", "db.example:5432": a server address missing its scheme.
  if (/^[^/\\]+:\d+(\/|$)/.test(value)) {
    throw new ConfigError(
      'DATABASE_URL',
      'looks like a server address without its scheme; write postgres://user@host:5432/database for PostgreSQL, or give a SQLite file path',
      withoutPassword(value),
    );
  }
  const file = resolve(value.startsWith('file:') ? value.slice('file:'.length) : value);
  // A directory or a device (/dev/null) is a mistake SQLite reports only as an SQL failure, after
  // the development key has been written beside it.
  const kind = fileKind(file);
  if (kind !== 'file' && kind !== 'missing')
    throw new ConfigError(
      'DATABASE_URL',
      `names ${file}, which is a ${kind}; give a SQLite file path such as ./data/hotline.db`,
    );
  return file;
}

function fileKind(file: string): 'file' | 'missing' | 'directory' | 'device or other special file' {
  try {
    const stat = statSync(file);
    if (stat.isFile()) return 'file';
    return stat.isDirectory() ? 'directory' : 'device or other special file';
  } catch {
    return 'missing';
  }
}

function whatsappCloud(env: EnvVars): Config['whatsappCloud'] {
  const names = [
    'WHATSAPP_ACCESS_TOKEN',
    'WHATSAPP_PHONE_NUMBER_ID',
    'WHATSAPP_APP_SECRET',
    'WHATSAPP_VERIFY_TOKEN',
  ];
  const set = names.filter((n) => env[n]);
  if (set.length === 0) {
    const stray = ['WHATSAPP_TEMPLATE_NAME', 'WHATSAPP_API_VERSION'].find((n) => env[n]);
    if (stray)
      throw new ConfigError(
        stray,
        'is only used with the WhatsApp Cloud API: set WHATSAPP_ACCESS_TOKEN and the rest',
      );
    return undefined;
  }
  const missing = names.find((n) => !env[n]);
  if (missing)
    throw new ConfigError(missing, `is required when ${set[0]} is set (WhatsApp Cloud API needs all four)`);
  if (!/^\d+$/.test(env.WHATSAPP_PHONE_NUMBER_ID!)) {
    throw new ConfigError(
      'WHATSAPP_PHONE_NUMBER_ID',
      'must be the numeric phone number ID from the WhatsApp Manager (not the phone number itself)',
      env.WHATSAPP_PHONE_NUMBER_ID,
    );
  }
  const apiVersion = nonEmpty(env, 'WHATSAPP_API_VERSION', DEFAULT_WHATSAPP_API_VERSION);
  if (!/^v\d+\.\d+$/.test(apiVersion))
    throw new ConfigError('WHATSAPP_API_VERSION', 'must look like v23.0', apiVersion);
  return {
    accessToken: env.WHATSAPP_ACCESS_TOKEN!,
    phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID!,
    appSecret: env.WHATSAPP_APP_SECRET!,
    verifyToken: env.WHATSAPP_VERIFY_TOKEN!,
    apiRoot: url(env, 'WHATSAPP_API_ROOT', 'https://graph.facebook.com'),
    apiVersion,
    template: whatsappTemplate(env),
  };
}

function whatsappTemplate(env: EnvVars): WhatsAppCloudConfig['template'] {
  const name = env.WHATSAPP_TEMPLATE_NAME;
  const language = nonEmpty(env, 'WHATSAPP_TEMPLATE_LANGUAGE', 'id');
  if (name === undefined || name === '') {
    if (env.WHATSAPP_TEMPLATE_LANGUAGE)
      throw new ConfigError('WHATSAPP_TEMPLATE_NAME', 'is required when WHATSAPP_TEMPLATE_LANGUAGE is set');
    return undefined;
  }
  // Meta's rule for template names.
  if (!/^[a-z0-9_]{1,512}$/.test(name))
    throw new ConfigError('WHATSAPP_TEMPLATE_NAME', 'must be lower-case letters, digits and _', name);
  if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(language))
    throw new ConfigError(
      'WHATSAPP_TEMPLATE_LANGUAGE',
      'must be a template language code like id or en_US',
      language,
    );
  return { name, language };
}

function telegramSecret(env: EnvVars): string | undefined {
  const value = env.TELEGRAM_WEBHOOK_SECRET;
  if (value === undefined || value === '') return undefined;
  // Telegram's own rule for secret_token.
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(value)) {
    throw new ConfigError('TELEGRAM_WEBHOOK_SECRET', 'must be 1-256 characters of A-Z, a-z, 0-9, _ and -');
  }
  return value;
}

// === Abuse limits: case references (a reference is not a password) and the officer alert path

export interface AbuseLimits {
  reference: ReferenceLimits;
  alerts: AlertLimits;
  sender: SenderPace;
}

/** Each limit counts over its own window (README → Security); 15 min for references, 1 h for alerts. */
function readAbuseLimits(env: EnvVars): AbuseLimits {
  return {
    reference: {
      lookupsPerChat: integer(
        env,
        'REFERENCE_LOOKUPS_PER_CHAT',
        DEFAULT_REFERENCE_LIMITS.lookupsPerChat,
        1,
        1000,
      ),
      lookupsTotal: integer(
        env,
        'REFERENCE_LOOKUPS_TOTAL',
        DEFAULT_REFERENCE_LIMITS.lookupsTotal,
        1,
        1_000_000,
      ),
    },
    sender: {
      ...DEFAULT_SENDER_PACE,
      burst: integer(env, 'SENDER_BURST', DEFAULT_SENDER_PACE.burst, 1, 10_000),
      spacingMs: integer(env, 'SENDER_SPACING_MS', DEFAULT_SENDER_PACE.spacingMs, 0, 60_000),
    },
    alerts: {
      alertsPerReporter: integer(env, 'ALERTS_PER_REPORTER', DEFAULT_ALERT_LIMITS.alertsPerReporter, 1, 1000),
      digestThreshold: integer(
        env,
        'ALERT_DIGEST_THRESHOLD',
        DEFAULT_ALERT_LIMITS.digestThreshold,
        1,
        10_000,
      ),
    },
  };
}
