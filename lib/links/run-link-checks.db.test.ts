import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sources } from "@/lib/db/schema/citations";
import { linkCheckRuns, linkChecks, sourceArchives } from "@/lib/db/schema/links";
import { startLinkFixtureServer, type FixtureRequest } from "@/lib/test/link-fixture-server";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { linkCheckProgress } from "./link-check-progress";
import { enqueueLinkCheck } from "./request-link-check";
import { runLinkChecks } from "./run-link-checks";

const db = testDatabaseForFile();
let fx: Awaited<ReturnType<typeof startLinkFixtureServer>>;
const DAY = 24 * 3600_000;
const day0 = new Date("2026-03-01T09:00:00Z");
const at = (days: number) => new Date(day0.getTime() + days * DAY);

beforeAll(async () => {
  fx = await startLinkFixtureServer();
  fx.state.slowMs = 5000;
});
afterAll(async () => {
  await fx.close();
});

async function addSources(urls: string[]) {
  const rows = await db()
    .insert(sources)
    .values(urls.map((url, i) => ({ csl: { type: "webpage", title: `T${i}` }, title: `T${i}`, url, normalizedUrl: `${url}#${Math.random()}` })))
    .returning({ id: sources.id, url: sources.url });
  return new Map(rows.map((r) => [r.url!, r.id]));
}

const run = (now: Date, runnerId = "runner-a") =>
  runLinkChecks({ db: db(), runnerId, now: () => now, fetch: { resolve: fx.resolve, allow: fx.allow, timeoutMs: 1500 }, archive: fx.archive });

async function statusOf(sourceId: string) {
  const [row] = await db().select().from(linkChecks).where(eq(linkChecks.sourceId, sourceId));
  return row!;
}

/** Per host: each request starts ≥ 1 s after the previous one started, and after it ended. */
function assertSpaced(reqs: FixtureRequest[]) {
  for (let i = 1; i < reqs.length; i++) {
    expect(reqs[i]!.at - reqs[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    expect(reqs[i]!.at).toBeGreaterThanOrEqual(reqs[i - 1]!.endedAt ?? Infinity);
  }
}

describe("link checker", () => {
  it("decides each fixture host's status, keeps per-host spacing, finds archive copies", async () => {
    const hosts = ["ok", "slow", "hung", "redirect", "notfound", "gone", "forbidden", "soft404", "nohead", "flap"];
    const urls = hosts.map((h) => fx.url(`${h}.test`, h === "redirect" ? "/old" : "/report"));
    const ids = await addSources(urls);
    const queued = await enqueueLinkCheck(db(), { force: false, requestedBy: null, now: at(0) });
    expect(queued).toMatchObject({ total: hosts.length, created: true });
    expect(await run(at(0))).toBe(hosts.length);

    const status = async (h: string) => statusOf(ids.get(urls[hosts.indexOf(h)]!)!);
    expect((await status("ok")).status).toBe("ok");
    expect(await status("slow")).toMatchObject({ status: "failing", failureCount: 1 });
    expect(await status("hung")).toMatchObject({ status: "failing" });
    expect(await status("redirect")).toMatchObject({ status: "redirected", finalUrl: fx.url("redirect.test", "/moved") });
    expect(await status("notfound")).toMatchObject({ status: "failing", httpStatus: 404 });
    expect(await status("gone")).toMatchObject({ status: "failing", httpStatus: 410 });
    expect(await status("forbidden")).toMatchObject({ status: "unknown", httpStatus: 403, failureCount: 0 });
    expect(await status("soft404")).toMatchObject({ status: "failing", reason: expect.stringContaining("soft 404") });
    expect(await status("nohead")).toMatchObject({ status: "ok" });
    expect(fx.requestsTo("nohead.test").map((r) => r.method)).toEqual(["HEAD", "GET"]);

    for (const h of [...hosts.map((x) => `${x}.test`), "archive.test"]) assertSpaced(fx.requestsTo(h));
    const archives = await db().select().from(sourceArchives);
    expect(archives.map((a) => a.archiveUrl).sort()).toEqual([`${fx.archive.replayUrl}/20240102030405/${urls[4]}`, `${fx.archive.replayUrl}/20240102030405/${urls[5]}`].sort());
    const [finished] = await db().select().from(linkCheckRuns).where(eq(linkCheckRuns.id, queued!.runId));
    expect(finished).toMatchObject({ state: "done", done: hosts.length, total: hosts.length, currentHost: null });
  });

  it("weekly schedule; dead only after 3 failures ≥ 3 days apart; a flapping host never dies", async () => {
    await db().execute(sql`delete from ${sources}`);
    const dead = fx.url("notfound.test", "/later");
    const flap = fx.url("flap.test", "/later");
    const ids = await addSources([dead, flap]);
    const step = async (days: number, up: boolean) => {
      fx.state.flapUp = up;
      await enqueueLinkCheck(db(), { force: true, requestedBy: null, now: at(days) });
      await run(at(days));
      return [(await statusOf(ids.get(dead)!)).status, (await statusOf(ids.get(flap)!)).status];
    };
    expect(await step(10, false)).toEqual(["failing", "failing"]);
    expect(await enqueueLinkCheck(db(), { force: false, requestedBy: null, now: at(12) })).toBeNull();
    expect(await step(11, false)).toEqual(["failing", "failing"]);
    expect(await step(13, true)).toEqual(["failing", "ok"]);
    expect(await step(16, false)).toEqual(["dead", "failing"]);
    expect((await statusOf(ids.get(dead)!)).failureCount).toBe(3);
    expect(await enqueueLinkCheck(db(), { force: false, requestedBy: null, now: at(24) })).toMatchObject({ total: 2 });
  });

  it("one runner per run: a second runner finds the lease held and checks nothing", async () => {
    await db().execute(sql`delete from ${sources}`);
    await db().execute(sql`delete from ${linkCheckRuns}`);
    const urls = ["a", "b", "c"].map((p) => fx.url("ok.test", `/one/${p}`));
    await addSources(urls);
    await enqueueLinkCheck(db(), { force: true, requestedBy: null, now: at(30) });
    const before = fx.requestsTo("ok.test").length;
    const [a, b] = await Promise.all([run(at(30), "runner-a"), new Promise((r) => setTimeout(r, 50)).then(() => run(at(30), "runner-b"))]);
    expect([a, b]).toEqual([3, 0]);
    expect(fx.requestsTo("ok.test").length - before).toBe(3);
  });

  it("reports live progress (done / total, current host) while a run goes", async () => {
    await db().execute(sql`delete from ${sources}`);
    await addSources([fx.url("ok.test", "/p/1"), fx.url("ok.test", "/p/2"), fx.url("redirect.test", "/p/3")]);
    await enqueueLinkCheck(db(), { force: true, requestedBy: null, now: at(40) });
    const seen: string[] = [];
    let finished = false;
    const running = run(at(40)).finally(() => (finished = true));
    while (!finished) {
      const p = await linkCheckProgress(db());
      if (p) seen.push(`${p.state} ${p.done}/${p.total} ${p.currentHost ?? "-"}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await running;
    // The redirect takes two requests to one host, ≥ 1 s apart: long enough to be seen mid-run.
    expect(seen).toContain("running 1/3 redirect.test");
    expect(await linkCheckProgress(db())).toMatchObject({ state: "done", done: 3, total: 3, currentHost: null });
  });
});
