import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLinkFixtureServer } from "@/lib/test/link-fixture-server";

const run = promisify(execFile);
let fx: Awaited<ReturnType<typeof startLinkFixtureServer>>;

async function checkUrl(url: string, extraEnv: Record<string, string> = {}) {
  // The suite may run under LINK_CHECK=off (as every instance started here is): each case says its own.
  const { LINK_CHECK: _inherited, ...env } = process.env;
  const { stdout } = await run("npm", ["run", "--silent", "check-url", "--", "--json", url], { env: { ...env, ...extraEnv }, timeout: 60_000 });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe("npm run check-url", () => {
  beforeAll(async () => {
    fx = await startLinkFixtureServer();
  });
  afterAll(async () => {
    await fx.close();
  });

  it("refuses internal addresses and exits 0", async () => {
    for (const url of ["http://169.254.169.254/latest/meta-data/", "http://2130706433/", "http://[::ffff:127.0.0.1]/", "http://[fd00:ec2::254]/", "http://user:pw@example.org/"]) {
      const out = await checkUrl(url, { FOLIO_FETCH_ALLOW: "" });
      expect(out).toMatchObject({ url, verdict: "refused", status: null, finalUrl: null });
      expect(Object.keys(out).sort()).toEqual(["finalUrl", "reason", "status", "url", "verdict"]);
    }
  });

  it("a loopback server is refused before any connection unless FOLIO_FETCH_ALLOW lists it", async () => {
    const url = `http://127.0.0.1:${fx.port}/report`;
    const before = { requests: fx.requests.length, connections: fx.connections() };
    for (const u of [url, `http://2130706433:${fx.port}/report`, `http://[::ffff:127.0.0.1]:${fx.port}/`, `http://0x7f.1:${fx.port}/`]) {
      const out = await checkUrl(u, { FOLIO_FETCH_ALLOW: "" });
      expect(out).toMatchObject({ url: u, verdict: "refused", status: null, finalUrl: null });
      expect(Object.keys(out).sort()).toEqual(["finalUrl", "reason", "status", "url", "verdict"]);
    }
    expect({ requests: fx.requests.length, connections: fx.connections() }).toEqual(before);
    expect(await checkUrl(url, { FOLIO_FETCH_ALLOW: `127.0.0.1:${fx.port}` })).toMatchObject({ verdict: "failing", status: 404, finalUrl: url });
    expect(fx.connections()).toBeGreaterThan(before.connections);
  });

  it("with LINK_CHECK=off it answers unknown and connects nowhere, even to an allow-listed server", async () => {
    const url = fx.url("ok.test", "/report").replace("ok.test", "127.0.0.1");
    const before = fx.connections();
    expect(await checkUrl(url, { LINK_CHECK: "off", FOLIO_FETCH_ALLOW: `127.0.0.1:${fx.port}` })).toEqual({ url, verdict: "unknown", reason: expect.stringContaining("LINK_CHECK=off"), status: null, finalUrl: null });
    expect(fx.connections()).toBe(before);
  });
});
