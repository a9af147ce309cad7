import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { type DataKey, dataKey } from './field-cipher.js';

/** Why a DATA_KEY value cannot be used; says what to do, never shows the key. */
export class DataKeyFormatError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'DataKeyFormatError';
  }
}

// 32 bytes: 64 hex digits, or 43 base64 (or base64url) characters and one optional "=". Anything
// else, such as junk in front of a valid key, is refused: Buffer.from(…, 'base64') would skip it.
const HEX_KEY = /^[0-9a-fA-F]{64}$/;
const BASE64_KEY = /^(?:[A-Za-z0-9+/]{43}|[A-Za-z0-9_-]{43})=?$/;
// A random 32-byte key has about 30 different byte values; fewer than this means a typed or
// padded key (all zeros, one repeated byte, "aaaa…") that anyone could guess.
const MIN_DISTINCT_BYTES = 12;

/**
 * Parses DATA_KEY: one or more comma-separated 32-byte keys, base64 or hex, newest first.
 * Throws a DataKeyFormatError naming the position of a key that is malformed or guessable.
 */
export function parseDataKeys(value: string): DataKey[] {
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) throw new DataKeyFormatError('holds no key');
  return parts.map((part, index) => {
    const which = parts.length === 1 ? 'the key' : `key ${index + 1} of ${parts.length}`;
    const bytes = decodeKey(part);
    if (!bytes)
      throw new DataKeyFormatError(
        `${which} is not 32 bytes in base64 or hex (openssl rand -base64 32 makes one)`,
      );
    if (new Set(bytes).size < MIN_DISTINCT_BYTES)
      throw new DataKeyFormatError(
        `${which} is guessable (almost the same byte repeated); make a random one with openssl rand -base64 32`,
      );
    return dataKey(bytes);
  });
}

function decodeKey(text: string): Buffer | undefined {
  if (HEX_KEY.test(text)) return Buffer.from(text, 'hex');
  if (!BASE64_KEY.test(text)) return undefined;
  const buffer = Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
  return buffer.length === 32 ? buffer : undefined;
}

/**
 * Development only: read the key generated on an earlier run, or make one. The file sits beside
 * the database so a copy of the database alone is still unreadable when the folder is not copied.
 */
export function loadOrCreateDevKey(file: string): { keys: DataKey[]; created: boolean } {
  if (existsSync(file)) {
    try {
      return { keys: parseDataKeys(readFileSync(file, 'utf8')), created: false };
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new DataKeyFormatError(
        `${file}: ${reason}; it holds the development key: delete it only if the database is disposable`,
      );
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { keys: [dataKey(Buffer.from(key, 'base64'))], created: true };
}
