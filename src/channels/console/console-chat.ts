/**
 * `hotline chat`: talk to the hotline in the terminal. The same pipeline as every channel — the
 * line is stored, the worker steps the flow, the dispatcher delivers through this sender.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Hotline } from '../../conversations/hotline-runtime.js';
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

export async function runConsoleChat(
  hotline: Hotline,
  io: { input: NodeJS.ReadableStream; write: (text: string) => void },
): Promise<void> {
  hotline.registerSender(new ConsoleSender(io.write));
  hotline.start();
  io.write('Type a message (try "halo"); Ctrl+D to leave.\n');
  const lines = createInterface({ input: io.input, terminal: false });
  for await (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    hotline.store({
      channel: 'console',
      externalId: randomUUID(),
      userId: CONSOLE_USER,
      address: CONSOLE_USER,
      input: { type: 'text', text },
    });
    hotline.worker.drain();
    await hotline.dispatcher.flush();
  }
}
