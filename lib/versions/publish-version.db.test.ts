import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/lib/db/schema/auth";
import { citationSources, sources } from "@/lib/db/schema/citations";
import { profileVersions } from "@/lib/db/schema/profiles";
import { publishedParagraphs } from "@/lib/db/schema/versions";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { buildApprovedRevision, buildCitation, docOf } from "@/lib/test/version-factories";
import { loadVersion } from "./load-version";
import { planPublish } from "./publish-plan";
import { publishVersion } from "./publish-version";

const db = testDatabaseForFile();
const kind = process.env.FOLIO_TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

async function setup(countryCode: string) {
  const editor = await buildUser(db(), { role: "editor" });
  const researcher = await buildUser(db(), { role: "researcher" });
  const profile = await buildProfile(db(), { countryCode, createdBy: editor.id });
  const [overview, second] = profile.sections;
  const cite = await buildCitation(db(), { sectionId: overview!.id, title: "Card site <img src=x onerror=alert(1)>", url: "https://example.org/card", accessed: "2025-12-22", pinpoint: "s 2" });
  const approve = (sectionId: string, content: Record<string, unknown>) => buildApprovedRevision(db(), { sectionId, content, submittedBy: researcher.id, reviewerId: editor.id });
  return { editor, researcher, profile, overview: overview!, second: second!, cite, approve };
}

describe(`publishVersion (${kind})`, () => {
  it("publishes approved sections only, freezes sources, writes paragraphs and the audit row together", async () => {
    const { editor, overview, cite, approve, profile } = await setup("KE");
    await approve(overview.id, docOf(["Kenya issues Maisha Namba.", { cite: cite.citationId }], ["Second paragraph."]));
    const plan = await planPublish(db(), "ke");
    expect(plan.sections.filter((s) => s.state === "approved").map((s) => s.id)).toEqual([overview.id]);
    expect(plan.sections.filter((s) => s.state === "not-approved").length).toBe(profile.sections.length - 1);

    const v1 = await publishVersion({ actor: editor.actor, db: db(), iso: "ke", input: { changelog: "First version." } });
    expect(v1.version).toBe(1);
    expect(v1.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const loaded = (await loadVersion(db(), { iso: "KE" }))!;
    expect(loaded.manifest.sections.map((s) => s.id)).toEqual([overview.id]);
    expect(loaded.manifest.omitted.length).toBe(profile.sections.length - 1);
    expect(loaded.manifest.footnotes[0]!.sources[0]).toMatchObject({ title: "Card site <img src=x onerror=alert(1)>", url: "https://example.org/card", accessed: "2025-12-22", pinpoint: "s 2" });
    const paragraphs = await db().select().from(publishedParagraphs).where(eq(publishedParagraphs.versionId, loaded.id));
    expect(paragraphs.map((p) => p.text)).toEqual(["Kenya issues Maisha Namba.", "Second paragraph."]);
    const audit = await db().select().from(auditLog).where(eq(auditLog.subjectId, loaded.id));
    expect(audit).toMatchObject([{ action: "profile.publish", actorId: editor.id, reason: "First version." }]);

    // Editing or merging the source later never changes the old version.
    await db().update(sources).set({ title: "Renamed" }).where(eq(sources.id, cite.sourceId));
    await db().update(citationSources).set({ accessedAt: "2026-01-05" }).where(eq(citationSources.id, cite.citationSourceId));
    const again = (await loadVersion(db(), { iso: "KE", number: 1 }))!;
    expect(again.manifest.footnotes[0]!.sources[0]).toMatchObject({ title: "Card site <img src=x onerror=alert(1)>", accessed: "2025-12-22" });
  });

  it("does not number a citation node whose id belongs to another profile", async () => {
    const { editor, overview, cite, approve } = await setup("MZ");
    const other = await buildProfile(db(), { countryCode: "ZM", createdBy: editor.id });
    const foreign = await buildCitation(db(), { sectionId: other.sections[0]!.id, title: "Zambia source", url: "https://example.org/zm", accessed: "2025-12-22" });
    await approve(overview.id, docOf(["Mozambique.", { cite: foreign.citationId }, " More.", { cite: cite.citationId }]));
    await publishVersion({ actor: editor.actor, db: db(), iso: "MZ", input: { changelog: "v1" } });
    const loaded = (await loadVersion(db(), { iso: "MZ" }))!;
    expect(loaded.manifest.footnotes.map((f) => [f.number, f.citationId])).toEqual([[1, cite.citationId]]);
  });

  it("refuses with the sections when nothing approved is new, and requires a changelog", async () => {
    const { editor, researcher, overview, approve } = await setup("UG");
    await approve(overview.id, docOf(["Uganda."]));
    await expect(publishVersion({ actor: editor.actor, db: db(), iso: "UG", input: { changelog: "  " } })).rejects.toMatchObject({ field: "changelog" });
    await expect(publishVersion({ actor: researcher.actor, db: db(), iso: "UG", input: { changelog: "x" } })).rejects.toThrow(/permission/);
    await publishVersion({ actor: editor.actor, db: db(), iso: "UG", input: { changelog: "v1" } });
    const refusal = await publishVersion({ actor: editor.actor, db: db(), iso: "UG", input: { changelog: "v2" } }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "conflict:publish" });
    expect((refusal as { sections: { state: string }[] }).sections[0]).toMatchObject({ id: overview.id, state: "unchanged" });
  });

  it("carries unchanged sections forward and keeps anchors where the text survives", async () => {
    const { editor, overview, second, approve } = await setup("TZ");
    await approve(overview.id, docOf(["Alpha paragraph about identity."], ["Beta paragraph about law."]));
    await approve(second.id, docOf(["Second section text."]));
    await publishVersion({ actor: editor.actor, db: db(), iso: "TZ", input: { changelog: "v1" } });
    const v1 = (await loadVersion(db(), { iso: "TZ" }))!;
    await approve(overview.id, docOf(["New opening paragraph."], ["Alpha paragraph about identity."], ["Beta paragraph about the law."]));
    const plan = await planPublish(db(), "TZ");
    expect(plan.sections.find((s) => s.id === second.id)).toMatchObject({ state: "unchanged", since: 1 });
    await publishVersion({ actor: editor.actor, db: db(), iso: "TZ", input: { changelog: "v2" } });
    const v2 = (await loadVersion(db(), { iso: "TZ" }))!;
    expect(v2.number).toBe(2);
    const [a1, b1] = v1.manifest.sections[0]!.paragraphs;
    const [n2, a2, b2] = v2.manifest.sections[0]!.paragraphs;
    expect(a2!.anchor).toBe(a1!.anchor);
    expect(b2!.anchor).toBe(b1!.anchor);
    expect(n2!.anchor).not.toBe(a1!.anchor);
    expect(v2.manifest.sections[1]).toEqual(v1.manifest.sections[1]);
  });

  it("repairs ids duplicated by a split", async () => {
    const { editor, overview, approve } = await setup("RW");
    const split = docOf(["First half."], ["Second half."]);
    for (const p of split.content as { attrs?: unknown }[]) p.attrs = { id: "dup-id-1" };
    await approve(overview.id, split);
    await publishVersion({ actor: editor.actor, db: db(), iso: "RW", input: { changelog: "v1" } });
    const anchors = (await loadVersion(db(), { iso: "RW" }))!.manifest.sections[0]!.paragraphs.map((p) => p.anchor);
    expect(anchors[0]).toBe("p-dup-id-1");
    expect(new Set(anchors).size).toBe(2);
  });

  it("two editors publishing at the same moment get N and N+1 or one clear refusal, never a duplicate", async () => {
    const { editor, overview, second, approve } = await setup("ET");
    const other = await buildUser(db(), { role: "editor" });
    await approve(overview.id, docOf(["One."]));
    await approve(second.id, docOf(["Two."]));
    const results = await Promise.allSettled([
      publishVersion({ actor: editor.actor, db: db(), iso: "ET", input: { changelog: "a" } }),
      publishVersion({ actor: other.actor, db: db(), iso: "ET", input: { changelog: "b" } }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ version: number }>).value.version);
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as { code?: string });
    expect(ok).toEqual([1]);
    expect(refused).toMatchObject([{ code: "conflict:publish" }]);
    const numbers = await db().select({ n: profileVersions.number }).from(profileVersions).innerJoin(sql`profiles p`, sql`p.id = ${profileVersions.profileId}`).where(sql`p.country_code = 'ET'`);
    expect(numbers.map((r) => r.n)).toEqual([1]);

    await approve(overview.id, docOf(["One, revised."]));
    await approve(second.id, docOf(["Two, revised."]));
    const [x, y] = await Promise.allSettled([
      publishVersion({ actor: editor.actor, db: db(), iso: "ET", input: { changelog: "c" } }),
      publishVersion({ actor: other.actor, db: db(), iso: "ET", input: { changelog: "d" } }),
    ]);
    expect([x.status, y.status].sort()).toEqual(["fulfilled", "rejected"]);
  });
});

describe(`published rows are immutable (${kind})`, () => {
  it("refuses UPDATE, DELETE and TRUNCATE of a version and its search paragraphs", async () => {
    const { editor, overview, approve } = await setup("BI");
    await approve(overview.id, docOf(["Burundi."]));
    await publishVersion({ actor: editor.actor, db: db(), iso: "BI", input: { changelog: "v1" } });
    const v = (await loadVersion(db(), { iso: "BI" }))!;
    const refused = async (p: PromiseLike<unknown>) => {
      const e = (await Promise.resolve(p).then(() => null, (err: unknown) => err)) as (Error & { cause?: Error }) | null;
      expect(e, "the database accepted a change").not.toBeNull();
      expect(`${e!.message} ${e!.cause?.message ?? ""}`).toMatch(/immutable/);
    };
    await refused(db().update(profileVersions).set({ changelog: "rewritten" }).where(eq(profileVersions.id, v.id)));
    await refused(db().delete(profileVersions).where(eq(profileVersions.id, v.id)));
    await refused(db().execute(sql`truncate table profile_versions cascade`));
    await refused(db().update(publishedParagraphs).set({ text: "tampered" }).where(eq(publishedParagraphs.versionId, v.id)));
    await refused(db().delete(publishedParagraphs).where(eq(publishedParagraphs.versionId, v.id)));
    expect((await loadVersion(db(), { iso: "BI" }))!.changelog).toBe("v1");
  });
});
