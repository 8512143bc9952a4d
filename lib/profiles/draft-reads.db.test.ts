import { describe, expect, it } from "vitest";
import { addCitation } from "@/lib/citations/add-citation";
import { addSource } from "@/lib/citations/add-source";
import { citationItems, citationItemsInProfile, citationItemsOfProfile, profileCitationIds, searchSources } from "@/lib/citations/queries";
import { buildCitation } from "@/lib/test/build-citation";
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
    await expect(citationItemsOfProfile(actor, db(), ke.id, { limit: 10 })).rejects.toThrow(/Sign in|disabled/);
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

describe("a profile's citations read page by page (no ids in a URL)", () => {
  it("returns every citation of the profile exactly once, with its sources, and none of another profile", async () => {
    const u = await buildUser(db());
    const p = await buildProfile(db(), { countryCode: "TZ", createdBy: u.id });
    const other = await buildProfile(db(), { countryCode: "RW", createdBy: u.id });
    const mine: string[] = [];
    for (let i = 0; i < 7; i++) mine.push((await buildCitation(db(), { sectionId: p.sections[i % 2]!.id, title: `Paged source ${i}` })).citationId);
    const theirs = await buildCitation(db(), { sectionId: other.sections[0]!.id, title: "Other profile source" });

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const { items, next } = await citationItemsOfProfile(readerActor, db(), p.id, { after, limit: 3 });
      pages++;
      expect(items.size).toBeLessThanOrEqual(3);
      for (const [id, noteItems] of items) {
        seen.push(id);
        expect(noteItems[0]?.source.title).toMatch(/^Paged source \d$/);
      }
      after = next ?? undefined;
    } while (after);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...mine].sort());
    expect(seen).not.toContain(theirs.citationId);
  });
});
