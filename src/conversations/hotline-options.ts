/**
 * What the service is made from (`HotlineOptions`, read by `Pipeline`) and what an officer's action
 * in the workspace is handed (`DeskKit`). Types only: the workspace imports them without the wiring.
 */
import type { i18n } from 'i18next';
import type { Logger } from 'pino';
import type { Storage } from '../db/storage-ports.js';
import type { DataKey } from '../db/field-cipher.js';
import type { FileSync } from '../db/wal-flusher.js';
import type { Directory } from '../directory/index.js';
import type { Env } from '../engine/types.js';
import type { AlertLimits } from '../handoff/alert-limits.js';
import type { Handoff } from '../handoff/handoff.js';
import type { OfficerRoster } from '../handoff/officer-roster.js';
import type { Clock } from '../lib/clock.js';
import type { AnyFlow } from './message-processor.js';
import type { DispatcherOptions } from './dispatcher-hooks.js';
import type { SenderPace } from './inbox-priority.js';
import type { HostOutput } from './output-executor.js';
import type { RetentionPolicy } from './retention.js';

/** What an officer's action in the workspace is handed inside its unit of work. */
export interface DeskKit {
  now: number;
  handoff: Handoff;
  roster: OfficerRoster;
  /** Performs handoff outputs as the worker does: officer messages, the relay, claims, audit. */
  perform(outputs: readonly HostOutput[]): Promise<void>;
}

export interface HotlineOptions {
  /** The SQLite file (or ':memory:'); ignored when `storage` is given. */
  databaseFile: string;
  /**
   * Storage opened by the caller (PostgreSQL: `openPostgresStorage`); closed with the service.
   * Without it the service opens `databaseFile` as SQLite.
   */
  storage?: Storage;
  dataKeys: DataKey[];
  logger: Logger;
  triage: Env['triage'];
  /** Flow services (directory look-ups, the reference guard): pure, over in-memory data. */
  services?: Env['services'];
  clock?: Clock;
  translator?: i18n;
  flows?: { byId: ReadonlyMap<string, AnyFlow>; defaultFlowId: string };
  /** fs.fsync for the WAL; tests wrap it to hold or fail a sync. */
  walSync?: FileSync;
  /** Draws case-reference characters; seeded in golden tests. */
  random?: (max: number) => number;
  /** Offices and their officers: urgent cases are alerted to whoever is on call. */
  directory?: Directory;
  /**
   * The file `directory` came from, its warnings, and the flow services built over a directory:
   * with it the directory can be reloaded while the service runs (`directoryReloader`).
   */
  directorySource?: {
    file: string;
    warnings: readonly string[];
    services(directory: Directory): Env['services'];
  };
  /** How fast one sender may write before their messages are slowed (defaults in inbox-priority.ts). */
  senderPace?: SenderPace;
  /** Alerts per reporter and the digest threshold (defaults in src/handoff/alert-ringer.ts). */
  alertLimits?: AlertLimits;
  /** The workspace's address (PUBLIC_URL + /petugas): case notices link to the case there. */
  workspaceUrl?: string;
  /** Purge expired case text and abandoned chats every hour; off when unset (most tests). */
  retention?: RetentionPolicy;
  /** Outbox lease and shutdown grace (tests shorten them). */
  delivery?: Omit<DispatcherOptions, 'instance'>;
}
