import type { FieldCipher } from '../field-cipher.js';
import type { PayloadSplitter } from '../outbox-rows.js';
import type { SharedWork, StoragePorts } from '../storage-ports.js';
import { PgAlerts } from './pg-alerts.js';
import { PgAttempts } from './pg-attempts.js';
import { PgBaileysAuth } from './pg-baileys-auth.js';
import { PgCaseDesk } from './pg-case-desk.js';
import { PgCases, PgOutsideNotes } from './pg-cases.js';
import { PgChannelLocks } from './pg-channel-locks.js';
import { PgConversations } from './pg-conversations.js';
import type { PgDb } from './pg-database.js';
import { PgInbox } from './pg-inbox.js';
import { PgMedia } from './pg-media.js';
import { PgOfficerSessions } from './pg-officer-sessions.js';
import { PgOutbox } from './pg-outbox.js';
import { PgStatistics } from './pg-statistics.js';
import { PgSenderBlocks } from './pg-sender-blocks.js';
import { PgTimers } from './pg-timers.js';

/** Every store, bound to one unit of work's connection (cheap objects: made per unit). */
export function createPgPorts(
  db: PgDb,
  cipher: FieldCipher,
  options: { splitPayload?: PayloadSplitter } = {},
  /** Records the kinds of work this unit wrote, for other instances to hear of at its commit. */
  wrote: (kind: SharedWork) => void = () => undefined,
): StoragePorts {
  const outsideNotes = new PgOutsideNotes(db, cipher);
  const desk = new PgCaseDesk(db, cipher);
  return {
    inbox: new PgInbox(db, cipher, wrote),
    conversations: new PgConversations(db, cipher),
    outbox: new PgOutbox(db, cipher, options.splitPayload, wrote),
    timers: new PgTimers(db, wrote),
    cases: new PgCases(db, cipher, outsideNotes, desk),
    media: new PgMedia(db, cipher, wrote),
    alerts: new PgAlerts(db),
    attempts: new PgAttempts(db),
    outsideNotes,
    senderBlocks: new PgSenderBlocks(db),
    officerSessions: new PgOfficerSessions(db, cipher),
    desk,
    statistics: new PgStatistics(db),
    baileysAuth: new PgBaileysAuth(db, cipher),
    locks: new PgChannelLocks(db),
  };
}
