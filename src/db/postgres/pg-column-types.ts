/** Column types both halves of the PostgreSQL schema use. */
import { bigint, customType, integer } from 'drizzle-orm/pg-core';

/** Epoch milliseconds: past int4, and read back as a JavaScript number. */
export const millis = (name: string) => bigint(name, { mode: 'number' });
/** Binary ciphertext (evidence files): drizzle 0.45 has no bytea column of its own. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
export const serialId = () => integer('id').primaryKey().generatedByDefaultAsIdentity();
