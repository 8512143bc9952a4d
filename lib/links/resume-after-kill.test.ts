import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { sources } from "@/lib/db/schema/citations";
import { linkCheckItems, linkCheckRuns } from "@/lib/db/schema/links";
import { startLinkFixtureServer } from "@/lib/test/link-fixture-server";
import { enqueueLinkCheck } from "./request-link-check";
import { runLinkChecks } from "./run-link-checks";

let fx: Awaited<ReturnType<typeof startLinkFixtureServer>>;
let dir: string;

beforeAll(async () => {
  fx = await startLinkFixtureServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-linkcheck-"));
});
afterAll(async () => {
  await fx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("link checker after kill -9", () => {
  // Two PGlite opens of an on-disk directory plus a paced run: allow for a loaded machine.
  it("resumes the persisted run without re-checking what was recorded", { timeout: 240_000 }, async () => {
    // Two hosts alternate, so the run is a dozen paced requests long.
    const urls = Array.from({ length: 12 }, (_, i) => fx.url(i % 2 ? "ok.test" : "redirect.test", i % 2 ? `/r${i}` : `/moved?i=${i}`));
    let handle = await openDatabase({ kind: "pglite", dataDir: dir });
    await handle.db.insert(sources).values(urls.map((url, i) => ({ csl: { title: `T${i}` }, title: `T${i}`, url })));
    const queued = await enqueueLinkCheck(handle.db, { force: false, requestedBy: null, now: new Date() });
    await handle.close();

    const child = spawn(process.execPath, ["--import", "tsx", "lib/test/link-runner-child.ts"], {
      env: { ...process.env, CHILD_DATA_DIR: dir, CHILD_FIXTURE_PORT: String(fx.port) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const doneBeforeKill: string[] = [];
    await new Promise<void>((resolve, reject) => {
      let buffer = "";
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line.startsWith("done ")) doneBeforeKill.push(line.slice(5));
          if (doneBeforeKill.length === 4) {
            child.kill("SIGKILL");
            resolve();
          }
        }
      });
      child.once("exit", () => (doneBeforeKill.length < 4 ? reject(new Error("the child ended before it was killed")) : resolve()));
    });
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once("exit", r)));
    expect(child.signalCode).toBe("SIGKILL");
    const requestsBeforeResume = fx.requests.length;

    handle = await openDatabase({ kind: "pglite", dataDir: dir });
    try {
      const recorded = await handle.db.select({ url: linkCheckItems.url }).from(linkCheckItems).where(eq(linkCheckItems.done, true));
      expect(recorded.map((r) => r.url).sort()).toEqual(expect.arrayContaining(doneBeforeKill));
      // A new runner takes over once the dead runner's lease has expired (its clock is 2 minutes on).
      const later = new Date(Date.now() + 120_000);
      const resumed = await runLinkChecks({ db: handle.db, runnerId: "parent", now: () => later, fetch: { resolve: fx.resolve, allow: fx.allow, timeoutMs: 1500 } });
      expect(resumed).toBe(urls.length - recorded.length);
      const afterResume = fx.requests.slice(requestsBeforeResume).map((r) => fx.url(r.host, r.path));
      for (const url of recorded.map((r) => r.url)) expect(afterResume).not.toContain(url);
      const [run] = await handle.db.select().from(linkCheckRuns).where(eq(linkCheckRuns.id, queued!.runId));
      expect(run).toMatchObject({ state: "done", done: urls.length, total: urls.length });
    } finally {
      await handle.close();
    }
  });
});
