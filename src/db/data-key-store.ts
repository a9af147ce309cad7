import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { type DataKey, dataKey } from './field-cipher.js';

/** Parses DATA_KEY: one or more comma-separated 32-byte keys, base64 or hex, newest first. */
export function parseDataKeys(value: string): DataKey[] | undefined {
  const keys = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(decodeKey);
  if (keys.length === 0 || keys.some((k) => k === undefined)) return undefined;
  return keys.map((k) => dataKey(k!));
}

function decodeKey(text: string): Buffer | undefined {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  const buffer = Buffer.from(text, 'base64');
  return buffer.length === 32 ? buffer : undefined;
}

/**
 * Development only: read the key generated on an earlier run, or make one. The file sits beside
 * the database so a copy of the database alone is still unreadable when the folder is not copied.
 */
export function loadOrCreateDevKey(file: string): { keys: DataKey[]; created: boolean } {
  if (existsSync(file)) {
    const keys = parseDataKeys(readFileSync(file, 'utf8'));
    if (!keys)
      throw new Error(`${file} does not hold a valid data key: delete it only if the database is disposable`);
    return { keys, created: false };
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { keys: [dataKey(Buffer.from(key, 'base64'))], created: true };
}
