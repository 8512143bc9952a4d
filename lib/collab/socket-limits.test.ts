import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { buildUser } from "@/lib/test/factories";
import { openTestDatabase } from "@/lib/test/test-database";
import { CloseEvents } from "./close-events";
import type { CollabServerOptions } from "./create-collab-server";
import { sectionDocumentName } from "./document-name";
import { loadStoredDoc } from "@/lib/test/load-stored-doc";
import { connectNodeClient, waitFor, type NodeClient } from "@/lib/test/node-client";
import { firstParagraphText } from "@/lib/test/node-typist";
import { createSectionStore } from "./section-store";
import { seedSection } from "@/lib/test/seed-section";
import { startTestCollabServer, type TestCollabServer } from "@/lib/test/start-test-collab-server";

const MessageType = { Sync: 0, Awareness: 1, QueryAwareness: 3, SyncReply: 4 } as const;
const SyncStep = { Step1: 0, Step2: 1, Update: 2 } as const;

let handle: DatabaseHandle;
let researcherId: string;
let viewerId: string;
const open: { clients: NodeClient[]; servers: TestCollabServer[]; sockets: WebSocket[] } = { clients: [], servers: [], sockets: [] };

async function start(options: Partial<CollabServerOptions> = {}): Promise<TestCollabServer> {
  const server = await startTestCollabServer({ db: handle.db, ...options });
  open.servers.push(server);
  return server;
}

async function connect(server: TestCollabServer, sectionId: string, userId = researcherId): Promise<NodeClient> {
  const client = connectNodeClient({ url: server.url, documentName: sectionDocumentName(sectionId), headers: { cookie: await server.cookieFor(userId) } });
  open.clients.push(client);
  await waitFor(() => client.provider.isSynced, "sync");
  return client;
}

function frame(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function syncFrame(documentName: string, type: number, step: number, payload: Uint8Array): Uint8Array {
  return frame(documentName, (e) => {
    encoding.writeVarUint(e, type);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });
}

/** An awareness frame setting `state` for each client id (clock `clock`). */
function awarenessFrame(documentName: string, entries: { clientId: number; clock: number; state: object }[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  return frame(documentName, (e) => {
    encoding.writeVarUint(e, MessageType.Awareness);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(update));
  });
}

function send(client: NodeClient, data: Uint8Array): void {
  client.socket.webSocket!.send(data);
}

/** Waits until the server has handled everything `client` sent so far (it answers a sync step 1 in order). */
async function roundTrip(client: NodeClient, documentName: string): Promise<void> {
  const before = client.received.length;
  send(client, syncFrame(documentName, MessageType.Sync, SyncStep.Step1, Y.encodeStateVector(client.doc)));
  await waitFor(() => client.received.length > before, "the server to answer a sync step 1");
}

function serverAwareness(server: TestCollabServer, documentName: string): Map<number, Record<string, unknown>> {
  return server.collab.hocuspocus.documents.get(documentName)!.awareness.getStates() as Map<number, Record<string, unknown>>;
}

function rawSocket(server: TestCollabServer, headers: Record<string, string> = {}): Promise<{ ws: WebSocket; status: number }> {
  const ws = new WebSocket(server.url, { headers });
  open.sockets.push(ws);
  ws.on("error", () => {});
  return new Promise((resolve) => {
    ws.on("open", () => resolve({ ws, status: 101 }));
    ws.on("unexpected-response", (_req, res) => resolve({ ws, status: res.statusCode ?? 0 }));
  });
}

beforeAll(async () => {
  handle = await openTestDatabase();
  researcherId = (await buildUser(handle.db, { role: "researcher" })).id;
  viewerId = (await buildUser(handle.db, { role: "viewer" })).id;
});

afterAll(async () => {
  for (const ws of open.sockets) ws.terminate();
  for (const c of open.clients) c.destroy();
  for (const s of open.servers) await s.close();
  await handle?.close();
});

describe("collaboration socket limits", () => {
  let server: TestCollabServer;
  beforeAll(async () => {
    server = await start({ maxDocumentBytes: 4_096, maxAwarenessBytes: 2_048, awarenessPerSecond: 5, viewerMessagesPerSecond: 4 });
  });

  it("caps the document size for SyncReply frames too and stores nothing of them", async () => {
    const { sectionId } = await seedSection(handle.db, "Small.");
    const name = sectionDocumentName(sectionId);
    const client = await connect(server, sectionId);
    const big = new Y.Doc();
    big.getText("other").insert(0, "x".repeat(8_000));
    send(client, syncFrame(name, MessageType.SyncReply, SyncStep.Step2, Y.encodeStateAsUpdate(big)));
    await waitFor(() => client.closeCodes.includes(CloseEvents.DocumentTooLarge.code), "the server to close the socket");
    expect(server.collab.hocuspocus.documents.get(name)?.getText("other").length ?? 0).toBe(0);
    await server.collab.flushAll();
    const stored = await loadStoredDoc(createSectionStore(handle.db), sectionId);
    expect(stored.getText("other").length).toBe(0);
    expect(firstParagraphText(stored)).toBe("Small.");
  });

  it("closes a socket that sends an awareness frame over the size cap", async () => {
    const { sectionId } = await seedSection(handle.db, "Text");
    const client = await connect(server, sectionId);
    send(client, awarenessFrame(sectionDocumentName(sectionId), [{ clientId: client.doc.clientID, clock: 5, state: { pad: "y".repeat(4_000) } }]));
    await waitFor(() => client.closeCodes.includes(CloseEvents.AwarenessTooLarge.code), "the server to close the socket");
  });

  it("drops awareness frames beyond the rate and accepts them again later", async () => {
    const { sectionId } = await seedSection(handle.db, "Text");
    const name = sectionDocumentName(sectionId);
    const client = await connect(server, sectionId);
    const id = client.doc.clientID;
    for (let n = 1; n <= 60; n++) send(client, awarenessFrame(name, [{ clientId: id, clock: 100 + n, state: { n } }]));
    await roundTrip(client, name);
    const relayed = serverAwareness(server, name).get(id)?.n as number;
    expect(relayed).toBeGreaterThanOrEqual(1);
    expect(relayed).toBeLessThan(60);
    expect(client.closeCodes).toEqual([]);
    let clock = 1_000;
    await waitFor(async () => {
      send(client, awarenessFrame(name, [{ clientId: id, clock: ++clock, state: { n: 1_000 } }]));
      await roundTrip(client, name);
      return serverAwareness(server, name).get(id)?.n === 1_000;
    }, "an awareness frame to be accepted once the rate allows");
  });

  it("lets a connection set only its own awareness client id", async () => {
    const { sectionId } = await seedSection(handle.db, "Text");
    const name = sectionDocumentName(sectionId);
    const victim = await connect(server, sectionId);
    victim.provider.setAwarenessField("caret", "victim's");
    await waitFor(() => serverAwareness(server, name).get(victim.doc.clientID)?.caret === "victim's", "the victim's awareness on the server");
    const attacker = await connect(server, sectionId);
    const own = attacker.doc.clientID;
    send(attacker, awarenessFrame(name, [{ clientId: own, clock: 50, state: { caret: "attacker's" } }]));
    send(attacker, awarenessFrame(name, [{ clientId: victim.doc.clientID, clock: 10_000, state: { caret: "hijacked" } }]));
    send(attacker, awarenessFrame(name, [{ clientId: 424242, clock: 1, state: { caret: "invented" } }]));
    await roundTrip(attacker, name);
    const states = serverAwareness(server, name);
    expect(states.get(own)?.caret).toBe("attacker's");
    expect(states.get(victim.doc.clientID)?.caret).toBe("victim's");
    expect(states.has(424242)).toBe(false);
  });

  it("closes a read-only connection that floods frames", async () => {
    const { sectionId } = await seedSection(handle.db, "Text");
    const name = sectionDocumentName(sectionId);
    const viewer = await connect(server, sectionId, viewerId);
    expect(viewer.provider.authorizedScope).toBe("readonly");
    const crafted = new Y.Doc();
    crafted.getText("other").insert(0, "spam");
    const update = syncFrame(name, MessageType.Sync, SyncStep.Update, Y.encodeStateAsUpdate(crafted));
    for (let i = 0; i < 200 && viewer.socket.webSocket?.readyState === WebSocket.OPEN; i++) send(viewer, update);
    await waitFor(() => viewer.closeCodes.includes(CloseEvents.RateLimited.code), "the server to close the viewer's socket");
    const writer = await connect(server, sectionId);
    expect(writer.doc.getText("other").length).toBe(0);
  });
});

describe("collaboration socket admission", () => {
  it("limits open sockets per client address and admits again once one closes", async () => {
    const server = await start({ maxSocketsPerAddress: 3 });
    const first = await rawSocket(server);
    const others = [await rawSocket(server), await rawSocket(server)];
    expect([first, ...others].map((s) => s.status)).toEqual([101, 101, 101]);
    expect((await rawSocket(server)).status).toBe(429);
    first.ws.close();
    await waitFor(async () => (await rawSocket(server)).status === 101, "a socket to be admitted after one closed");
  });

  it("counts the forwarded address when the proxy is trusted, and ignores it otherwise", async () => {
    const trusting = await start({ maxSocketsPerAddress: 1, trustProxy: true });
    expect((await rawSocket(trusting, { "x-forwarded-for": "203.0.113.1" })).status).toBe(101);
    expect((await rawSocket(trusting, { "x-forwarded-for": "203.0.113.1" })).status).toBe(429);
    expect((await rawSocket(trusting, { "x-forwarded-for": "203.0.113.2" })).status).toBe(101);
    const direct = await start({ maxSocketsPerAddress: 1 });
    expect((await rawSocket(direct, { "x-forwarded-for": "203.0.113.1", "x-folio-client-address": "203.0.113.1" })).status).toBe(101);
    expect((await rawSocket(direct, { "x-forwarded-for": "203.0.113.2", "x-folio-client-address": "203.0.113.2" })).status).toBe(429);
  });

  it("closes a socket that does not authenticate in time and keeps an authenticated one", async () => {
    const server = await start({ authTimeoutMs: 300 });
    const { sectionId } = await seedSection(handle.db, "Text");
    const { ws } = await rawSocket(server);
    const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
    const client = await connect(server, sectionId);
    expect(await closed).toBe(CloseEvents.AuthenticationTimeout.code);
    await roundTrip(client, sectionDocumentName(sectionId));
    expect(client.closeCodes).toEqual([]);
    expect(client.provider.isSynced).toBe(true);
  });
});
