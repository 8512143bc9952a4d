import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sources } from "@/lib/db/schema/citations";
import { sections } from "@/lib/db/schema/profiles";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { buildApprovedRevision, buildCitation, docOf } from "@/lib/test/version-factories";
import { publishVersion } from "@/lib/versions/publish-version";
import { searchDrafts } from "./search-drafts";
import { searchPublished } from "./search-published";

const db = testDatabaseForFile();
const kind = process.env.FOLIO_TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

describe(`search (${kind})`, () => {
  it("finds paragraphs of the newest published version only, with a safe highlighted snippet and the paragraph's anchor", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    const researcher = await buildUser(db(), { role: "researcher" });
    const profile = await buildProfile(db(), { countryCode: "GH", createdBy: editor.id });
    const overview = profile.sections[0]!;
    await buildCitation(db(), { sectionId: overview.id, title: "Ghana Card registry <img src=x onerror=alert(1)>", url: "https://example.org/ghana-card", accessed: new Date().toISOString().slice(0, 10) });
    const approve = (text: string) => buildApprovedRevision(db(), { sectionId: overview.id, content: docOf([text]), submittedBy: researcher.id, reviewerId: editor.id });

    await approve("Ghana & Togo: the <b>Ghanacard</b> is issued to residents through enrolment centres.");
    await publishVersion({ actor: editor.actor, db: db(), iso: "gh", input: { changelog: "v1" } });
    const v1 = await searchPublished({ db: db(), input: { q: "enrolment centres" } });
    expect(v1).toHaveLength(1);
    expect(v1[0]).toMatchObject({ iso: "GH", country: "Ghana", version: 1, section: overview.title });
    expect(v1[0]!.href).toMatch(/^\/profiles\/gh\/v\/1#p-[A-Za-z0-9_-]+$/);
    expect(v1[0]!.snippetHtml).toContain("<mark>enrolment</mark> <mark>centres</mark>");
    expect(v1[0]!.snippetHtml).toContain("Ghana &amp; Togo");
    expect(v1[0]!.snippetHtml.replace(/<\/?mark>/g, "")).not.toMatch(/<[a-z]/i);

    await approve("Ghana & Togo: the <b>Ghanacard</b> is issued to residents through district offices.");
    await publishVersion({ actor: editor.actor, db: db(), iso: "gh", input: { changelog: "v2" } });
    expect(await searchPublished({ db: db(), input: { q: "enrolment" } })).toEqual([]);
    const v2 = await searchPublished({ db: db(), input: { q: "\"district offices\"" } });
    expect(v2.map((h) => [h.version, h.anchor])).toEqual([[2, v1[0]!.anchor]]);
  });

  it("searches drafts and the source registry for signed-in users only", async () => {
    const viewer = await buildUser(db(), { role: "viewer" });
    const profile = await buildProfile(db(), { countryCode: "SN" });
    const section = profile.sections[1]!;
    await db().update(sections).set({ contentText: "Senegal plans a biometric voter register for 2027." }).where(eq(sections.id, section.id));
    await buildCitation(db(), { sectionId: section.id, title: "Biometric register decree", url: "https://example.org/sn-decree" });

    const found = await searchDrafts({ actor: viewer.actor, db: db(), input: { q: "biometric" } });
    expect(found.drafts).toEqual([expect.objectContaining({ iso: "sn", country: "Senegal", section: section.title, href: `/countries/sn/sections/${section.id}` })]);
    expect(found.drafts[0]!.snippetHtml).toContain("<mark>biometric</mark>");
    expect(found.sources.map((s) => s.title)).toContain("Biometric register decree");
    await expect(searchDrafts({ actor: null, db: db(), input: { q: "biometric" } })).rejects.toThrow(/Sign in/);
    // Nothing published: public readers see nothing of the draft.
    expect(await searchPublished({ db: db(), input: { q: "biometric" } })).toEqual([]);
  });

  it("finds sources by publisher and by part of their URL; a draft hit opens the editor at the paragraph", async () => {
    const viewer = await buildUser(db(), { role: "viewer" });
    const profile = await buildProfile(db(), { countryCode: "KR" });
    const section = profile.sections[0]!;
    const { sourceId } = await buildCitation(db(), { sectionId: section.id, title: "Card rollout reaches ninety percent", url: "https://www.yomiuri.co.jp/national/2025/card" });
    await db().update(sources).set({ csl: { type: "article-newspaper", title: "Card rollout reaches ninety percent", publisher: "Yomiuri Shimbun", URL: "https://www.yomiuri.co.jp/national/2025/card" } }).where(eq(sources.id, sourceId));
    for (const q of ["Yomiuri", "yomiuri.co.jp"]) expect((await searchDrafts({ actor: viewer.actor, db: db(), input: { q } })).sources.map((s) => s.id), q).toEqual([sourceId]);

    const doc = { type: "doc", content: [{ type: "paragraph", attrs: { id: "blk-one" }, content: [{ type: "text", text: "Korea issues resident registration cards." }] }, { type: "paragraph", attrs: { id: "blk-two" }, content: [{ type: "text", text: "Mobile driver licences arrived in 2022." }] }] };
    await db().update(sections).set({ contentJson: doc, contentText: "Korea issues resident registration cards. Mobile driver licences arrived in 2022." }).where(eq(sections.id, section.id));
    const hit = (await searchDrafts({ actor: viewer.actor, db: db(), input: { q: "licences" } })).drafts.find((d) => d.iso === "kr")!;
    expect(hit.href).toBe(`/countries/kr/sections/${section.id}#p-blk-two`);
  });

  it("refuses bad queries with an error naming q", async () => {
    for (const q of ["", " x ", "a".repeat(201), "bad\u0001query", 42]) {
      await expect(searchPublished({ db: db(), input: { q } })).rejects.toMatchObject({ field: "q" });
    }
    await expect(searchPublished({ db: db(), input: {} })).rejects.toMatchObject({ field: "q" });
  });
});
