import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import type { FetchAllowList } from "@/lib/net/fetch-allow-list";
import type { ArchiveEndpoints } from "./lookup-archive";
import { enqueueLinkCheck } from "./request-link-check";
import { runLinkChecks } from "./run-link-checks";

const POLL_MS = 30_000;
const SCHEDULE_EVERY_MS = 3600_000;

/**
 * Starts the in-process link checker: with `scheduled` (the default), every hour it queues the URLs due (a week
 * since their last check); always, it works through queued runs (an admin's too) as soon as they appear. Every
 * instance may run it: the run's lease lets only one of them check at a time. Not started when LINK_CHECK=off;
 * not scheduled for a demo database (see linkCheckSchedule).
 */
export function startLinkCheckService({
  db,
  allow,
  archive,
  log,
  scheduled = true,
  fetch,
  onTick,
}: {
  db: Database;
  allow: FetchAllowList;
  archive: ArchiveEndpoints | null;
  log: (line: string) => void;
  scheduled?: boolean;
  /** Replaces how URLs are fetched (tests pass a resolver and connector that never leave the machine). */
  fetch?: Omit<NonNullable<Parameters<typeof runLinkChecks>[0]["fetch"]>, "allow">;
  /** Called after each pass with how many URLs it checked (tests wait on it). */
  onTick?: (checked: number) => void;
}) {
  const runnerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const controller = new AbortController();
  let lastSchedule = 0;
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (scheduled && Date.now() - lastSchedule >= SCHEDULE_EVERY_MS) {
          lastSchedule = Date.now();
          await enqueueLinkCheck(db, { force: false, requestedBy: null, now: new Date() });
        }
        const checked = await runLinkChecks({ db, runnerId, fetch: { ...fetch, allow }, archive, signal: controller.signal });
        if (checked > 0) log(`link checker: checked ${checked} URL${checked === 1 ? "" : "s"}`);
        onTick?.(checked);
      } while (again && !controller.signal.aborted);
    } catch (e) {
      log(`link checker: ${(e as Error).message}`);
    } finally {
      running = false;
    }
  };
  const schedule = () => {
    timer = setTimeout(() => void tick().finally(() => !controller.signal.aborted && schedule()), POLL_MS);
    timer.unref();
  };
  void tick();
  schedule();
  return {
    /** Starts a pass now (the links.check event's handler calls it on every instance when a user queued a run). */
    kick: () => void tick(),
    stop() {
      controller.abort();
      clearTimeout(timer);
    },
  };
}
