import { and, eq, like } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema/auth";

/**
 * How the link checker runs: `weekly` queues every URL unchecked for a week (and runs what admins queue), `manual`
 * runs only what an admin queues, `off` runs nothing.
 */
export type LinkCheckSchedule = "weekly" | "manual" | "off";

/**
 * LINK_CHECK=on or off decides. Unset, a database holding the demo seed waits for an admin to start a run (a demo
 * must not reach out to the demo profile's real sites unasked); any other install checks weekly.
 */
export function linkCheckSchedule({ setting, demo }: { setting: "on" | "off" | undefined; demo: boolean }): LinkCheckSchedule {
  if (setting === "off") return "off";
  if (setting === "on") return "weekly";
  return demo ? "manual" : "weekly";
}

/** Whether the demo seed created this database's content (its demo profile's creation is recorded with `demo: true`). */
export async function holdsDemoSeed(db: Executor): Promise<boolean> {
  const rows = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.action, "profile.create"), like(auditLog.data, '%"demo":true%')))
    .limit(1);
  return rows.length > 0;
}
