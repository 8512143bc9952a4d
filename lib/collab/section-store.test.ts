import { eq } from "drizzle-orm";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { openTestDatabase } from "@/lib/test/test-database";
import { loadStoredDoc } from "@/lib/test/load-stored-doc";
import { firstParagraphText, NodeTypist } from "@/lib/test/node-typist";
import { createSectionStore, type LoadedSection, type SectionStore } from "./section-store";
import { seedSection } from "@/lib/test/seed-section";
import { buildUser } from "@/lib/test/factories";

let handle: DatabaseHandle;
let store: SectionStore;

async function loadInto(sectionId: string): Promise<LoadedSection> {
  const stored = (await store.load(sectionId))!;
  return { doc: stored.doc, knownIds: new Set(stored.log.map((r) => r.id)), stateHash: stored.stateHash };
}

/** Types into a copy of the document and returns the update, as another instance would produce it. */
function editElsewhere(from: Y.Doc, text: string): Uint8Array {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(from));
  const before = Y.encodeStateVector(other);
  new NodeTypist(other).type(text);
  return Y.encodeStateAsUpdate(other, before);
}

beforeAll(async () => {
  handle = await openTestDatabase();
  store = createSectionStore(handle.db);
});

afterAll(async () => {
  await handle?.close();
});

describe("section store compaction", () => {
  it("folds its own log into the snapshot with derived JSON and text", async () => {
    const { sectionId } = await seedSection(handle.db, "One");
    const loaded = await loadInto(sectionId);
    const before = Y.encodeStateVector(loaded.doc);
    new NodeTypist(loaded.doc).type(" two");
    const ids = await store.append(sectionId, [{ update: Y.encodeStateAsUpdate(loaded.doc, before), userId: null }]);
    ids.forEach((id) => loaded.knownIds.add(id));
    expect(await store.compact(sectionId, loaded)).toBe(1);
    const [row] = await handle.db.select().from(sections).where(eq(sections.id, sectionId));
    expect(row!.contentText).toBe("One two");
    expect(await handle.db.select().from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId))).toHaveLength(0);
    expect(await store.compact(sectionId, loaded)).toBe(0);
  });

  it("keeps rows another instance logged and a snapshot another instance compacted", async () => {
    const { sectionId } = await seedSection(handle.db, "Base");
    const mine = await loadInto(sectionId);
    const theirs = await loadInto(sectionId);
    await store.append(sectionId, [{ update: editElsewhere(theirs.doc, " theirs-logged"), userId: null }]);
    const compactedElsewhere = await loadInto(sectionId);
    await store.compact(sectionId, compactedElsewhere);
    await store.append(sectionId, [{ update: editElsewhere(compactedElsewhere.doc, " theirs-again"), userId: null }]);

    const own = Y.encodeStateVector(mine.doc);
    new NodeTypist(mine.doc).type(" mine");
    (await store.append(sectionId, [{ update: Y.encodeStateAsUpdate(mine.doc, own), userId: null }])).forEach((id) => mine.knownIds.add(id));
    await store.compact(sectionId, mine);

    const text = firstParagraphText(await loadStoredDoc(store, sectionId));
    for (const part of [" theirs-logged", " theirs-again", " mine"]) expect(text.split(part).length - 1).toBe(1);
    expect(text.startsWith("Base")).toBe(true);
  });

  it("appends a batch of many writers' rows in order, all or none", async () => {
    const { sectionId } = await seedSection(handle.db, "Chunked:");
    const doc = (await loadInto(sectionId)).doc;
    const updates = Array.from({ length: 11 }, (_, i) => editElsewhere(doc, `w${i}`));
    const ids = await store.append(sectionId, updates.map((update) => ({ update, userId: null })));
    expect(ids).toHaveLength(11);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const rows = await handle.db.select({ id: sectionUpdates.id, update: sectionUpdates.update }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId));
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(ids);
    // Each row holds its own update, byte for byte, in batch order.
    const byId = new Map(rows.map((r) => [r.id, r.update]));
    expect(ids.map((id) => Buffer.from(byId.get(id)!).toString("hex"))).toEqual(updates.map((u) => Buffer.from(u).toString("hex")));

    // A row the database refuses (an unknown writer) in the last statement: nothing of the batch is stored.
    const broken = [...updates.map((update) => ({ update, userId: null as string | null })), { update: updates[0]!, userId: "00000000-0000-4000-8000-000000000000" }];
    await expect(store.append(sectionId, broken)).rejects.toThrow();
    const after = await handle.db.select({ id: sectionUpdates.id }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId));
    expect(after).toHaveLength(11);
  });

  it("stores each row's writer and whether it only touched suggestions", async () => {
    const { sectionId } = await seedSection(handle.db, "Writers:");
    const doc = (await loadInto(sectionId)).doc;
    const [ana, ben] = [await buildUser(handle.db, { name: "Ana" }), await buildUser(handle.db, { name: "Ben" })];
    const entries = [
      { update: editElsewhere(doc, "a"), userId: ana.id, suggestionOnly: true },
      { update: editElsewhere(doc, "b"), userId: null },
      { update: editElsewhere(doc, "c"), userId: ben.id, suggestionOnly: false },
    ];
    const ids = await store.append(sectionId, entries);
    const rows = await handle.db.select().from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(ids.map((id) => [byId.get(id)!.userId, byId.get(id)!.suggestionOnly])).toEqual([
      [ana.id, true],
      [null, false],
      [ben.id, false],
    ]);
  });
});
