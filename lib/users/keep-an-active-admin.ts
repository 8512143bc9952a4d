import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";

/**
 * Takes the lock the database's `users_keep_an_active_admin` trigger takes (drizzle/0008_accounts.sql), so
 * changes to users run one at a time and each sees the one before it.
 */
export async function lockUserChanges(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('folio:active-admins'))`);
}
