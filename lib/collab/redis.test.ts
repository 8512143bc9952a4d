import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { openTestDatabase } from "@/lib/test/test-database";
import { profileChannelName, sectionDocumentName } from "./document-name";
import { loadStoredDoc } from "@/lib/test/load-stored-doc";
import { connectNodeClient, waitFor, type NodeClient } from "@/lib/test/node-client";
import { firstParagraphText, NodeTypist } from "@/lib/test/node-typist";
import { createSectionStore } from "./section-store";
import { seedSection } from "@/lib/test/seed-section";
import { startTestCollabServer, type TestCollabServer } from "@/lib/test/start-test-collab-server";
import { freePort } from "@/lib/test/free-port";

async function startRedis(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn("/usr/bin/redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  await waitFor(() => output.includes("Ready to accept connections"), "redis-server to start");
  return { url: `redis://127.0.0.1:${port}`, process: child };
}

let handle: DatabaseHandle;
let redis: { url: string; process: ChildProcess };
const servers: TestCollabServer[] = [];
const clients: NodeClient[] = [];

beforeAll(async () => {
  handle = await openTestDatabase();
  redis = await startRedis();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.close().catch(() => {});
  redis?.process.kill("SIGKILL");
  await handle?.close();
});

describe("collaboration with Redis", () => {
  it("keeps a client on each of two instances converged, and both stored", async () => {
    const { sectionId } = await seedSection(handle.db, "Across instances:");
    const user = await buildUser(handle.db, { role: "researcher" });
    for (let i = 0; i < 2; i++) servers.push(await startTestCollabServer({ db: handle.db, redisUrl: redis.url }));
    const cookie = await servers[0]!.cookieFor(user.id);
    for (const server of servers) {
      clients.push(connectNodeClient({ url: server.url, documentName: sectionDocumentName(sectionId), headers: { cookie }, fastReconnect: true }));
    }
    const [one, two] = clients as [NodeClient, NodeClient];
    await waitFor(() => one.provider.isSynced && two.provider.isSynced, "both synced");
    const typeOne = new NodeTypist(one.doc);
    const typeTwo = new NodeTypist(two.doc);
    for (let i = 0; i < 10; i++) {
      typeOne.type(` one${i}`);
      typeTwo.type(` two${i}`);
    }
    await waitFor(() => firstParagraphText(one.doc) === firstParagraphText(two.doc) && one.isStored() && two.isStored(), "convergence");
    const text = firstParagraphText(one.doc);
    for (let i = 0; i < 10; i++) {
      expect(text.split(` one${i}`).length - 1).toBe(1);
      expect(text.split(` two${i}`).length - 1).toBe(1);
    }
    const stored = await loadStoredDoc(createSectionStore(handle.db), sectionId);
    expect(firstParagraphText(stored)).toBe(text);
  });

  it("a profile's status broadcast reaches its presence room on every instance, also from one where nobody has it open", async () => {
    const profile = await buildProfile(handle.db, { countryCode: "NZ" });
    const user = await buildUser(handle.db, { role: "viewer" });
    const [a, b, c] = [await startTestCollabServer({ db: handle.db, redisUrl: redis.url }), await startTestCollabServer({ db: handle.db, redisUrl: redis.url }), await startTestCollabServer({ db: handle.db, redisUrl: redis.url })];
    servers.push(a, b, c);
    const cookie = await a.cookieFor(user.id);
    const got: string[][] = [[], []];
    const watchers = [a, b].map((server, i) => {
      const client = connectNodeClient({ url: server.url, documentName: profileChannelName(profile.id), headers: { cookie }, fastReconnect: true });
      client.provider.on("stateless", ({ payload }: { payload: string }) => got[i]!.push(payload));
      clients.push(client);
      return client;
    });
    await waitFor(() => watchers.every((w) => w.provider.isSynced), "both watchers synced");
    // Redis subscriptions are made as the document loads; a broadcast from a loaded instance proves they are live.
    await waitFor(async () => {
      a.collab.broadcastToProfile(profile.id, "ping");
      await new Promise((r) => setTimeout(r, 50));
      return got[1]!.includes("ping");
    }, "instance b subscribed");
    expect(c.collab.hocuspocus.documents.has(profileChannelName(profile.id))).toBe(false);
    c.collab.broadcastToProfile(profile.id, "review-status:from-c");
    await waitFor(() => got.every((g) => g.includes("review-status:from-c")), "the broadcast from c on both a and b");
    expect(got.map((g) => g.filter((p) => p === "review-status:from-c").length)).toEqual([1, 1]);
  });

  it("a submission's flush reaches the instance that holds the typing, before its own flush delay", async () => {
    const { sectionId } = await seedSection(handle.db, "Flushed:");
    const user = await buildUser(handle.db, { role: "researcher" });
    const asking = await startTestCollabServer({ db: handle.db, redisUrl: redis.url });
    // Holds accepted updates for a minute: only a flush request writes them sooner.
    const holding = await startTestCollabServer({ db: handle.db, redisUrl: redis.url, flushDelayMs: 60_000, compactDebounceMs: 60_000, compactMaxDelayMs: 60_000 });
    servers.push(asking, holding);
    const client = connectNodeClient({ url: holding.url, documentName: sectionDocumentName(sectionId), headers: { cookie: await holding.cookieFor(user.id) }, fastReconnect: true });
    clients.push(client);
    await waitFor(() => client.provider.isSynced, "synced");
    new NodeTypist(client.doc).type(" held back");
    const held = () => holding.collab.hocuspocus.documents.get(sectionDocumentName(sectionId));
    await waitFor(() => held() !== undefined && firstParagraphText(held()!).includes("held back"), "the update on the holding instance");
    expect(firstParagraphText(await loadStoredDoc(createSectionStore(handle.db), sectionId))).not.toContain("held back");
    await asking.collab.flushSection(sectionId);
    expect(firstParagraphText(await loadStoredDoc(createSectionStore(handle.db), sectionId))).toContain("held back");
  });
});
