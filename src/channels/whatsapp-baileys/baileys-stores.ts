/**
 * What the linked-device channel keeps between runs, as ports of its own: the pairing's auth state
 * and the lease that lets only one socket per number run. The service wires them to its database
 * (bootstrap: `Hotline.linkedDeviceStores()`); the channel never sees a repository.
 */

/** Baileys' credentials and Signal keys, one session per linked number. Values are opaque JSON text. */
export interface BaileysAuthStore {
  readCreds(session: string): string | undefined;
  writeCreds(session: string, value: string, now: number): void;
  /** The stored values of `ids` in `category`; missing ids are absent from the map. */
  read(session: string, category: string, ids: string[]): Map<string, string>;
  /** Writes each item; a null value deletes it. */
  write(session: string, items: { category: string; id: string; value: string | null }[], now: number): void;
  /** Whether a number was ever linked under this session. */
  hasSession(session: string): boolean;
  /** Forgets the pairing (the phone logged the device out). */
  clear(session: string): void;
}

/** A named lease: held by one owner until it expires or is released. */
export interface ChannelLock {
  /** Takes or renews the lease for `leaseMs`; false when another owner holds it. */
  acquire(name: string, owner: string, now: number, leaseMs: number): boolean;
  release(name: string, owner: string): void;
}

export interface BaileysStores {
  auth: BaileysAuthStore;
  locks: ChannelLock;
}
