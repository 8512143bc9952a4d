import { randomBytes } from "node:crypto";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by FOLIO_TEST_DATABASE_URL (dropped again by close()).
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.FOLIO_TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ kind: "memory" });
  const { default: postgres } = await import("postgres");
  const name = `folio_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), max: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
