/**
 * Readers of one environment variable each, shared by config.ts and intake-config.ts: an unset or
 * empty variable gives the fallback; a bad value throws a ConfigError naming it.
 */
import { ConfigError } from './config-error.js';

export type EnvVars = Record<string, string | undefined>;

export function integer(env: EnvVars, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(name, `must be an integer between ${min} and ${max}`, value);
  }
  return n;
}

export function oneOf<T extends string>(env: EnvVars, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}`, value);
  return value as T;
}

/** A switch: on/off, true/false, yes/no or 1/0, in any case; the fallback when unset. */
export function boolean(env: EnvVars, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['on', 'true', '1', 'yes'].includes(value)) return true;
  if (['off', 'false', '0', 'no'].includes(value)) return false;
  throw new ConfigError(name, 'must be on or off (true or false)', env[name]);
}

export function nonEmpty(env: EnvVars, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value.trim() === '' ? fallback : value;
}

export function url(env: EnvVars, name: string, fallback: string): string {
  const value = nonEmpty(env, name, fallback);
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new ConfigError(name, 'must be an http(s) URL', value);
  }
  return value.replace(/\/+$/, '');
}

/** A comma-separated list of directory ids ("jambi-s, sapa-admin"); empty when unset. */
export function idList(env: EnvVars, name: string): string[] {
  const ids = (env[name] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const bad = ids.find((id) => !/^[\w.-]{1,64}$/.test(id));
  if (bad !== undefined) throw new ConfigError(name, 'must be directory ids separated by commas', bad);
  return ids;
}
