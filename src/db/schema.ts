/**
 * The database schema, in two files: the reporter's pipeline (pipeline-schema.ts) and the officer
 * side (officer-schema.ts). Columns ending in `_enc` hold AES-256-GCM ciphertext (see
 * field-cipher.ts); columns ending in `_hash` hold keyed hashes used for look-ups. Nothing else may
 * hold message text or anything that identifies a person. drizzle-kit reads this file
 * (drizzle.config.ts), and the code imports the tables from here.
 */
export * from './officer-schema.js';
export * from './pipeline-schema.js';
