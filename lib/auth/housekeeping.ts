import type { Executor } from "@/lib/db/client";
import { purgeSessions } from "./sessions";
import { purgeLoginAttempts } from "./verify-credentials";

const EVERY_MS = 60 * 60 * 1000;

/** Deletes what is no longer needed (old sign-in attempts, dead sessions) now and then hourly; returns a stop function. */
export function startHousekeeping(db: Executor, log: (line: string) => void): () => void {
  const run = () =>
    void Promise.all([purgeLoginAttempts(db), purgeSessions(db)]).catch((err: unknown) => log(`folio: housekeeping failed: ${(err as Error).message}`));
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
