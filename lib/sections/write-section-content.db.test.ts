import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sources, citationSources } from "@/lib/db/schema/citations";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { deriveContentFromState } from "@/lib/editor/ydoc-content";
import { buildProfile } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { writeSectionContent } from "./write-section-content";

const db = testDatabaseForFile();

describe("writeSectionContent", () => {
  it("creates the footnotes, builds the Yjs state on the server and derives JSON and text from it", async () => {
    const profile = await buildProfile(db(), { countryCode: "FR" });
    const sectionId = profile.sections[0]!.id;
    const [source] = await db().insert(sources).values({ csl: { title: "A source" }, title: "A source" }).returning();
    const id = randomUUID();
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Cited here." }, { type: "citation", attrs: { citationId: id } }] }] };
    const result = await writeSectionContent(db(), { sectionId, doc, citations: [{ id, items: [{ sourceId: source!.id, accessed: "2025-01-02", pinpoint: "s 3" }] }], createdBy: null });
    expect(result.citationIds).toEqual([id]);
    const [row] = await db().select().from(sections).where(eq(sections.id, sectionId));
    expect(row!.contentText).toBe("Cited here.");
    expect(row!.contentJson).toEqual(deriveContentFromState(row!.yState!).json);
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, row!.yState!);
    expect(ydoc.getXmlFragment("default").length).toBe(1);
    const [item] = await db().select().from(citationSources).where(eq(citationSources.citationId, id));
    expect(item).toMatchObject({ accessedAt: "2025-01-02", pinpoint: "s 3", position: 0 });
  });

  it("refuses a marker naming an unknown citation, and a section that has been edited, changing nothing", async () => {
    const profile = await buildProfile(db(), { countryCode: "DE" });
    const [a, b] = profile.sections;
    const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "citation", attrs: { citationId: randomUUID() } }] }] };
    await expect(db().transaction((tx) => writeSectionContent(tx, { sectionId: a!.id, doc, createdBy: null }))).rejects.toMatchObject({ field: "doc" });
    await db().insert(sectionUpdates).values({ sectionId: b!.id, update: new Uint8Array([0, 0]) });
    const plain = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x" }] }] };
    await expect(writeSectionContent(db(), { sectionId: b!.id, doc: plain, createdBy: null })).rejects.toThrow(/edited/);
    const rows = await db().select({ text: sections.contentText }).from(sections).where(eq(sections.profileId, profile.id));
    expect(rows.every((r) => r.text === "")).toBe(true);
  });
});
