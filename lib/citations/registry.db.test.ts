import { eq } from "drizzle-orm";
import { readerActor } from "@/lib/test/reader-actor";
import { describe, expect, it } from "vitest";
import { citationSources, sources } from "@/lib/db/schema/citations";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { addCitation } from "./add-citation";
import { addSource } from "./add-source";
import { findOrCreateSource } from "./find-or-create-source";
import { mergeSources } from "./merge-sources";
import { citationItems, searchSources } from "./queries";

let sectionId: string;
const db = testDatabaseForFile(async (handle) => {
  const u = await buildUser(handle.db);
  sectionId = (await buildProfile(handle.db, { countryCode: "IN", createdBy: u.id })).sections[0]!.id;
});

const bibtex = `@article{doe2024,
  author = {Doe, Jane and Roe, Richard},
  title = {Digital Identity and Statelessness},
  journal = {Journal of Identity Studies},
  year = {2024},
  doi = {10.1234/JIS.2024.001}
}`;

const ris = `TY  - RPRT
TI  - Civil Registration in Practice
PB  - Example Institute
PY  - 2023
UR  - https://example.org/reports/crvs/
ER  - `;

describe("source registry", () => {
  it("adds sources from BibTeX and RIS, and the same DOI or normalised URL finds the existing record", async () => {
    const r = await buildUser(db());
    const [fromBib] = await addSource({ actor: r.actor, db: db(), input: { mode: "paste", text: bibtex } });
    expect(fromBib).toMatchObject({ title: "Digital Identity and Statelessness", created: true });
    const [again] = await addSource({ actor: r.actor, db: db(), input: { mode: "paste", text: "https://doi.org/10.1234/jis.2024.001" } });
    expect(again).toMatchObject({ id: fromBib!.id, created: false });

    const [fromRis] = await addSource({ actor: r.actor, db: db(), input: { mode: "paste", text: ris } });
    expect(fromRis).toMatchObject({ title: "Civil Registration in Practice", created: true });
    // By hand, the same URL is a warning naming the record; confirmed, that record is the source.
    const byHand = { mode: "manual", title: "Other title", url: "HTTPS://EXAMPLE.org/reports/crvs#top" };
    await expect(addSource({ actor: r.actor, db: db(), input: byHand })).rejects.toMatchObject({ code: "conflict:duplicate_source", field: "url", duplicates: [{ id: fromRis!.id, reason: "url" }] });
    const [manual] = await addSource({ actor: r.actor, db: db(), input: { ...byHand, confirmDuplicate: true } });
    expect(manual).toMatchObject({ id: fromRis!.id, created: false });
    // A near-identical title (case, punctuation, one letter) is a warning too; confirmed, a new record.
    await expect(addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "civil registration in practise!" } })).rejects.toMatchObject({ field: "title", duplicates: [{ id: fromRis!.id, reason: "title" }] });
    const [second] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "civil registration in practise!", confirmDuplicate: true } });
    expect(second).toMatchObject({ created: true });
    expect((await searchSources(readerActor, db(), "civil")).map((s) => s.id).sort()).toEqual([fromRis!.id, second!.id].sort());
  });

  it("stores a title with markup as plain text", async () => {
    const r = await buildUser(db());
    const title = "<img src=x onerror=alert(1)> Report";
    const [s] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title, url: "https://example.org/xss" } });
    const [row] = await db().select().from(sources).where(eq(sources.id, s!.id));
    expect(row!.title).toBe(title);
  });

  it("names the field for bad input and writes nothing", async () => {
    const r = await buildUser(db());
    const before = (await db().select().from(sources)).length;
    await expect(addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "x", url: "javascript:alert(1)" } })).rejects.toMatchObject({ field: "url" });
    await expect(addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "  " } })).rejects.toMatchObject({ field: "title" });
    await expect(addSource({ actor: r.actor, db: db(), input: { mode: "paste", text: "@article{broken, title = {Unclosed" } })).rejects.toMatchObject({ field: "text" });
    const viewer = await buildUser(db(), { role: "viewer" });
    await expect(addSource({ actor: viewer.actor, db: db(), input: { mode: "manual", title: "x" } })).rejects.toThrow(/permission/);
    expect((await db().select().from(sources)).length).toBe(before);
  });
});

describe("the URL policy at every way a source comes in", () => {
  it.each([
    ["manual javascript:", { mode: "manual", title: "x", url: " JaVaScRiPt:alert(1)" }, "url"],
    ["manual data:", { mode: "manual", title: "x", url: "data:text/html,<script>alert(1)</script>" }, "url"],
    ["manual tab in the scheme", { mode: "manual", title: "x", url: "java\tscript:alert(1)" }, "url"],
    ["pasted CSL-JSON", { mode: "paste", text: JSON.stringify([{ type: "webpage", title: "Evil", URL: "javascript:alert(1)" }]) }, "text"],
    ["pasted BibTeX", { mode: "paste", text: "@misc{evil,\n  title = {Evil},\n  url = {data:text/html,x}\n}" }, "text"],
    ["pasted RIS", { mode: "paste", text: "TY  - ELEC\nTI  - Evil\nUR  - vbscript:msgbox(1)\nER  - " }, "text"],
  ])("refuses a %s URL naming the field and stores nothing", async (_label, input, field) => {
    const r = await buildUser(db());
    const before = (await db().select().from(sources)).length;
    await expect(addSource({ actor: r.actor, db: db(), input })).rejects.toMatchObject({ field, message: expect.stringMatching(/http:\/\/ or https:\/\//) });
    expect((await db().select().from(sources)).length).toBe(before);
  });

  it("refuses an unsafe URL in findOrCreateSource, the one writer every path (import included) goes through", async () => {
    const r = await buildUser(db());
    await expect(db().transaction((tx) => findOrCreateSource(tx, { type: "webpage", title: "Evil", URL: "data:text/html,x" }, { createdBy: r.id }))).rejects.toMatchObject({ field: "url" });
  });
});

describe("a pasted URL or DOI without a title", () => {
  it("is refused naming the title field, stores nothing, and is stored under the title given", async () => {
    const r = await buildUser(db());
    const url = "https://example.org/bare/url-only";
    const before = (await db().select().from(sources)).length;
    await expect(addSource({ actor: r.actor, db: db(), input: { mode: "paste", text: url } })).rejects.toMatchObject({ field: "title" });
    await expect(addSource({ actor: r.actor, db: db(), input: { mode: "paste", text: "10.5555/no.title" } })).rejects.toMatchObject({ field: "title" });
    expect((await db().select().from(sources)).length).toBe(before);
    const [s] = await addSource({ actor: r.actor, db: db(), input: { mode: "paste", text: url, title: "Bare URL Report" } });
    expect(s).toMatchObject({ title: "Bare URL Report", url, created: true });
    const [again] = await addSource({ actor: r.actor, db: db(), input: { mode: "paste", text: url } });
    expect(again).toMatchObject({ id: s!.id, created: false });
  });
});

describe("citations", () => {
  it("requires an access date for a source with a URL, a real date, not in the future", async () => {
    const r = await buildUser(db());
    const [s] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "Dated", url: "https://example.org/dated" } });
    const cite = (accessed: string | null) => addCitation({ actor: r.actor, db: db(), input: { sectionId, items: [{ sourceId: s!.id, accessed }] } });
    await expect(cite(null)).rejects.toMatchObject({ field: "items.0.accessed" });
    await expect(cite("2025-02-30")).rejects.toMatchObject({ field: "items.0.accessed", message: expect.stringMatching(/real calendar date/) });
    const tomorrowEverywhere = new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 10);
    await expect(cite(tomorrowEverywhere)).rejects.toThrow(/future/);
    const { citationId } = await cite("2025-06-01");
    const items = await citationItems(readerActor, db(), [citationId]);
    expect(items.get(citationId)).toHaveLength(1);
  });

  it("a footnote can cite several sources, in order, with pinpoints", async () => {
    const r = await buildUser(db());
    const [a] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "First", url: "https://example.org/first" } });
    const [b] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "Second Act", type: "legislation" } });
    const { citationId } = await addCitation({
      actor: r.actor,
      db: db(),
      input: { sectionId, items: [{ sourceId: a!.id, accessed: "2025-12-01", pinpoint: "para 4" }, { sourceId: b!.id }] },
    });
    const items = (await citationItems(readerActor, db(), [citationId])).get(citationId)!;
    expect(items.map((i) => [i.source.title, i.pinpoint, i.accessed])).toEqual([
      ["First", "para 4", "2025-12-01"],
      ["Second Act", null, null],
    ]);
  });

  it("merging two records repoints every citation to the one kept", async () => {
    const r = await buildUser(db());
    const editor = await buildUser(db(), { role: "editor" });
    const [keep] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "Same report", url: "https://example.org/same" } });
    const [dupe] = await addSource({ actor: r.actor, db: db(), input: { mode: "manual", title: "Same report (mirror)", url: "https://mirror.example.org/same" } });
    const { citationId } = await addCitation({ actor: r.actor, db: db(), input: { sectionId, items: [{ sourceId: dupe!.id, accessed: "2025-11-01" }] } });
    await expect(mergeSources({ actor: r.actor, db: db(), input: { keepId: keep!.id, mergeId: dupe!.id } })).rejects.toThrow(/permission/);
    await expect(mergeSources({ actor: editor.actor, db: db(), input: { keepId: keep!.id, mergeId: keep!.id } })).rejects.toMatchObject({ field: "mergeId" });
    expect(await mergeSources({ actor: editor.actor, db: db(), input: { keepId: keep!.id, mergeId: dupe!.id } })).toMatchObject({ moved: 1 });
    const [link] = await db().select().from(citationSources).where(eq(citationSources.citationId, citationId));
    expect(link!.sourceId).toBe(keep!.id);
    expect((await searchSources(readerActor, db(), "Same report")).map((s) => s.id)).toEqual([keep!.id]);
  });
});
