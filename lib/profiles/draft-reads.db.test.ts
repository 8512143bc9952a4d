import { describe, expect, it } from "vitest";
import { addCitation } from "@/lib/citations/add-citation";
import { addSource } from "@/lib/citations/add-source";
import { citationItems, citationItemsInProfile, profileCitationIds, searchSources } from "@/lib/citations/queries";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { readerActor } from "@/lib/test/reader-actor";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { loadFootnotes } from "./footnotes";
import { getProfileByCountry, listProfiles } from "./queries";

let ke: { id: string; sectionId: string };
let ug: { id: string; sectionId: string };
const db = testDatabaseForFile(async (handle) => {
  const u = await buildUser(handle.db);
  const a = await buildProfile(handle.db, { countryCode: "KE", createdBy: u.id });
  const b = await buildProfile(handle.db, { countryCode: "UG", createdBy: u.id });
  ke = { id: a.id, sectionId: a.sections[0]!.id };
  ug = { id: b.id, sectionId: b.sections[0]!.id };
});

const docCiting = (...ids: string[]) => ({ type: "doc", content: [{ type: "paragraph", content: ids.map((citationId) => ({ type: "citation", attrs: { citationId } })) }] });

describe("draft reads check the policy themselves", () => {
  it.each([
    ["anonymous", null],
    ["a disabled viewer", { ...readerActor, disabled: true }],
  ] as const)("refuse %s", async (_who, actor) => {
    await expect(getProfileByCountry(actor, db(), "KE")).rejects.toThrow(/Sign in|disabled/);
    await expect(listProfiles(actor, db())).rejects.toThrow(/Sign in|disabled/);
    await expect(searchSources(actor, db(), "")).rejects.toThrow(/Sign in|disabled/);
    await expect(citationItems(actor, db(), [])).rejects.toThrow(/Sign in|disabled/);
    await expect(profileCitationIds(actor, db(), ke.id)).rejects.toThrow(/Sign in|disabled/);
    await expect(loadFootnotes(actor, db(), ke.id, [])).rejects.toThrow(/Sign in|disabled/);
  });

  it("let a viewer read", async () => {
    expect((await getProfileByCountry(readerActor, db(), "KE"))?.id).toBe(ke.id);
    expect((await listProfiles(readerActor, db())).map((p) => p.countryCode)).toEqual(expect.arrayContaining(["KE", "UG"]));
  });
});

describe("a citation node whose id belongs to another profile", () => {
  it("is not numbered in the profile's footnotes", async () => {
    const r = await buildUser(db());
    const [s] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "Own Source", url: "https://example.org/own" } });
    const [t] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "Foreign Source", url: "https://example.org/foreign" } });
    const own = await addCitation({ actor: r.actor, db: db(), input: { sectionId: ke.sectionId, items: [{ sourceId: s!.id, accessed: "2026-01-05" }] } });
    const foreign = await addCitation({ actor: r.actor, db: db(), input: { sectionId: ug.sectionId, items: [{ sourceId: t!.id, accessed: "2026-01-05" }] } });
    const notes = await loadFootnotes(readerActor, db(), ke.id, [{ id: ke.sectionId, contentJson: docCiting(foreign.citationId, own.citationId) }]);
    expect(notes.map((n) => [n.number, n.citationId])).toEqual([[1, own.citationId]]);
    expect(notes[0]!.text).toContain("Own Source");
  });

  it("is sent to the editor as foreign, without its sources", async () => {
    const r = await buildUser(db());
    const [s] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "Own Source 2", url: "https://example.org/own-2" } });
    const [t] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "Foreign Source 2", url: "https://example.org/foreign-2" } });
    const own = await addCitation({ actor: r.actor, db: db(), input: { sectionId: ke.sectionId, items: [{ sourceId: s!.id, accessed: "2026-01-05" }] } });
    const foreign = await addCitation({ actor: r.actor, db: db(), input: { sectionId: ug.sectionId, items: [{ sourceId: t!.id, accessed: "2026-01-05" }] } });
    const { items, foreign: foreignIds } = await citationItemsInProfile(readerActor, db(), ke.id, [foreign.citationId, own.citationId]);
    expect(foreignIds).toEqual([foreign.citationId]);
    expect([...items.keys()]).toEqual([own.citationId]);
    await expect(citationItemsInProfile(null, db(), ke.id, [own.citationId])).rejects.toThrow(/Sign in|disabled/);
  });
});
