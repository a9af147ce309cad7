/**
 * A stand-in for a Baileys socket at its event boundary: tests emit `connection.update`,
 * `creds.update` and `messages.upsert` as Baileys would, and read what the adapter sent.
 */
import { EventEmitter } from 'node:events';
import type { AnyMessageContent, AuthenticationState, WAMessage } from '@whiskeysockets/baileys';
import type { BaileysSocketLike } from '../../src/channels/whatsapp-baileys/baileys-socket.js';

export class FakeBaileysSocket implements BaileysSocketLike {
  private readonly emitter = new EventEmitter();
  readonly sent: { jid: string; content: AnyMessageContent; id: string }[] = [];
  readonly pairingRequests: string[] = [];
  ended = false;
  /** The next sends fail with this Boom-shaped error. */
  failures: Error[] = [];
  private static nextId = 1;

  constructor(readonly auth: AuthenticationState) {}

  readonly ev = {
    on: (event: string, listener: (arg: unknown) => void) => {
      this.emitter.on(event, listener);
    },
  } as BaileysSocketLike['ev'];

  emit(event: 'connection.update' | 'creds.update' | 'messages.upsert', arg: unknown): void {
    this.emitter.emit(event, arg);
  }

  async sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage | undefined> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const id = `3EB0${String(FakeBaileysSocket.nextId++).padStart(16, '0')}`;
    this.sent.push({ jid, content, id });
    return { key: { id, remoteJid: jid, fromMe: true } };
  }

  async requestPairingCode(phoneNumber: string): Promise<string> {
    this.pairingRequests.push(phoneNumber);
    return 'ABCD1234';
  }

  end(): void {
    this.ended = true;
  }

  texts(): string[] {
    return this.sent.map((s) => ('text' in s.content ? String(s.content.text) : ''));
  }
}

/** A Boom-shaped disconnect error, as Baileys puts in `lastDisconnect.error`. */
export function disconnect(statusCode: number): { error: Error; date: Date } {
  return {
    error: Object.assign(new Error('Connection Failure'), { output: { statusCode } }),
    date: new Date(),
  };
}
