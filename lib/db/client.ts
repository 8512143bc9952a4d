import fs from "node:fs";
import path from "node:path";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import * as schema from "./schema";
import { lockDataDir } from "./data-dir-lock";
import { startPgliteWorker } from "./start-pglite-worker";
import type { PGlite } from "@electric-sql/pglite";

/** Both drivers share the pg-core query builder; PGlite's database is typed through the same shape. */
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
  /**
   * LISTENs on a channel: `onMessage` receives each payload (only ever from a committed transaction), `onReconnect`
   * runs when a lost listening connection is back (notifications may have been missed). Resolves to the unlisten.
   */
  listen(channel: string, onMessage: (payload: string) => void, onReconnect: () => void): Promise<() => Promise<void>>;
}

export type OpenOptions =
  | { kind: "postgres"; url: string; max?: number }
  | { kind: "pglite"; dataDir: string }
  | { kind: "memory" };

const migrationsFolder = path.resolve(process.cwd(), "drizzle");

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
}

async function openPostgres(url: string, max: number): Promise<DatabaseHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url, { max, connect_timeout: 10, onnotice: () => {} });
  const db = drizzle(client, { schema });
  try {
    await client`select 1`;
  } catch (cause) {
    await client.end({ timeout: 1 }).catch(() => {});
    const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new AppError("unavailable:database", `Cannot connect to PostgreSQL at ${describeUrl(url)} (DATABASE_URL): ${reason}.`, { cause });
  }
  // Several instances may start together against one server; migrate under an advisory lock.
  // One connection holds a session advisory lock, so every migration statement runs under it.
  const migrator = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await migrator`select pg_advisory_lock(4242001)`;
    await migrate(drizzle(migrator, { schema }), { migrationsFolder });
  } catch (cause) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw new AppError("unavailable:database", `Migrating PostgreSQL at ${describeUrl(url)} failed: ${(cause as Error).message}`, { cause });
  } finally {
    await migrator.end({ timeout: 5 }).catch(() => {});
  }
  const listen: DatabaseHandle["listen"] = async (channel, onMessage, onReconnect) => {
    let first = true;
    // postgres.js listens on a connection of its own, reconnects, and calls the third argument on every (re)listen.
    const { unlisten } = await client.listen(channel, onMessage, () => (first ? (first = false) : onReconnect()));
    return unlisten;
  };
  return { db, kind: "postgres", close: () => client.end({ timeout: 5 }), listen };
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  let release: () => void = () => {};
  let pgDir: string | undefined;
  if (dataDir) {
    release = lockDataDir(dataDir);
    pgDir = path.join(dataDir, "pgdata");
    fs.mkdirSync(pgDir, { recursive: true });
  }
  // PGlite runs on a worker thread of its own: every statement runs there, never on the thread relaying keystrokes.
  const client = startPgliteWorker(pgDir);
  try {
    await client.waitReady;
  } catch (cause) {
    await client.close().catch(() => {});
    release();
    throw cause instanceof AppError ? cause : new AppError("unavailable:database", `Cannot open the embedded database in ${pgDir}: ${(cause as Error).message}`, { cause });
  }
  // drizzle's pglite driver uses only query(sql, params, options) and transaction(tx => …) with tx.query, which the proxy serves.
  const db = drizzle({ client: client as unknown as PGlite, schema });
  try {
    await migrate(db, { migrationsFolder });
  } catch (cause) {
    await client.close().catch(() => {});
    release();
    throw new AppError("unavailable:database", `Migrating the embedded database failed: ${(cause as Error).message}`, { cause });
  }
  return {
    db: db as unknown as Database,
    kind: "pglite",
    // PGlite delivers a notification after the notifying transaction commits, and never disconnects.
    listen: (channel, onMessage) => client.listen(channel, onMessage),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * Opens a database and applies the migrations in drizzle/.
 * @throws AppError with a one-line message when it cannot be reached or opened.
 */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  switch (options.kind) {
    case "postgres":
      return openPostgres(options.url, options.max ?? 10);
    case "pglite":
      return openPglite(options.dataDir);
    case "memory":
      return openPglite(undefined);
  }
}

const key = Symbol.for("folio.database");
type GlobalWithDb = typeof globalThis & { [key]?: DatabaseHandle };

/** Installs the process-wide database (the server, CLIs and tests call this once). */
export function setDatabase(handle: DatabaseHandle | undefined): void {
  (globalThis as GlobalWithDb)[key] = handle;
}

/** The process-wide database. @throws AppError if the process has not opened one. */
export function getDb(): Database {
  const handle = (globalThis as GlobalWithDb)[key];
  if (!handle) throw new AppError("unavailable:database", "The database is not open in this process; start Folio with `npm start`.");
  return handle.db;
}

export function databaseKind(): DatabaseHandle["kind"] | undefined {
  return (globalThis as GlobalWithDb)[key]?.kind;
}

export async function ping(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
