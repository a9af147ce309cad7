import type { OutboundMessage } from '../../src/conversations/channel-contract.js';
import type { Input } from '../../src/engine/types.js';
import { Conversation } from '../support/conversation-harness.js';
import { RecordingSender } from '../support/test-hotline.js';

/** Telegram chat ids of the example directory's officers (src/directory/offices.example.yaml). */
export const OFFICERS = {
  'palu-a': '100000201',
  'palu-b': '100000202',
  'palu-s': '100000209',
  'sulteng-a': '100000101',
  'sulteng-s': '100000109',
  'sumbar-a': '100000301',
} as const;
export type OfficerName = keyof typeof OFFICERS;

/**
 * A reporter on the console channel and the example directory's officers on Telegram, through the
 * real pipeline; renders both sides of the handoff as one log a reviewer can read.
 */
export class HandoffScene {
  readonly officers = new RecordingSender('telegram');
  private readonly log: string[] = [];
  private seenOfficer = 0;
  private n = 0;

  constructor(readonly reporter: Conversation) {
    reporter.hotline.registerSender(this.officers);
  }

  static open(options: { directoryFile?: string } = {}): HandoffScene {
    return new HandoffScene(Conversation.open(options));
  }

  get hotline() {
    return this.reporter.hotline;
  }

  /** The database beside the service (tests/support/inspect-database.ts). */
  get data() {
    return this.reporter.data;
  }

  get clock() {
    return this.reporter.t.clock;
  }

  async reporterSays(turn: string | Exclude<Input, { type: 'text' }>): Promise<OutboundMessage[]> {
    const replies = await this.reporter.say(turn);
    this.log.push(`> reporter: ${typeof turn === 'string' ? turn : `(${turn.type})`}`);
    this.record('reporter', replies);
    this.recordOfficers();
    return replies;
  }

  async officerSays(name: OfficerName, turn: string | Exclude<Input, { type: 'text' }>): Promise<void> {
    const chat = OFFICERS[name];
    const input: Input = typeof turn === 'string' ? { type: 'text', text: turn } : turn;
    const reporterBefore = this.reporter.sender.sent.length;
    await this.hotline.ingest({
      channel: 'telegram',
      externalId: `o${++this.n}`,
      userId: chat,
      address: chat,
      input,
    });
    await this.settle();
    this.log.push(`> ${name}: ${typeof turn === 'string' ? turn : `(${turn.type} ${describe(input)})`}`);
    this.record(
      'reporter',
      this.reporter.sender.sent.slice(reporterBefore).map((s) => s.message),
    );
    this.recordOfficers();
  }

  /** Lets time pass: due timers fire and whatever they cause is sent. */
  async wait(seconds: number): Promise<void> {
    this.clock.advance(seconds * 1000);
    await this.hotline.fireDueTimers();
    await this.settle();
    this.log.push(`… ${seconds} s later`);
    this.recordOfficers();
  }

  /** Messages sent to one officer so far. */
  to(name: OfficerName): OutboundMessage[] {
    return this.officers.sent.filter((s) => s.address === OFFICERS[name]).map((s) => s.message);
  }

  transcript(): string {
    return `${this.log.join('\n').trimEnd()}\n`;
  }

  private async settle(): Promise<void> {
    await this.hotline.whenIdle();
  }

  private recordOfficers(): void {
    const fresh = this.officers.sent.slice(this.seenOfficer);
    this.seenOfficer = this.officers.sent.length;
    for (const { address, message } of fresh) {
      const name = Object.entries(OFFICERS).find(([, chat]) => chat === address)?.[0] ?? address;
      this.record(name, [message]);
    }
  }

  private record(to: string, messages: OutboundMessage[]): void {
    for (const m of messages) {
      this.log.push(...m.text.split('\n').map((l, i) => `${i === 0 ? `< to ${to}:` : '   '} ${l}`));
      if (m.options?.length) this.log.push(`   ${m.options.map((o) => `[${o.label} → ${o.id}]`).join(' ')}`);
    }
  }
}

function describe(input: Input): string {
  return input.type === 'choice' ? input.optionId : '';
}
