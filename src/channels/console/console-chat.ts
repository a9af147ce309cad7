/**
 * `hotline chat`: talk to the hotline in the terminal. A channel like any other: each line is
 * handed to the gateway, and the bot's replies come back through this channel's sender.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { ChannelGateway } from '../../conversations/channel-gateway.js';
import type { ChannelSender, OutboundMessage } from '../../conversations/channel-contract.js';

/** One terminal is one reporter. */
const CONSOLE_USER = 'terminal';

export class ConsoleSender implements ChannelSender {
  readonly channel = 'console' as const;
  constructor(private readonly write: (text: string) => void) {}

  async send(_address: string, message: OutboundMessage): Promise<{ platformMessageId?: string }> {
    const lines = [message.text.replace(/\*(.+?)\*/g, '$1')];
    message.options?.forEach((o, i) => {
      lines.push(`  ${i + 1}. ${o.label}`);
    });
    this.write(`\n${lines.join('\n')}\n`);
    return {};
  }
}

/** Registers the terminal's sender; the caller starts the service. */
export function openConsoleChat(gateway: ChannelGateway, io: { write: (text: string) => void }): void {
  gateway.registerSender(new ConsoleSender(io.write));
  io.write('Type a message (try "halo"); Ctrl+D to leave.\n');
}

/**
 * Hands each typed line to the gateway until the input ends. Replies arrive through the sender
 * while the person types, in order; the caller waits for the last ones before closing.
 */
export async function readConsoleLines(gateway: ChannelGateway, input: NodeJS.ReadableStream): Promise<void> {
  const lines = createInterface({ input, terminal: false });
  for await (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    await gateway.ingest({
      channel: 'console',
      externalId: randomUUID(),
      userId: CONSOLE_USER,
      address: CONSOLE_USER,
      input: { type: 'text', text },
    });
  }
}
