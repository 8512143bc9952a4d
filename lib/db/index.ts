export { getDb, openDatabase, setDatabase, databaseKind } from "./client";
export type { Database, DatabaseHandle, Executor, Transaction } from "./client";
export * as schema from "./schema";
