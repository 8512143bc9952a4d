import { describe, expect, it, vi } from "vitest";
import { linkCheckItems, linkCheckRuns, linkChecks } from "@/lib/db/schema/links";
import type { Connect } from "@/lib/net/connect-pinned";
import type { Resolve } from "@/lib/net/safe-fetch";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { startLinkCheckService } from "./link-check-service";
import { holdsDemoSeed, linkCheckSchedule } from "./link-check-schedule";
import { enqueueLinkCheck } from "./request-link-check";

const db = testDatabaseForFile();

/** Never leaves the machine: every name "resolves" to a public address and every request answers 200 in memory. */
function offlineFetch() {
  const resolve = vi.fn<Resolve>(async () => [{ address: "93.184.216.34", family: 4 }]);
  const connect = vi.fn<Connect>(async () => ({ status: 200, headers: {}, body: (async function* () {})(), destroy: () => {} }));
  return { resolve, connect };
}

/** Starts the service and resolves with each pass's count as it finishes. */
function startService(scheduled: boolean, fetch: ReturnType<typeof offlineFetch>) {
  const passes: ((n: number) => void)[] = [];
  const nextPass = () => new Promise<number>((resolve) => passes.push(resolve));
  const first = nextPass();
  const service = startLinkCheckService({ db: db(), allow: new Set(), archive: null, log: () => {}, scheduled, fetch, onTick: (n) => passes.shift()?.(n) });
  return { service, first, nextPass };
}

describe("link check schedule", () => {
  it("LINK_CHECK decides; unset, a demo database waits for an admin and any other checks weekly", () => {
    expect(linkCheckSchedule({ setting: "off", demo: false })).toBe("off");
    expect(linkCheckSchedule({ setting: "off", demo: true })).toBe("off");
    expect(linkCheckSchedule({ setting: "on", demo: true })).toBe("weekly");
    expect(linkCheckSchedule({ setting: undefined, demo: true })).toBe("manual");
    expect(linkCheckSchedule({ setting: undefined, demo: false })).toBe("weekly");
  });

  it("with the demo seed, checks nothing until an admin starts a run, then checks that run (offline)", async () => {
    expect(await holdsDemoSeed(db())).toBe(false);
    await seedDatabase({ db: db(), mode: "demo", password: "demo password 1", log: () => {} });
    expect(await holdsDemoSeed(db())).toBe(true);

    const fetch = offlineFetch();
    const { service, first, nextPass } = startService(linkCheckSchedule({ setting: undefined, demo: await holdsDemoSeed(db()) }) === "weekly", fetch);
    try {
      expect(await first).toBe(0);
      expect(await db().select().from(linkCheckRuns)).toHaveLength(0);
      expect(fetch.resolve).not.toHaveBeenCalled();

      const admin = await buildUser(db(), { role: "admin" });
      const queued = await enqueueLinkCheck(db(), { force: true, requestedBy: admin.id, now: new Date() });
      expect(queued!.total).toBeGreaterThan(0);
      const pass = nextPass();
      service.kick();
      expect(await pass).toBe(queued!.total);
      expect(fetch.connect).toHaveBeenCalled();
    } finally {
      service.stop();
    }
  });

  it("a real install keeps its schedule: the first pass queues and checks what is due (offline)", async () => {
    // As if nothing had been checked yet.
    await db().delete(linkChecks);
    await db().delete(linkCheckItems);
    await db().delete(linkCheckRuns);
    const fetch = offlineFetch();
    const { service, first } = startService(true, fetch);
    try {
      const checked = await first;
      expect(checked).toBeGreaterThan(0);
      expect(await db().select().from(linkCheckRuns)).toHaveLength(1);
    } finally {
      service.stop();
    }
  });
});
