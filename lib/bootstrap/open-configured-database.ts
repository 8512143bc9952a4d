import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import type { Env } from "@/lib/env";

/** Opens PostgreSQL when DATABASE_URL is set, else the embedded PGlite directory. */
export function openConfiguredDatabase(e: Env): Promise<DatabaseHandle> {
  return e.DATABASE_URL ? openDatabase({ kind: "postgres", url: e.DATABASE_URL }) : openDatabase({ kind: "pglite", dataDir: e.dataDir });
}
