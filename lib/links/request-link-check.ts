import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { sources } from "@/lib/db/schema/citations";
import { linkCheckItems, linkCheckRuns, linkChecks } from "@/lib/db/schema/links";
import { RECHECK_AFTER_MS } from "./link-status";

export interface EnqueuedRun {
  runId: string;
  total: number;
  created: boolean;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * Queues a link-check run over source URLs (all of them when forced, else those unchecked for a week),
 * unless a run is already queued or running: then that run is returned. Returns null when nothing is due.
 */
export async function enqueueLinkCheck(db: Database, { force, requestedBy, now }: { force: boolean; requestedBy: string | null; now: Date }): Promise<EnqueuedRun | null> {
  return db.transaction(async (tx) => {
    // Serialise enqueuers (several instances share PostgreSQL); PGlite has one connection anyway.
    await tx.execute(sql`select pg_advisory_xact_lock(4242011)`);
    const [active] = await tx.select({ id: linkCheckRuns.id, total: linkCheckRuns.total }).from(linkCheckRuns).where(inArray(linkCheckRuns.state, ["queued", "running"])).limit(1);
    if (active) return { runId: active.id, total: active.total, created: false };
    const dueBefore = new Date(now.getTime() - RECHECK_AFTER_MS);
    const due = await tx
      .select({ id: sources.id, url: sources.url })
      .from(sources)
      .leftJoin(linkChecks, eq(linkChecks.sourceId, sources.id))
      .where(and(isNull(sources.mergedInto), isNotNull(sources.url), force ? undefined : or(isNull(linkChecks.checkedAt), lt(linkChecks.checkedAt, dueBefore))));
    const items = due.flatMap((d) => {
      const host = d.url && /^https?:/i.test(d.url) ? hostOf(d.url) : null;
      return host ? [{ sourceId: d.id, url: d.url!, host }] : [];
    });
    if (items.length === 0) return null;
    const [run] = await tx.insert(linkCheckRuns).values({ force, total: items.length, requestedBy, createdAt: now }).returning({ id: linkCheckRuns.id });
    for (let i = 0; i < items.length; i += 500) await tx.insert(linkCheckItems).values(items.slice(i, i + 500).map((it) => ({ ...it, runId: run!.id })));
    if (requestedBy) await recordEvent(tx, { actorId: requestedBy, type: "links.check", subjectType: "link_check_run", subjectId: run!.id, data: { total: items.length, force } });
    return { runId: run!.id, total: items.length, created: true };
  });
}

/** A user asks for a run over every source URL now (editors and up). @throws ForbiddenError */
export async function requestLinkCheck({ actor, db, now = new Date() }: { actor: Actor; db: Database; now?: Date }): Promise<EnqueuedRun | null> {
  authorize(actor, "links.check");
  return enqueueLinkCheck(db, { force: true, requestedBy: actor.id, now });
}
