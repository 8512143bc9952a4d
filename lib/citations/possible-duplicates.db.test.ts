import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/lib/db/schema/auth";
import { citationSources } from "@/lib/db/schema/citations";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { addCitation } from "./add-citation";
import { addSource } from "./add-source";
import { mergeSources } from "./merge-sources";
import { possibleDuplicates } from "./possible-duplicates";

let sectionId = "";
const db = testDatabaseForFile(async (handle) => {
  const u = await buildUser(handle.db);
  sectionId = (await buildProfile(handle.db, { countryCode: "MZ", createdBy: u.id })).sections[0]!.id;
});

describe("possible duplicates", () => {
  it("groups near-identical titles, the most cited first; merging repoints the footnotes and is audited", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    const [kept] = await addSource({ actor: editor.actor, db: db(), input: { mode: "manual", title: "National Identity Register Act 2015", url: "https://example.org/nira" } });
    const [copy] = await addSource({ actor: editor.actor, db: db(), input: { mode: "manual", title: "national identity register act, 2015.", confirmDuplicate: true } });
    const [other] = await addSource({ actor: editor.actor, db: db(), input: { mode: "manual", title: "National Identity Register Act 2019" } });
    await addCitation({ actor: editor.actor, db: db(), input: { sectionId, items: [{ sourceId: kept!.id, accessed: "2025-01-01" }] } });
    await addCitation({ actor: editor.actor, db: db(), input: { sectionId, items: [{ sourceId: kept!.id, accessed: "2025-01-01" }] } });
    const { citationId } = await addCitation({ actor: editor.actor, db: db(), input: { sectionId, items: [{ sourceId: copy!.id, accessed: null }] } });

    const groups = await possibleDuplicates(editor.actor, db());
    const group = groups.find((g) => g.some((s) => s.id === kept!.id))!;
    expect(group.map((s) => s.id)).toEqual([kept!.id, copy!.id]);
    expect(group.map((s) => s.citations)).toEqual([2, 1]);
    expect(groups.flat().some((s) => s.id === other!.id)).toBe(false);

    const researcher = await buildUser(db());
    await expect(mergeSources({ actor: researcher.actor, db: db(), input: { keepId: kept!.id, mergeId: copy!.id } })).rejects.toThrow(/permission/);
    await mergeSources({ actor: editor.actor, db: db(), input: { keepId: kept!.id, mergeId: copy!.id } });
    const [row] = await db().select({ sourceId: citationSources.sourceId }).from(citationSources).where(eq(citationSources.citationId, citationId));
    expect(row!.sourceId).toBe(kept!.id);
    expect((await possibleDuplicates(editor.actor, db())).flat().some((s) => s.id === kept!.id)).toBe(false);
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.action, "source.merge"), eq(auditLog.subjectId, kept!.id)));
    expect(audits).toHaveLength(1);
  });
});
