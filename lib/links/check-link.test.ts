import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/test/free-port";
import { startLinkFixtureServer } from "@/lib/test/link-fixture-server";
import { checkLink } from "./check-link";

let fx: Awaited<ReturnType<typeof startLinkFixtureServer>>;
beforeAll(async () => {
  fx = await startLinkFixtureServer();
});
afterAll(async () => {
  await fx.close();
});

describe("checkLink outcomes that count as failures", () => {
  it("a DNS failure and a refused connection are failures; 401/403/429 are unknown; internal addresses are refused", async () => {
    expect(await checkLink("http://nxdomain.invalid/x", { resolve: fx.resolve, allow: fx.allow })).toMatchObject({ kind: "failure", reason: expect.stringContaining("could not be resolved") });
    const closed = await freePort();
    const refused = await checkLink(`http://closed.test:${closed}/x`, { resolve: fx.resolve, allow: new Set([`127.0.0.1#${closed}`]) });
    expect(refused).toMatchObject({ kind: "failure", reason: expect.stringContaining("ECONNREFUSED") });
    for (const [host, status] of [["unauthorized.test", 401], ["forbidden.test", 403], ["ratelimited.test", 429]] as const) {
      expect(await checkLink(fx.url(host), { resolve: fx.resolve, allow: fx.allow })).toMatchObject({ kind: "unknown", status });
    }
    expect(await checkLink("http://169.254.169.254/", { resolve: fx.resolve, allow: fx.allow })).toMatchObject({ kind: "refused", status: null });
  });
});
