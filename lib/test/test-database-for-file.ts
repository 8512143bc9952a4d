import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { openTestDatabase } from "./test-database";

/** Opens a fresh test database for the file (see openTestDatabase) and closes it after; call `db()` inside tests. */
export function testDatabaseForFile(setup?: (handle: DatabaseHandle) => Promise<void>) {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase();
    await setup?.(handle);
  });
  afterAll(async () => {
    await handle?.close();
  });
  return () => {
    if (!handle) throw new Error("The test database is not open yet.");
    return handle.db;
  };
}
