import { and, eq, inArray } from 'drizzle-orm';
import type { FieldCipher } from '../field-cipher.js';
import type { BaileysAuthPort } from '../storage-ports.js';
import type { PgDb } from './pg-database.js';
import { baileysAuth } from './pg-schema.js';

const CREDS = 'creds';

/** The linked-device session on PostgreSQL: the same rules as baileys-auth-repository.ts. */
export class PgBaileysAuth implements BaileysAuthPort {
  constructor(
    private readonly db: PgDb,
    private readonly cipher: FieldCipher,
  ) {}

  async readCreds(session: string): Promise<string | undefined> {
    return (await this.read(session, CREDS, [''])).get('');
  }

  async writeCreds(session: string, value: string, now: number): Promise<void> {
    await this.write(session, [{ category: CREDS, id: '', value }], now);
  }

  async read(session: string, category: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const byHash = new Map(ids.map((id) => [this.hash(category, id), id]));
    const rows = await this.db
      .select({ keyHash: baileysAuth.keyHash, valueEnc: baileysAuth.valueEnc })
      .from(baileysAuth)
      .where(
        and(
          eq(baileysAuth.session, session),
          eq(baileysAuth.category, category),
          inArray(baileysAuth.keyHash, [...byHash.keys()]),
        ),
      );
    const found = new Map<string, string>();
    for (const row of rows) {
      const id = byHash.get(row.keyHash);
      if (id !== undefined) found.set(id, this.cipher.decrypt(row.valueEnc));
    }
    return found;
  }

  /** Stores (value) or deletes (null) items; atomic with the rest of the unit of work. */
  async write(
    session: string,
    items: { category: string; id: string; value: string | null }[],
    now: number,
  ): Promise<void> {
    for (const { category, id, value } of items) {
      const keyHash = this.hash(category, id);
      if (value === null) {
        await this.db
          .delete(baileysAuth)
          .where(
            and(
              eq(baileysAuth.session, session),
              eq(baileysAuth.category, category),
              eq(baileysAuth.keyHash, keyHash),
            ),
          );
        continue;
      }
      const valueEnc = this.cipher.encrypt(value);
      await this.db
        .insert(baileysAuth)
        .values({ session, category, keyHash, valueEnc, updatedAt: now })
        .onConflictDoUpdate({
          target: [baileysAuth.session, baileysAuth.category, baileysAuth.keyHash],
          set: { valueEnc, updatedAt: now },
        });
    }
  }

  async hasSession(session: string): Promise<boolean> {
    return (await this.readCreds(session)) !== undefined;
  }

  async clear(session: string): Promise<void> {
    await this.db.delete(baileysAuth).where(eq(baileysAuth.session, session));
  }

  private hash(category: string, id: string): string {
    return this.cipher.blindIndex(`baileys:${category}:${id}`);
  }
}
