import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { revisions, sectionWriters } from "@/lib/db/schema/review";
import { submitForReview } from "@/lib/review/submit-for-review";
import { yStateFromJSON } from "@/lib/editor/ydoc-content";
import { buildUser } from "@/lib/test/factories";
import { openTestDatabase } from "@/lib/test/test-database";
import { CloseEvents, RefusalReasons } from "./close-events";
import type { CollabServerOptions } from "./create-collab-server";
import { sectionDocumentName } from "./document-name";
import { loadStoredDoc } from "@/lib/test/load-stored-doc";
import { connectNodeClient, waitFor, type NodeClient } from "@/lib/test/node-client";
import { firstParagraphText, NodeTypist } from "@/lib/test/node-typist";
import { createSectionStore, type SectionStore } from "./section-store";
import { seedSection } from "@/lib/test/seed-section";
import * as Y from "yjs";
import { startTestCollabServer, type TestCollabServer } from "@/lib/test/start-test-collab-server";

let handle: DatabaseHandle;
let store: SectionStore;
let cookie: string;
let userId: string;
const open: { clients: NodeClient[]; servers: TestCollabServer[] } = { clients: [], servers: [] };

async function start(options: Partial<CollabServerOptions> = {}): Promise<TestCollabServer> {
  const server = await startTestCollabServer({ db: handle.db, ...options });
  open.servers.push(server);
  cookie = await server.cookieFor(userId);
  return server;
}

function connect(server: TestCollabServer, sectionId: string): NodeClient {
  const client = connectNodeClient({ url: server.url, documentName: sectionDocumentName(sectionId), headers: { cookie }, fastReconnect: true });
  open.clients.push(client);
  return client;
}

async function stop(server: TestCollabServer, ...clients: NodeClient[]): Promise<void> {
  for (const c of clients) c.destroy();
  await server.close();
}

async function storedRow(sectionId: string) {
  const [row] = await handle.db.select().from(sections).where(eq(sections.id, sectionId));
  const log = await handle.db.select({ id: sectionUpdates.id }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId));
  return { state: Buffer.from(row!.yState!).toString("hex"), updatedAt: row!.updatedAt.toISOString(), json: row!.contentJson, logRows: log.length };
}

async function storedText(sectionId: string): Promise<string> {
  const doc = await loadStoredDoc(store, sectionId);
  return firstParagraphText(doc);
}

beforeAll(async () => {
  handle = await openTestDatabase();
  store = createSectionStore(handle.db);
  userId = (await buildUser(handle.db, { role: "researcher" })).id;
});

afterAll(async () => {
  for (const c of open.clients) c.destroy();
  for (const s of open.servers) await s.close().catch(() => {});
  await handle?.close();
});

describe("collaboration persistence", () => {
  it("has every update the server acknowledged as stored in the database, then compacts the log", async () => {
    const server = await start({ compactDebounceMs: 100 });
    const { sectionId } = await seedSection(handle.db, "Start.");
    const client = connect(server, sectionId);
    await waitFor(() => client.provider.isSynced, "sync");
    const typist = new NodeTypist(client.doc);
    for (let i = 0; i < 30; i++) {
      typist.type(` w${i}`);
      if (i % 10 === 9) {
        await waitFor(() => client.isStored(), "stored acknowledgement");
        expect(await storedText(sectionId)).toBe(firstParagraphText(client.doc));
      }
    }
    await waitFor(async () => (await storedRow(sectionId)).logRows === 0, "compaction");
    const row = await storedRow(sectionId);
    expect(JSON.stringify(row.json)).toContain("w29");
    const [text] = await handle.db.select({ text: sections.contentText }).from(sections).where(eq(sections.id, sectionId));
    expect(text!.text).toBe(firstParagraphText(client.doc));
    await stop(server, client);
  });

  it("tells a write's writers it is stored, not a reader, whose own changes (none) stay saved", async () => {
    const server = await start();
    const { sectionId } = await seedSection(handle.db, "Start.");
    const writer = connect(server, sectionId);
    const reader = connect(server, sectionId);
    await waitFor(() => writer.provider.isSynced && reader.provider.isSynced && reader.acknowledgements === 1, "sync and the opening acknowledgement");
    const typist = new NodeTypist(writer.doc);
    let readerTold = 0;
    for (let i = 0; i < 6; i++) {
      const told = writer.acknowledgements;
      typist.type(` w${i}`);
      await waitFor(() => writer.acknowledgements > told && writer.isStored() && firstParagraphText(reader.doc) === firstParagraphText(writer.doc), "the write acknowledged and relayed");
      expect(reader.isStored()).toBe(true);
      // A connection is also told of the first write after it joined (it may have resent changes still being written).
      if (i === 0) readerTold = reader.acknowledgements;
    }
    expect(await storedText(sectionId)).toBe(firstParagraphText(reader.doc));
    expect(readerTold).toBeLessThanOrEqual(2);
    // None of the writer's next five writes is the reader's news.
    expect(reader.acknowledgements).toBe(readerTold);
    await stop(server, writer, reader);
  });

  it("never grows a seeded document across 20 restarts and 20 cold loads", async () => {
    const { sectionId } = await seedSection(handle.db, "Seeded once.");
    const initial = await storedRow(sectionId);
    for (let restart = 0; restart < 20; restart++) {
      const server = await start();
      const client = connect(server, sectionId);
      await waitFor(() => client.provider.isSynced, "sync");
      expect(firstParagraphText(client.doc)).toBe("Seeded once.");
      expect(client.doc.getXmlFragment("default").length).toBe(1);
      await stop(server, client);
      expect(await storedRow(sectionId)).toEqual(initial);
    }
    const server = await start();
    for (let load = 0; load < 20; load++) {
      const client = connect(server, sectionId);
      await waitFor(() => client.provider.isSynced, "sync");
      client.destroy();
      await waitFor(() => server.collab.hocuspocus.getDocumentsCount() === 0, "unload");
      expect(await storedRow(sectionId)).toEqual(initial);
    }
    await stop(server);
  });

  it("sends a client opening a stored section the section once, in its sync, not again as an update", async () => {
    const server = await start();
    const { sectionId } = await seedSection(handle.db, "The civil register records every birth. ".repeat(500));
    const size = Y.encodeStateAsUpdate(await loadStoredDoc(store, sectionId)).byteLength;
    expect(size).toBeGreaterThan(20_000);
    const client = connect(server, sectionId);
    await waitFor(() => client.provider.isSynced, "sync");
    // A change that makes a round trip through the loaded document: anything the load left to send has gone by then.
    new NodeTypist(client.doc).type(" One more.");
    await waitFor(() => client.isStored(), "stored acknowledgement");
    const whole = client.received.filter((frame) => frame.byteLength > size / 2);
    expect(whole).toHaveLength(1);
    await stop(server, client);
  });

  it("gives every block of a section stored without ids one on load, once, as nobody's writing", async () => {
    const { sectionId } = await seedSection(handle.db, "placeholder");
    // A section as stored before block ids existed, plus two blocks copied with the same id.
    const legacy = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Legacy heading" }] },
        { type: "paragraph", content: [{ type: "text", text: "Legacy text." }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "An item." }] }] }] },
        { type: "paragraph", attrs: { id: "copied1" }, content: [{ type: "text", text: "First copy." }] },
        { type: "paragraph", attrs: { id: "copied1" }, content: [{ type: "text", text: "Second copy." }] },
      ],
    };
    await handle.db.update(sections).set({ yState: yStateFromJSON(legacy) }).where(eq(sections.id, sectionId));
    const blockIds = (doc: Y.Doc) => {
      const out: string[] = [];
      const walk = (el: Y.XmlFragment | Y.XmlElement) => {
        for (const child of el.toArray()) {
          if (!(child instanceof Y.XmlElement)) continue;
          if (child.nodeName === "paragraph" || child.nodeName === "heading") out.push(String(child.getAttribute("id")));
          walk(child);
        }
      };
      walk(doc.getXmlFragment("default"));
      return out;
    };

    let server = await start();
    let client = connect(server, sectionId);
    await waitFor(() => client.provider.isSynced, "sync");
    const ids = blockIds(client.doc);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(ids[3]).toBe("copied1");
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{4,64}$/);
    // The ids are stored, attributed to nobody: opening a section never makes the reader one of its writers.
    await waitFor(async () => JSON.stringify(blockIds(await loadStoredDoc(store, sectionId))) === JSON.stringify(ids), "ids stored");
    const logged = await handle.db.select({ userId: sectionUpdates.userId }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId));
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((r) => r.userId === null)).toBe(true);
    await stop(server, client);
    expect(await handle.db.select().from(sectionWriters).where(eq(sectionWriters.sectionId, sectionId))).toEqual([]);

    // A second load finds nothing to do: same ids, nothing written.
    const before = await storedRow(sectionId);
    server = await start();
    client = connect(server, sectionId);
    await waitFor(() => client.provider.isSynced, "sync");
    expect(blockIds(client.doc)).toEqual(ids);
    await stop(server, client);
    expect(await storedRow(sectionId)).toEqual(before);
  });

  it("refuses the client and stores nothing when a load fails or is too slow", async () => {
    const { sectionId } = await seedSection(handle.db, "Keep me.");
    const before = await storedRow(sectionId);
    const failing: SectionStore = { ...store, load: () => Promise.reject(new Error("injected load failure")) };
    const slow: SectionStore = { ...store, load: (id) => new Promise((r) => setTimeout(() => r(store.load(id)), 1_000)) };
    for (const faulty of [{ store: failing }, { store: slow, loadTimeoutMs: 100 }]) {
      const server = await start(faulty);
      const client = connect(server, sectionId);
      await waitFor(() => client.refusal !== null, "refusal");
      expect(client.refusal).toBe(RefusalReasons.Unavailable);
      expect(client.doc.getXmlFragment("default").length).toBe(0);
      await stop(server, client);
      expect(await storedRow(sectionId)).toEqual(before);
    }
  });

  it("merges a researcher's offline edits with everyone's, each exactly once", async () => {
    const server = await start();
    const { sectionId } = await seedSection(handle.db, "Base.");
    const a = connect(server, sectionId);
    const b = connect(server, sectionId);
    await waitFor(() => a.provider.isSynced && b.provider.isSynced, "sync");
    const typeA = new NodeTypist(a.doc);
    const typeB = new NodeTypist(b.doc);
    typeA.type(" [a0]");
    await waitFor(() => firstParagraphText(b.doc).includes("[a0]"), "a0 at b");
    a.socket.disconnect();
    await waitFor(() => a.socket.status === "disconnected", "a offline");
    for (let i = 1; i <= 5; i++) {
      typeA.type(` [a${i}]`);
      typeB.type(` [b${i}]`);
    }
    void a.socket.connect();
    await waitFor(() => a.isStored() && b.isStored() && firstParagraphText(a.doc) === firstParagraphText(b.doc), "convergence");
    const text = firstParagraphText(a.doc);
    for (const token of ["[a0]", "[a1]", "[a5]", "[b1]", "[b5]"]) expect(text.split(token).length - 1).toBe(1);
    expect(text.length).toBe("Base.".length + 6 * 5 + 5 * 5);
    expect(await storedText(sectionId)).toBe(text);
    await stop(server, a, b);
  });

  it("stores every dirty document on shutdown even before its write was due", async () => {
    const server = await start({ flushDelayMs: 60_000, compactDebounceMs: 60_000 });
    const { sectionId } = await seedSection(handle.db, "Before.");
    const client = connect(server, sectionId);
    await waitFor(() => client.provider.isSynced, "sync");
    new NodeTypist(client.doc).type(" After.");
    await waitFor(() => !client.provider.hasUnsyncedChanges, "server received the edit");
    expect(await storedText(sectionId)).toBe("Before.");
    await server.close();
    expect(await storedText(sectionId)).toBe("Before. After.");
    expect((await storedRow(sectionId)).logRows).toBe(0);
    client.destroy();
  });

  it("closes a socket whose update would exceed the document size cap and stores nothing of it", async () => {
    const server = await start({ maxDocumentBytes: 4_096 });
    const { sectionId } = await seedSection(handle.db, "Small.");
    const before = await storedRow(sectionId);
    const client = connect(server, sectionId);
    await waitFor(() => client.provider.isSynced, "sync");
    new NodeTypist(client.doc).type("x".repeat(8_000));
    await waitFor(() => client.closeCodes.includes(CloseEvents.DocumentTooLarge.code), "close");
    await server.collab.flushAll();
    expect(await storedRow(sectionId)).toEqual(before);
    await stop(server, client);
  });

  it("refuses an update over /collab that holds a NUL or another control character, and stores nothing of it", async () => {
    const server = await start();
    const { sectionId } = await seedSection(handle.db, "Clean.");
    const before = await storedRow(sectionId);
    for (const bad of ["\u0000", "a\u0001b", "\u001b[31m"]) {
      const client = connect(server, sectionId);
      await waitFor(() => client.provider.isSynced, "sync");
      new NodeTypist(client.doc).type(bad);
      await waitFor(() => client.closeCodes.includes(CloseEvents.InvalidCharacters.code), "close");
      client.destroy();
    }
    await server.collab.flushAll();
    expect(await storedRow(sectionId)).toEqual(before);
    expect(await storedText(sectionId)).toBe("Clean.");
    await stop(server);
  });

  it("compacts and freezes a revision of a section whose stored log already holds a NUL", async () => {
    const { sectionId } = await seedSection(handle.db, "Before");
    // An update stored before the server refused such characters.
    const stored = await loadStoredDoc(store, sectionId);
    const vector = Y.encodeStateVector(stored);
    const para = stored.getXmlFragment("default").get(0) as Y.XmlElement;
    (para.get(0) as Y.XmlText).insert(6, "\u0000 NUL\u0001");
    await handle.db.insert(sectionUpdates).values({ sectionId, update: Y.encodeStateAsUpdate(stored, vector), userId });
    const server = await start({ compactDebounceMs: 50 });
    const client = connect(server, sectionId);
    await waitFor(() => client.provider.isSynced, "sync");
    new NodeTypist(client.doc).type(" after");
    await waitFor(() => client.isStored(), "stored acknowledgement");
    await waitFor(async () => (await storedRow(sectionId)).logRows === 0, "compaction");
    const [row] = await handle.db.select({ text: sections.contentText, json: sections.contentJson }).from(sections).where(eq(sections.id, sectionId));
    expect(row!.text).toBe("Before NUL after");
    expect(JSON.stringify(row!.json)).not.toMatch(/\\u000[01]/);
    const researcher = await buildUser(handle.db, { role: "researcher" });
    const rev = await submitForReview({ actor: researcher.actor, db: handle.db, input: { sectionId } });
    const [frozen] = await handle.db.select({ text: revisions.contentText }).from(revisions).where(eq(revisions.id, rev.id));
    expect(frozen!.text).toBe("Before NUL after");
    await stop(server, client);
  });
});
