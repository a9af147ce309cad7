import type { OutboundMessage } from '../../src/conversations/channel-contract.js';

/** Renders a conversation like a chat log, for golden files a reviewer can read. */
export class Transcript {
  private readonly lines: string[] = [];

  reporter(text: string): void {
    this.lines.push(`> ${text}`);
  }

  bot(messages: OutboundMessage[]): void {
    for (const m of messages) {
      this.lines.push(...m.text.split('\n').map((l, i) => `${i === 0 ? '<' : ' '} ${l}`));
      if (m.options?.length)
        this.lines.push(`  ${m.options.map((o, i) => `[${i + 1}. ${o.label}]`).join(' ')}`);
    }
    this.lines.push('');
  }

  toString(): string {
    return `${this.lines.join('\n').trimEnd()}\n`;
  }
}
