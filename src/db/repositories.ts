import { AlertRepository } from './alert-repository.js';
import { AttemptRepository } from './attempt-repository.js';
import { BaileysAuthRepository } from './baileys-auth-repository.js';
import { CaseDeskRepository } from './case-desk-repository.js';
import { CaseRepository } from './case-repository.js';
import { ChannelLockRepository } from './channel-lock-repository.js';
import type { Db } from './client.js';
import { ConversationRepository } from './conversation-repository.js';
import type { FieldCipher } from './field-cipher.js';
import { InboxRepository } from './inbox-repository.js';
import { MediaRepository } from './media-repository.js';
import { OfficerSessionRepository } from './officer-session-repository.js';
import { OutsideNoteRepository } from './outside-note-repository.js';
import { OutboxRepository } from './outbox-repository.js';
import type { PayloadSplitter } from './outbox-rows.js';
import { SenderBlockRepository } from './sender-block-repository.js';
import { StatisticsRepository } from './statistics-repository.js';
import { TimerRepository } from './timer-repository.js';

export interface Repositories {
  inbox: InboxRepository;
  conversations: ConversationRepository;
  outbox: OutboxRepository;
  timers: TimerRepository;
  cases: CaseRepository;
  media: MediaRepository;
  baileysAuth: BaileysAuthRepository;
  locks: ChannelLockRepository;
  alerts: AlertRepository;
  outsideNotes: OutsideNoteRepository;
  attempts: AttemptRepository;
  senderBlocks: SenderBlockRepository;
  officerSessions: OfficerSessionRepository;
  desk: CaseDeskRepository;
  statistics: StatisticsRepository;
}

export function createRepositories(
  db: Db,
  cipher: FieldCipher,
  options: { splitPayload?: PayloadSplitter } = {},
): Repositories {
  const outsideNotes = new OutsideNoteRepository(db, cipher);
  const desk = new CaseDeskRepository(db, cipher);
  const inbox = new InboxRepository(db, cipher);
  const alerts = new AlertRepository(db);
  const cases = new CaseRepository(db, cipher, outsideNotes, desk);
  return {
    inbox,
    conversations: new ConversationRepository(db, cipher, {
      paceOf: (id, since) => inbox.paceOf(id, since),
      activeAlert: (id) => alerts.active(id),
      referenceExists: (reference) => cases.referenceExists(reference),
      markProcessed: (inboundId, now) => inbox.markProcessed(inboundId, now),
    }),
    outbox: new OutboxRepository(db, cipher, options.splitPayload),
    timers: new TimerRepository(db),
    cases,
    media: new MediaRepository(db, cipher),
    baileysAuth: new BaileysAuthRepository(db, cipher),
    locks: new ChannelLockRepository(db),
    alerts,
    outsideNotes,
    attempts: new AttemptRepository(db),
    senderBlocks: new SenderBlockRepository(db),
    officerSessions: new OfficerSessionRepository(db, cipher),
    desk,
    statistics: new StatisticsRepository(db),
  };
}
