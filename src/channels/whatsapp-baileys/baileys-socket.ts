/**
 * The slice of a Baileys socket the hotline uses, so the adapter can be driven by a real socket or
 * by a test double at the same event boundary (`connection.update`, `creds.update`,
 * `messages.upsert`). Types only: nothing here loads Baileys.
 */
import type {
  AnyMessageContent,
  AuthenticationState,
  BaileysEventMap,
  WAMessage,
} from '@whiskeysockets/baileys';

export type BaileysEvent = 'connection.update' | 'creds.update' | 'messages.upsert';

export interface BaileysSocketLike {
  ev: {
    on<E extends BaileysEvent>(event: E, listener: (arg: BaileysEventMap[E]) => void): void;
  };
  sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage | undefined>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  end(error: Error | undefined): void | Promise<void>;
}

/** Builds a socket on an auth state; the real one calls Baileys' makeWASocket. */
export type SocketFactory = (auth: AuthenticationState) => BaileysSocketLike;
