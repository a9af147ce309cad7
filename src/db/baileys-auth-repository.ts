import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './client.js';
import type { FieldCipher } from './field-cipher.js';
import { baileysAuth } from './schema.js';

/** The category under which the session's credentials are stored. */
const CREDS = 'creds';

/**
 * The linked-device session of WhatsApp via Baileys: credentials and Signal keys, each item
 * encrypted, its id stored only as a keyed hash (ids name WhatsApp accounts). Values are opaque
 * strings here; the channel serializes them (BufferJSON).
 */
export class BaileysAuthRepository {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  readCreds(session: string): string | undefined {
    return this.read(session, CREDS, ['']).get('');
  }

  writeCreds(session: string, value: string, now: number): void {
    this.write(session, [{ category: CREDS, id: '', value }], now);
  }

  /** The stored values of the given ids of one category; missing ids are absent from the map. */
  read(session: string, category: string, ids: string[]): Map<string, string> {
    if (ids.length === 0) return new Map();
    const byHash = new Map(ids.map((id) => [this.hash(category, id), id]));
    const rows = this.db
      .select({ keyHash: baileysAuth.keyHash, valueEnc: baileysAuth.valueEnc })
      .from(baileysAuth)
      .where(
        and(
          eq(baileysAuth.session, session),
          eq(baileysAuth.category, category),
          inArray(baileysAuth.keyHash, [...byHash.keys()]),
        ),
      )
      .all();
    const found = new Map<string, string>();
    for (const row of rows) {
      const id = byHash.get(row.keyHash);
      if (id !== undefined) found.set(id, this.cipher.decrypt(row.valueEnc));
    }
    return found;
  }

  /** Stores (value) or deletes (null) items, all in one transaction. */
  write(session: string, items: { category: string; id: string; value: string | null }[], now: number): void {
    this.db.transaction((tx) => {
      for (const { category, id, value } of items) {
        const keyHash = this.hash(category, id);
        if (value === null) {
          tx.delete(baileysAuth)
            .where(
              and(
                eq(baileysAuth.session, session),
                eq(baileysAuth.category, category),
                eq(baileysAuth.keyHash, keyHash),
              ),
            )
            .run();
          continue;
        }
        const valueEnc = this.cipher.encrypt(value);
        tx.insert(baileysAuth)
          .values({ session, category, keyHash, valueEnc, updatedAt: now })
          .onConflictDoUpdate({
            target: [baileysAuth.session, baileysAuth.category, baileysAuth.keyHash],
            set: { valueEnc, updatedAt: now },
          })
          .run();
      }
    });
  }

  /** Whether a session has credentials (was paired at least once). */
  hasSession(session: string): boolean {
    return this.readCreds(session) !== undefined;
  }

  /** Logged out (or unlinked from the phone): the next start needs a new pairing. */
  clear(session: string): void {
    this.db.delete(baileysAuth).where(eq(baileysAuth.session, session)).run();
  }

  private hash(category: string, id: string): string {
    return this.cipher.blindIndex(`baileys:${category}:${id}`);
  }
}
