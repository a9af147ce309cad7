/**
 * Where the officers' block on an abusive sender meets the pipeline (the decisions are
 * src/handoff/sender-block.ts). Before any other decision, the worker asks the gate: an officer's
 * `/blokir` / `/buka` is the gate's to perform, and a blocked sender's message is stored but gets
 * no flow answer and reaches no officer — only a danger signal is answered, with the emergency
 * numbers. Timers are never the gate's: an alert's deadline still rings.
 */
import type { i18n } from 'i18next';
import { emergencyMessage } from '../../flows/hotline/hotline-messages.js';
import type { StoragePorts } from '../db/storage-ports.js';
import type { CommandName, Env, Input } from '../engine/types.js';
import { type Handoff, officerWords } from '../handoff/handoff.js';
import {
  type BlockCommand,
  type BlockWords,
  decideBlockCommand,
  decideBlockedSender,
  readBlockCommand,
} from '../handoff/sender-block.js';
import { normalizeCaseReference } from '../engine/case-reference-text.js';
import type { OutputExecutor } from './output-executor.js';

export interface SenderBlockGateDeps {
  handoff: Handoff;
  translator: i18n;
  executor: OutputExecutor;
  /** The global command a whole message is, in any language ("hapus", "/hapus", "keluar"). */
  matchCommand: (text: string) => CommandName | undefined;
}

/**
 * A blocked sender keeps their rights (UU PDP) and their safety: deleting their data and the quick
 * exit still reach the flow, and so does the answer to the deletion question.
 */
const RIGHTS: ReadonlySet<CommandName> = new Set(['delete', 'exit']);
const DELETION_QUESTION = 'confirm_delete';

export class SenderBlockGate {
  private readonly words: BlockWords;

  constructor(private readonly deps: SenderBlockGateDeps) {
    this.words = {
      block: officerWords(deps.translator, 'officer:commands.block'),
      unblock: officerWords(deps.translator, 'officer:commands.unblock'),
    };
  }

  /** Whether the message was the gate's: an officer's block command, or a blocked sender's message. */
  async handled(
    tx: StoragePorts,
    conversation: {
      id: string;
      channel: string;
      address: string;
      snapshot?: { state: string } | undefined;
      /** Loaded with the conversation (ConversationRecord.blockedUntil). */
      blockedUntil: number | undefined;
    },
    input: Input,
    phoneKey: string | undefined,
    triage: Env['triage'],
    now: number,
  ): Promise<boolean> {
    if (input.type === 'timer_fired') return false;
    const officer = this.deps.handoff.officerAt(conversation.channel, conversation.address, phoneKey);
    if (officer) {
      const command = input.type === 'text' ? this.commandIn(input.text) : undefined;
      if (!command) return false;
      const target = command.reference ? await tx.cases.findByReference(command.reference) : undefined;
      const blocked =
        target?.conversationId != null &&
        (await tx.senderBlocks.activeUntil(target.conversationId, now)) !== undefined;
      const facts = {
        on: officer,
        chat: { id: conversation.id, channel: conversation.channel, address: conversation.address },
        target: target && {
          caseId: target.id,
          reference: target.reference,
          officeId: target.officeId,
          conversationId: target.conversationId,
        },
        blocked,
      };
      const outputs = decideBlockCommand(facts, command, this.deps.handoff.roster, now);
      await this.deps.executor.perform(tx, outputs, now);
      return true;
    }
    if (this.isReporterRight(input, conversation.snapshot?.state)) return false;
    if (conversation.blockedUntil === undefined || conversation.blockedUntil <= now) return false;
    const danger = input.type === 'text' ? triage(input.text) : undefined;
    const emergency = danger?.urgent ? emergencyMessage(danger) : undefined;
    await this.deps.executor.perform(tx, decideBlockedSender(conversation.id, emergency), now);
    return true;
  }

  private isReporterRight(input: Input, state: string | undefined): boolean {
    if (state === DELETION_QUESTION) return true;
    const command =
      input.type === 'command'
        ? input.name
        : input.type === 'text'
          ? this.deps.matchCommand(input.text)
          : undefined;
    return command !== undefined && RIGHTS.has(command);
  }

  private commandIn(text: string): BlockCommand | undefined {
    return readBlockCommand(text, this.words, normalizeCaseReference);
  }
}
