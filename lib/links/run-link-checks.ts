import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { linkCheckItems, linkCheckRuns, linkChecks, sourceArchives } from "@/lib/db/schema/links";
import type { SafeFetchOptions } from "@/lib/net/safe-fetch";
import { checkLink } from "./check-link";
import { SpacedHostPacer } from "./host-pacer";
import type { LinkHistory } from "./link-status";
import { lookupArchive, type ArchiveEndpoints } from "./lookup-archive";
import { nextLinkState } from "./next-link-state";

export interface RunnerOptions {
  db: Database;
  /** Who holds the lease (unique per process). */
  runnerId: string;
  /** The clock for leases, schedules and failure dates (tests move it). */
  now?: () => Date;
  fetch?: Omit<SafeFetchOptions, "method" | "pacer">;
  archive?: ArchiveEndpoints | null;
  spacingMs?: number;
  leaseMs?: number;
  /** Called after each URL is recorded (tests use it to kill the process mid-run). */
  onItemDone?: (item: { url: string; status: string }) => void;
  signal?: AbortSignal;
}

class LeaseLost extends Error {}

async function claimRun(db: Database, runnerId: string, now: Date, leaseMs: number) {
  const until = new Date(now.getTime() + leaseMs);
  const [run] = await db
    .update(linkCheckRuns)
    .set({ state: "running", leaseOwner: runnerId, leaseUntil: until })
    .where(
      eq(
        linkCheckRuns.id,
        sql`(select id from ${linkCheckRuns} where ${inArray(linkCheckRuns.state, ["queued", "running"])} and (${or(isNull(linkCheckRuns.leaseOwner), lt(linkCheckRuns.leaseUntil, now), eq(linkCheckRuns.leaseOwner, runnerId))}) order by ${linkCheckRuns.createdAt} limit 1 for update skip locked)`,
      ),
    )
    .returning({ id: linkCheckRuns.id });
  return run ?? null;
}

/**
 * Works through queued link-check runs until none is left: one runner per run (a lease in the database,
 * renewed with every recorded URL and taken over only once expired, so a killed runner's run resumes
 * elsewhere without re-checking what was recorded). Per host one request at a time, ≥ 1 s apart.
 * @returns how many URLs this call checked
 */
export async function runLinkChecks(options: RunnerOptions): Promise<number> {
  const { db, runnerId, now = () => new Date(), spacingMs = 1000, leaseMs = 60_000 } = options;
  const pacer = new SpacedHostPacer(spacingMs);
  let checked = 0;
  for (;;) {
    if (options.signal?.aborted) return checked;
    const run = await claimRun(db, runnerId, now(), leaseMs);
    if (!run) return checked;
    const pending = await db
      .select({ id: linkCheckItems.id, sourceId: linkCheckItems.sourceId, url: linkCheckItems.url, host: linkCheckItems.host })
      .from(linkCheckItems)
      .where(and(eq(linkCheckItems.runId, run.id), eq(linkCheckItems.done, false)))
      .orderBy(asc(linkCheckItems.id));
    try {
      while (pending.length > 0) {
        if (options.signal?.aborted) return checked;
        // Take the first URL whose host may be asked now, else wait for the soonest host.
        const t = Date.now();
        let index = pending.findIndex((p) => pacer.readyAt(p.host) <= t);
        if (index < 0) {
          index = pending.reduce((best, p, i) => (pacer.readyAt(p.host) < pacer.readyAt(pending[best]!.host) ? i : best), 0);
          await new Promise((r) => setTimeout(r, Math.max(0, pacer.readyAt(pending[index]!.host) - Date.now())));
        }
        const item = pending.splice(index, 1)[0]!;
        await db.update(linkCheckRuns).set({ currentHost: item.host }).where(eq(linkCheckRuns.id, run.id));
        const outcome = await checkLink(item.url, { ...options.fetch, pacer });
        const [archived] = await db.select({ id: sourceArchives.sourceId }).from(sourceArchives).where(eq(sourceArchives.sourceId, item.sourceId)).limit(1);
        const archiveUrl = !archived && options.archive ? await lookupArchive(item.url, options.archive, { ...options.fetch, pacer }) : null;
        const at = now();
        const status = await db.transaction(async (tx) => {
          const [prev] = await tx.select().from(linkChecks).where(eq(linkChecks.sourceId, item.sourceId)).limit(1);
          const history: LinkHistory = prev ? { status: prev.status, failureCount: prev.failureCount, lastFailureAt: prev.lastFailureAt } : { status: "unchecked", failureCount: 0, lastFailureAt: null };
          const next = nextLinkState(history, outcome, at);
          const values = { url: item.url, ...next, httpStatus: outcome.status, reason: outcome.reason, finalUrl: outcome.finalUrl, checkedAt: at, ...(options.archive && !archived ? { archiveLookedUpAt: at } : {}) };
          await tx.insert(linkChecks).values({ sourceId: item.sourceId, ...values }).onConflictDoUpdate({ target: linkChecks.sourceId, set: values });
          if (archiveUrl) await tx.insert(sourceArchives).values({ sourceId: item.sourceId, archiveUrl, origin: "lookup" }).onConflictDoNothing();
          await tx.update(linkCheckItems).set({ done: true, outcome: next.status, checkedAt: at }).where(eq(linkCheckItems.id, item.id));
          const renewed = await tx
            .update(linkCheckRuns)
            .set({ done: sql`${linkCheckRuns.done} + 1`, leaseUntil: new Date(at.getTime() + leaseMs) })
            .where(and(eq(linkCheckRuns.id, run.id), eq(linkCheckRuns.leaseOwner, runnerId)))
            .returning({ id: linkCheckRuns.id });
          if (renewed.length === 0) throw new LeaseLost();
          return next.status;
        });
        checked++;
        options.onItemDone?.({ url: item.url, status });
      }
      await db.update(linkCheckRuns).set({ state: "done", currentHost: null, finishedAt: now(), leaseOwner: null, leaseUntil: null }).where(and(eq(linkCheckRuns.id, run.id), eq(linkCheckRuns.leaseOwner, runnerId)));
    } catch (e) {
      if (e instanceof LeaseLost) continue;
      throw e;
    }
  }
}
