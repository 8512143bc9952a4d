import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policies";
import { auditLog } from "@/lib/db/schema/auth";
import { citationSources } from "@/lib/db/schema/citations";
import { sourceArchives } from "@/lib/db/schema/links";
import { buildCitation } from "@/lib/test/build-citation";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { reverificationHistory } from "./reverification-history";
import { reverifyCitations } from "./reverify-citations";
import { setSourceArchive } from "./set-source-archive";

const db = testDatabaseForFile();

let next = 0;
async function setup() {
  const user = await buildUser(db(), { role: "researcher", name: "Rea Searcher" });
  const profile = await buildProfile(db(), { countryCode: ["FR", "DE", "IT", "ES"][next++] });
  return { user, section: profile.sections[0]! };
}

const accessedOf = async (id: string) => (await db().select().from(citationSources).where(eq(citationSources.id, id)))[0]!;

describe("reverifyCitations", () => {
  it("supports: moves the access date, keeps the history, writes audit rows (bulk)", async () => {
    const { user, section } = await setup();
    const a = await buildCitation(db(), { sectionId: section.id, accessedAt: "2024-01-01" });
    const b = await buildCitation(db(), { sectionId: section.id, accessedAt: "2023-05-05" });
    await reverifyCitations({ actor: user.actor, db: db(), input: { citationSourceIds: [a.citationSourceId, b.citationSourceId], result: "supports", accessedOn: "2026-02-03" } });
    expect((await accessedOf(a.citationSourceId)).accessedAt).toBe("2026-02-03");
    expect((await accessedOf(b.citationSourceId)).accessedAt).toBe("2026-02-03");
    await reverifyCitations({ actor: user.actor, db: db(), input: { citationSourceIds: [a.citationSourceId], result: "changed", note: "Figures updated", accessedOn: "2026-02-04" } });
    expect((await accessedOf(a.citationSourceId)).accessedAt).toBe("2026-02-03");
    const history = await reverificationHistory(db(), a.citationSourceId);
    expect(history.map((h) => [h.result, h.previousAccessedAt, h.accessedAt, h.by, h.note])).toEqual([
      ["changed", "2026-02-03", "2026-02-03", "Rea Searcher", "Figures updated"],
      ["supports", "2024-01-01", "2026-02-03", "Rea Searcher", null],
    ]);
    const audits = await db().select().from(auditLog).where(eq(auditLog.subjectId, a.citationSourceId));
    expect(audits.map((r) => r.action)).toEqual(["citation.reverify", "citation.reverify"]);
  });

  it("gone: an archive copy is recorded for the source; a replacement swaps the source", async () => {
    const { user, section } = await setup();
    const a = await buildCitation(db(), { sectionId: section.id, accessedAt: "2024-01-01" });
    await reverifyCitations({ actor: user.actor, db: db(), input: { citationSourceIds: [a.citationSourceId], result: "gone", archiveUrl: "https://web.archive.org/web/2024/https://example.org/x" } });
    const [archive] = await db().select().from(sourceArchives).where(eq(sourceArchives.sourceId, a.sourceId));
    expect(archive).toMatchObject({ origin: "manual", archiveUrl: "https://web.archive.org/web/2024/https://example.org/x" });
    const b = await buildCitation(db(), { sectionId: section.id });
    await reverifyCitations({ actor: user.actor, db: db(), input: { citationSourceIds: [a.citationSourceId], result: "gone", replacementSourceId: b.sourceId, accessedOn: "2026-01-02" } });
    expect(await accessedOf(a.citationSourceId)).toMatchObject({ sourceId: b.sourceId, accessedAt: "2026-01-02" });
  });

  it("bad input names the field and changes nothing; viewers are refused", async () => {
    const { user, section } = await setup();
    const a = await buildCitation(db(), { sectionId: section.id, accessedAt: "2024-01-01" });
    const attempt = (input: unknown) => reverifyCitations({ actor: user.actor, db: db(), input }).catch((e: { field?: string }) => e.field);
    expect(await attempt({ citationSourceIds: [a.citationSourceId], result: "changed" })).toBe("note");
    expect(await attempt({ citationSourceIds: [a.citationSourceId], result: "gone" })).toBe("archiveUrl");
    expect(await attempt({ citationSourceIds: [a.citationSourceId], result: "gone", archiveUrl: "javascript:alert(1)" })).toBe("archiveUrl");
    expect(await attempt({ citationSourceIds: [a.citationSourceId], result: "supports", accessedOn: "2999-01-01" })).toBe("accessedOn");
    expect(await attempt({ citationSourceIds: [a.citationSourceId, crypto.randomUUID()], result: "supports" })).toBe("citationSourceIds");
    expect((await accessedOf(a.citationSourceId)).accessedAt).toBe("2024-01-01");
    const viewer = await buildUser(db(), { role: "viewer" });
    await expect(reverifyCitations({ actor: viewer.actor, db: db(), input: { citationSourceIds: [a.citationSourceId], result: "supports" } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an archive URL pasted by hand replaces a looked-up one, with an audit row; a bad URL names the field", async () => {
    const { user, section } = await setup();
    const a = await buildCitation(db(), { sectionId: section.id, accessedAt: "2025-01-01" });
    await db().insert(sourceArchives).values({ sourceId: a.sourceId, archiveUrl: "https://web.archive.org/web/2023/https://example.org/a", origin: "lookup" });
    const pasted = "https://archive.ph/abc12";
    await setSourceArchive({ actor: user.actor, db: db(), input: { sourceId: a.sourceId, archiveUrl: pasted } });
    const [row] = await db().select().from(sourceArchives).where(eq(sourceArchives.sourceId, a.sourceId));
    expect(row).toMatchObject({ archiveUrl: pasted, origin: "manual", setBy: user.id });
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.subjectId, a.sourceId));
    expect(audit).toMatchObject({ action: "source.archive" });
    const field = await setSourceArchive({ actor: user.actor, db: db(), input: { sourceId: a.sourceId, archiveUrl: "ftp://x" } }).catch((e: { field?: string }) => e.field);
    expect(field).toBe("archiveUrl");
    expect((await db().select().from(sourceArchives).where(eq(sourceArchives.sourceId, a.sourceId)))[0]!.archiveUrl).toBe(pasted);
    const viewer = await buildUser(db(), { role: "viewer" });
    await expect(setSourceArchive({ actor: viewer.actor, db: db(), input: { sourceId: a.sourceId, archiveUrl: pasted } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
