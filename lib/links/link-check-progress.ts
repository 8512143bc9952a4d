import { desc } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { linkCheckRuns } from "@/lib/db/schema/links";

export interface LinkCheckProgress {
  runId: string;
  state: "queued" | "running" | "done";
  done: number;
  total: number;
  currentHost: string | null;
  finishedAt: string | null;
}

/** The newest link-check run's progress (done / total, current host), or null before the first run. */
export async function linkCheckProgress(db: Executor): Promise<LinkCheckProgress | null> {
  const [run] = await db.select().from(linkCheckRuns).orderBy(desc(linkCheckRuns.createdAt)).limit(1);
  if (!run) return null;
  return { runId: run.id, state: run.state, done: run.done, total: run.total, currentHost: run.currentHost, finishedAt: run.finishedAt?.toISOString() ?? null };
}
