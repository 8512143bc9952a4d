import { asc, eq } from "drizzle-orm";
import WebSocket from "ws";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { buildUser } from "@/lib/test/factories";
import { openTestDatabase } from "@/lib/test/test-database";
import { CloseEvents, RefusalReasons } from "./close-events";
import { sectionDocumentName } from "./document-name";
import { connectNodeClient, waitFor, type NodeClient } from "@/lib/test/node-client";
import { firstParagraphText, NodeTypist } from "@/lib/test/node-typist";
import { seedSection } from "@/lib/test/seed-section";
import { startTestCollabServer, type TestCollabServer } from "@/lib/test/start-test-collab-server";

const messageAuth = 2;

function frameType(frame: Uint8Array): number {
  let pos = 0;
  let length = 0;
  for (let shift = 0; ; shift += 7) {
    const b = frame[pos++]!;
    length += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
  }
  return frame[pos + length]!;
}

function varString(s: string): number[] {
  const bytes = [...new TextEncoder().encode(s)];
  return [bytes.length, ...bytes];
}

let handle: DatabaseHandle;
let server: TestCollabServer;
const clients: NodeClient[] = [];

function connect(documentName: string, cookie: string | null): NodeClient {
  const client = connectNodeClient({ url: server.url, documentName, headers: cookie ? { cookie } : {}, fastReconnect: true });
  clients.push(client);
  return client;
}

async function storedBytes(sectionId: string) {
  await server.collab.flushAll();
  const [row] = await handle.db.select({ state: sections.yState }).from(sections).where(eq(sections.id, sectionId));
  const log = await handle.db.select({ update: sectionUpdates.update }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId)).orderBy(asc(sectionUpdates.id));
  return { state: Buffer.from(row!.state!).toString("hex"), log: log.map((r) => Buffer.from(r.update).toString("hex")) };
}

beforeAll(async () => {
  handle = await openTestDatabase();
  server = await startTestCollabServer({ db: handle.db, recheckIntervalMs: 150 });
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
  await handle?.close();
});

describe("collaboration authorization", () => {
  it("refuses a socket without a live session and sends it no document bytes", async () => {
    const { sectionId } = await seedSection(handle.db, "Secret draft");
    const anonymous = connect(sectionDocumentName(sectionId), null);
    const disabled = await buildUser(handle.db, { role: "editor", disabled: true });
    const disabledClient = connect(sectionDocumentName(sectionId), await server.cookieFor(disabled.id));
    await waitFor(() => anonymous.refusal !== null && disabledClient.refusal !== null, "both refusals");
    expect(anonymous.refusal).toBe(RefusalReasons.Unauthenticated);
    expect(disabledClient.refusal).toBe(RefusalReasons.Unauthenticated);
    for (const client of [anonymous, disabledClient]) {
      expect(client.received.map(frameType)).toEqual([messageAuth]);
      expect(client.doc.getXmlFragment("default").length).toBe(0);
    }
  });

  it("refuses an unknown section and a malformed document name", async () => {
    const user = await buildUser(handle.db, { role: "researcher" });
    const cookie = await server.cookieFor(user.id);
    const unknown = connect(sectionDocumentName("00000000-0000-4000-8000-000000000000"), cookie);
    const malformed = connect("section.not-a-uuid", cookie);
    await waitFor(() => unknown.refusal !== null && malformed.refusal !== null, "refusals");
    expect(unknown.refusal).toBe(RefusalReasons.NotFound);
    expect(malformed.refusal).toBe(RefusalReasons.NotFound);
  });

  it("lets a viewer read live but leaves the stored document byte-identical after crafted updates", async () => {
    const { sectionId } = await seedSection(handle.db, "Shared text");
    const name = sectionDocumentName(sectionId);
    const researcher = await buildUser(handle.db, { role: "researcher" });
    const viewer = await buildUser(handle.db, { role: "viewer" });
    const writer = connect(name, await server.cookieFor(researcher.id));
    await waitFor(() => writer.provider.isSynced, "writer sync");
    const reader = connect(name, await server.cookieFor(viewer.id));
    await waitFor(() => reader.provider.isSynced, "viewer sync");
    expect(reader.provider.authorizedScope).toBe("readonly");
    new NodeTypist(writer.doc).type(" and live");
    await waitFor(() => firstParagraphText(reader.doc) === "Shared text and live", "viewer sees live text");
    await waitFor(() => writer.isStored(), "writer's edit stored");
    const before = await storedBytes(sectionId);

    // Edits made before connecting travel in the client's SyncStep2; later ones as plain updates.
    const craftedDoc = new Y.Doc();
    craftedDoc.getXmlFragment("default").insert(0, [new Y.XmlElement("paragraph")]);
    const crafted = connectNodeClient({ url: server.url, documentName: name, headers: { cookie: await server.cookieFor(viewer.id) }, doc: craftedDoc });
    clients.push(crafted);
    await waitFor(() => crafted.provider.isSynced, "crafted client sync");
    const framesBefore = reader.received.length;
    new NodeTypist(reader.doc).type(" HIJACK");
    await waitFor(() => reader.received.length > framesBefore, "the server's answer to the crafted update");

    expect(await storedBytes(sectionId)).toEqual(before);
    const fresh = connect(name, await server.cookieFor(researcher.id));
    await waitFor(() => fresh.provider.isSynced, "fresh sync");
    expect(firstParagraphText(fresh.doc)).toBe("Shared text and live");
    expect(fresh.doc.getXmlFragment("default").length).toBe(1);
  });

  it("refuses an upgrade from a foreign Origin and accepts the same origin", async () => {
    const foreign = new WebSocket(server.url, { headers: { origin: "https://evil.example" } });
    const status = await new Promise<number>((resolve) => {
      foreign.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      foreign.on("open", () => resolve(101));
    });
    expect(status).toBe(403);
    const same = new WebSocket(server.url, { headers: { origin: `http://127.0.0.1:${server.port}` } });
    await new Promise<void>((resolve, reject) => {
      same.on("open", () => resolve());
      same.on("unexpected-response", () => reject(new Error("same origin refused")));
    });
    same.close();
  });

  it("closes a disabled user's open socket at the next re-check and refuses the reconnect", async () => {
    const { sectionId } = await seedSection(handle.db, "Text");
    const user = await buildUser(handle.db, { role: "researcher" });
    const client = connect(sectionDocumentName(sectionId), await server.cookieFor(user.id));
    await waitFor(() => client.provider.isSynced, "sync");
    await handle.db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    await waitFor(() => client.closeCodes.includes(CloseEvents.AuthorizationChanged.code), "the server to close the socket");
    await waitFor(() => client.refusal === RefusalReasons.Unauthenticated, "the reconnect to be refused");
  });

  it("makes a researcher demoted to viewer read-only", async () => {
    const { sectionId } = await seedSection(handle.db, "Text");
    const user = await buildUser(handle.db, { role: "researcher" });
    const client = connect(sectionDocumentName(sectionId), await server.cookieFor(user.id));
    await waitFor(() => client.provider.isSynced, "sync");
    expect(client.provider.authorizedScope).toBe("read-write");
    await handle.db.update(users).set({ role: "viewer" }).where(eq(users.id, user.id));
    await waitFor(() => client.closeCodes.includes(CloseEvents.AuthorizationChanged.code), "the server to close the socket");
    await waitFor(() => client.provider.isSynced && client.provider.authorizedScope === "readonly", "read-only reconnect");
  });

  it("cuts off a flood of frames sent before authentication", async () => {
    const ws = new WebSocket(server.url);
    await new Promise((r) => ws.on("open", r));
    const frame = new Uint8Array([...varString("section.00000000-0000-4000-8000-000000000000"), 0, 0, 1, 0]);
    const closed = new Promise<number>((r) => ws.on("close", (code) => r(code)));
    for (let i = 0; i < 1_000 && ws.readyState === WebSocket.OPEN; i++) ws.send(frame);
    expect(await closed).toBeGreaterThan(0);
  });

  it("closes a socket that sends a frame over the payload cap", async () => {
    const ws = new WebSocket(server.url);
    await new Promise((r) => ws.on("open", r));
    const closed = new Promise<number>((r) => ws.on("close", (code) => r(code)));
    ws.send(new Uint8Array(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
  });
});
