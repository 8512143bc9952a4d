import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { openTestDatabase } from "@/lib/test/test-database";
import { writeSectionContent } from "@/lib/sections/write-section-content";
import { citationOrdersRequest, parseCitationOrdersMessage, type CitationOrders } from "./citation-orders-message";
import { allProfilesChannelName, profileChannelName, sectionDocumentName } from "./document-name";
import { connectNodeClient, waitFor, type NodeClient } from "@/lib/test/node-client";
import { appendCitation } from "@/lib/test/node-typist";
import { startTestCollabServer, type TestCollabServer } from "@/lib/test/start-test-collab-server";

let handle: DatabaseHandle;
let server: TestCollabServer;
let cookie: string;
const clients: NodeClient[] = [];

function connect(documentName: string): NodeClient {
  const client = connectNodeClient({ url: server.url, documentName, headers: { cookie } });
  clients.push(client);
  return client;
}

/** Every citation-orders message the client hears, merged as an editor merges them (asking, as an editor does, when `ask`). */
function followOrders(client: NodeClient, ask = true): { orders: CitationOrders; messages: number } {
  const heard = { orders: {} as CitationOrders, messages: 0 };
  if (ask) client.provider.on("synced", () => client.provider.sendStateless(citationOrdersRequest));
  client.provider.on("stateless", ({ payload }: { payload: string }) => {
    const orders = parseCitationOrdersMessage(payload);
    if (!orders) return;
    heard.messages += 1;
    Object.assign(heard.orders, orders);
  });
  return heard;
}

async function storedOrder(sectionId: string): Promise<string[] | null> {
  const [row] = await handle.db.select({ order: sections.citationOrder }).from(sections).where(eq(sections.id, sectionId));
  return row!.order;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  server = await startTestCollabServer({ db: handle.db, flushDelayMs: 20 });
  const user = await buildUser(handle.db, { role: "researcher" });
  cookie = await server.cookieFor(user.id);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
  await handle?.close();
});

describe("the profile channel", () => {
  it("tells editors every section's stored citation order, then each change, with one section document per editor", async () => {
    const profile = await buildProfile(handle.db, { countryCode: "FR" });
    const [first, , third] = profile.sections;
    const cited = randomUUID();
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Seeded." }] }] };
    await writeSectionContent(handle.db, { sectionId: third!.id, doc, createdBy: null });
    // The one section writer keeps the stored order (here: no citation).
    expect(await storedOrder(third!.id)).toEqual([]);

    const editor = connect(sectionDocumentName(first!.id));
    const channel = connect(profileChannelName(profile.id));
    const heard = followOrders(channel);
    await waitFor(() => editor.provider.isSynced && heard.messages > 0, "sync and the first orders");
    expect(Object.keys(heard.orders).sort()).toEqual(profile.sections.map((s) => s.id).sort());
    expect(heard.orders[first!.id]).toEqual([]);

    appendCitation(editor.doc, cited);
    await waitFor(() => heard.orders[first!.id]?.length === 1, "the new order on the channel");
    expect(heard.orders[first!.id]).toEqual([cited]);
    expect(await storedOrder(first!.id)).toEqual([cited]);

    // Only the open section is loaded: the channel is an empty document, not the profile's sections.
    expect(server.collab.stats().documents).toEqual({ section: 1, profile: 1 });
    expect(channel.doc.share.size).toBe(0);

    // A late joiner hears the current order from the start.
    const late = connect(profileChannelName(profile.id));
    const lateHeard = followOrders(late);
    await waitFor(() => lateHeard.messages > 0, "the late joiner's orders");
    expect(lateHeard.orders[first!.id]).toEqual([cited]);

    // A listener that does not ask (the countries list) costs no read: it hears only changes.
    const listener = connect(profileChannelName(profile.id));
    const listenerHeard = followOrders(listener, false);
    await waitFor(() => listener.provider.isSynced, "the listener's sync");
    appendCitation(editor.doc, randomUUID());
    await waitFor(() => listenerHeard.messages > 0, "the change reaching the listener");
    expect(Object.keys(listenerHeard.orders)).toEqual([first!.id]);
  });

  it("acknowledges a deletion-only change as stored only once the server has written it", async () => {
    const profile = await buildProfile(handle.db, { countryCode: "DE" });
    const sectionId = profile.sections[0]!.id;
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Delete some of this." }] }] };
    await writeSectionContent(handle.db, { sectionId, doc, createdBy: null });
    const editor = connect(sectionDocumentName(sectionId));
    await waitFor(() => editor.isStored(), "the first acknowledgement");
    const paragraph = editor.doc.getXmlFragment("default").get(0) as Y.XmlElement;
    const before = Y.encodeStateVector(editor.doc);
    (paragraph.get(0) as Y.XmlText).delete(0, 7);
    expect(Y.encodeStateVector(editor.doc)).toEqual(before);
    expect(editor.isStored()).toBe(false);
    await waitFor(() => editor.isStored(), "the deletion acknowledged");
    const reader = connect(sectionDocumentName(sectionId));
    await waitFor(() => reader.provider.isSynced, "a second editor");
    expect(((reader.doc.getXmlFragment("default").get(0) as Y.XmlElement).get(0) as Y.XmlText).toString()).toBe("some of this.");
  });

  it("the countries list hears every profile's review status on one channel, one document for any number of profiles", async () => {
    const profiles = await Promise.all(["PT", "ES", "IT", "GR", "CY", "SI", "HR", "SK", "CZ", "AT"].map((countryCode) => buildProfile(handle.db, { countryCode })));
    const before = server.collab.stats().documents;
    const listener = connect(allProfilesChannelName);
    const heard: string[] = [];
    listener.provider.on("stateless", ({ payload }: { payload: string }) => heard.push(payload));
    await waitFor(() => listener.provider.isSynced, "the all-profiles channel's sync");
    expect(server.collab.stats().documents).toEqual(before);
    for (const p of profiles) server.collab.broadcastToAllProfiles(`review-status:${p.id}`);
    await waitFor(() => heard.length === profiles.length, "every profile's message");
    expect(heard).toEqual(profiles.map((p) => `review-status:${p.id}`));
  });
});
