/**
 * Blocking an abusive sender for a while, as pure decisions over facts loaded beforehand
 * (src/conversations/sender-block-gate.ts loads them and performs the outputs). An officer types
 * `/blokir <case reference> [days]` or `/buka <case reference>` in their own chat with the bot;
 * only a case of their office (or an office below it) may be blocked, and every attempt is audited
 * with ids only. While the block lasts, the sender's messages are stored but get no flow answer and
 * reach no officer — except that a danger signal still gets the emergency numbers at once: the
 * person behind the abuse may one day be the person in danger. The block ends by itself.
 */
import type { Message } from '../engine/types.js';
import { type HandoffOutput, OFFICER_LANGUAGE, type OfficerChat } from './handoff-output.js';
import type { OfficerOnDuty, OfficerRoster } from './officer-roster.js';

export const DEFAULT_BLOCK_DAYS = 7;
/** A block is a cooling-off, not a ban: an office that needs longer sets it again. */
export const MAX_BLOCK_DAYS = 30;
const DAY_MS = 86_400_000;

/** What an officer's block command asks for; `reference` is undefined when none could be read. */
export type BlockCommand =
  | { kind: 'block'; reference: string | undefined; days: number }
  | { kind: 'unblock'; reference: string | undefined };

/** The officer's block command words in every language they read ("/blokir|/block"). */
export interface BlockWords {
  block: ReadonlySet<string>;
  unblock: ReadonlySet<string>;
}

/**
 * Reads `/blokir K7M-4PX 3`, `/blokir k7m 4px`, `/buka K7M-4PX`; undefined when the text is not a
 * block command (it goes on to the officer desk). A trailing number is the days when what comes
 * before it is a whole reference (a reference half may be three digits); past MAX_BLOCK_DAYS it is
 * cut to it (night-shift trial: "/blokir TTJ-J9M 100" got the usage text).
 */
export function readBlockCommand(
  text: string,
  words: BlockWords,
  normalizeReference: (text: string) => string | undefined,
): BlockCommand | undefined {
  const [word = '', ...rest] = text.trim().split(/\s+/);
  const command = word.toLowerCase();
  if (words.unblock.has(command)) return { kind: 'unblock', reference: normalizeReference(rest.join('')) };
  if (!words.block.has(command)) return undefined;
  const last = rest.at(-1) ?? '';
  const hasDays =
    rest.length > 1 &&
    /^\d+$/.test(last) &&
    (last.length <= 2 || normalizeReference(rest.slice(0, -1).join('')) !== undefined);
  const days = hasDays ? Math.min(Number(last), MAX_BLOCK_DAYS) : DEFAULT_BLOCK_DAYS;
  const reference = normalizeReference((hasDays ? rest.slice(0, -1) : rest).join(''));
  return { kind: 'block', reference: days > 0 ? reference : undefined, days };
}

/** What a block command reads: the officer, their chat, and the case the reference names. */
export interface BlockFacts {
  on: OfficerOnDuty;
  chat: OfficerChat;
  target:
    | { caseId: string; reference: string; officeId: string | null; conversationId: string | null }
    | undefined;
  /** Whether the case's sender is blocked now (for `/buka`). */
  blocked: boolean;
}

export function decideBlockCommand(
  facts: BlockFacts,
  command: BlockCommand,
  roster: OfficerRoster,
  now: number,
): HandoffOutput[] {
  const { on, chat, target } = facts;
  const language = on.officer.language ?? OFFICER_LANGUAGE;
  const reply = (message: Message): HandoffOutput => ({ type: 'officer_reply', chat, language, message });
  const audit = (action: 'sender_blocked' | 'sender_unblocked' | 'block_refused'): HandoffOutput[] =>
    target
      ? [
          {
            type: 'case_audit',
            actor: on.officer.id,
            action,
            caseId: target.caseId,
            officeId: target.officeId,
          },
        ]
      : [];
  if (!command.reference) return [reply({ keys: ['officer:block.usage'] })];
  // An unknown reference is answered like another office's case: the command reveals no case.
  if (!target || !roster.mayHandle(on.officer.id, target.officeId))
    return [...audit('block_refused'), reply({ keys: ['officer:block.not_allowed'] })];
  const reference = target.reference;
  if (!target.conversationId)
    return [reply({ keys: [{ key: 'officer:block.gone', params: { reference } }] })];
  if (command.kind === 'unblock') {
    if (!facts.blocked)
      return [reply({ keys: [{ key: 'officer:block.not_blocked', params: { reference } }] })];
    return [
      { type: 'sender_unblock', conversationId: target.conversationId },
      ...audit('sender_unblocked'),
      reply({ keys: [{ key: 'officer:block.lifted', params: { reference } }] }),
    ];
  }
  return [
    {
      type: 'sender_block',
      conversationId: target.conversationId,
      until: now + command.days * DAY_MS,
      officerId: on.officer.id,
      caseId: target.caseId,
    },
    ...audit('sender_blocked'),
    reply({ keys: [{ key: 'officer:block.done', params: { reference, days: command.days } }] }),
  ];
}

/**
 * A message from a blocked sender: stored, not answered, not passed to any officer. A danger
 * signal gets `emergency` (the emergency numbers) at once, and nothing else.
 */
export function decideBlockedSender(conversationId: string, emergency: Message | undefined): HandoffOutput[] {
  return [
    ...(emergency
      ? [{ type: 'reporter_message' as const, conversationId, message: emergency, urgent: true }]
      : []),
    {
      type: 'log',
      level: 'info',
      fields: { conversationId, danger: emergency !== undefined },
      message: 'message from a blocked sender; not answered',
    },
  ];
}
