/**
 * The storage ports the channels' own connections need (see storage-ports.ts): a linked device's
 * keys, and who holds a channel connection.
 */

/** A WhatsApp linked device's keys (Baileys' auth state), encrypted like everything else. */
export interface BaileysAuthPort {
  readCreds(session: string): Promise<string | undefined>;
  writeCreds(session: string, value: string, now: number): Promise<void>;
  read(session: string, category: string, ids: string[]): Promise<Map<string, string>>;
  write(
    session: string,
    items: { category: string; id: string; value: string | null }[],
    now: number,
  ): Promise<void>;
  hasSession(session: string): Promise<boolean>;
  clear(session: string): Promise<void>;
}

/** Who owns a channel connection (the long poller, the linked device): one holder per lease. */
export interface ChannelLockPort {
  acquire(name: string, owner: string, now: number, leaseMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}
