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
import type { Env, Input } from '../engine/types.js';
import type { Handoff } from '../handoff/handoff.js';
import {
  type BlockCommand,
  type BlockWords,
  decideBlockCommand,
  decideBlockedSender,
  readBlockCommand,
} from '../handoff/sender-block.js';
import { normalizeCaseReference } from './case-reference.js';
import type { OutputExecutor } from './output-executor.js';

export interface SenderBlockGateDeps {
  handoff: Handoff;
  translator: i18n;
  executor: OutputExecutor;
}

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
    conversation: { id: string; channel: string; address: string },
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
    if ((await tx.senderBlocks.activeUntil(conversation.id, now)) === undefined) return false;
    const danger = input.type === 'text' ? triage(input.text) : undefined;
    const emergency = danger?.urgent ? emergencyMessage(danger) : undefined;
    await this.deps.executor.perform(tx, decideBlockedSender(conversation.id, emergency), now);
    return true;
  }

  private commandIn(text: string): BlockCommand | undefined {
    return readBlockCommand(text, this.words, normalizeCaseReference);
  }
}

/** The words of a pipe-separated list key in every language officers read ("/blokir|/block"). */
function officerWords(translator: i18n, key: string): Set<string> {
  return new Set(
    (['id', 'en'] as const).flatMap((lng) =>
      translator
        .t(key, { lng })
        .split('|')
        .map((word) => word.trim().toLowerCase()),
    ),
  );
}
