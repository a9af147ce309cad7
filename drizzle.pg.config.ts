import { defineConfig } from 'drizzle-kit';

/** The PostgreSQL schema's migrations, beside SQLite's (drizzle.config.ts): npm run db:generate:pg. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/postgres/pg-schema.ts',
  out: './migrations-pg',
});
