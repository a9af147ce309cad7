/**
 * The statements every message runs, built once per pooled connection and prepared on the server
 * under their names. At ~20 statements a message, drizzle building each statement again and the
 * server parsing it again were a fifth of the service's CPU on PostgreSQL (the main thread is what
 * limits it). Only fixed-shape statements belong here: a list of varying length is a new statement.
 */
import type { PgDb } from './pg-database.js';

const built = new WeakMap<PgDb, Map<string, unknown>>();

/**
 * The statement `name` of this connection's handle, built with `build(name)` the first time (it
 * passes the name to drizzle's `.prepare`). `build` must give the same statement every time (values
 * through `sql.placeholder`): the name stands for its text on the server for as long as the
 * connection lives.
 */
export function prepared<T>(db: PgDb, name: string, build: (name: string) => T): T {
  let statements = built.get(db);
  if (!statements) {
    statements = new Map();
    built.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(name);
    statements.set(name, statement);
  }
  return statement;
}
