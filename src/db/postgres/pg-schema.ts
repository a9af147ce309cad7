/**
 * The PostgreSQL schema: src/db/schema.ts table for table (the pipeline's tables in
 * pg-pipeline-schema.ts, the officer side's in pg-officer-schema.ts), column for column, with
 * PostgreSQL types. The same rules hold: `_enc` columns hold AES-256-GCM ciphertext (field-cipher.ts), `_hash`
 * columns and hashed ids hold keyed hashes, so no message text or identifying value reaches the
 * server in plain form. Times are epoch milliseconds (bigint, read as numbers), as on SQLite, so
 * both adapters hand callers the same values. Migrations: migrations-pg/ (drizzle.pg.config.ts).
 */
export * from './pg-officer-schema.js';
export * from './pg-pipeline-schema.js';
