import { describe, expect, it } from "vitest";
import { readerActor } from "@/lib/test/reader-actor";
import { citationItems } from "@/lib/citations/queries";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import { formatOscolaDate } from "@/lib/citations/format-oscola-date";
import { linkChecks } from "@/lib/db/schema/links";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { buildApprovedRevision, buildCitation, docOf } from "@/lib/test/version-factories";
import { loadVersion } from "@/lib/versions/load-version";
import { publishVersion } from "@/lib/versions/publish-version";
import { reverifyCitations } from "./reverify-citations";

const db = testDatabaseForFile();
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const today = () => daysAgo(0);
const published = daysAgo(40);

describe("re-verify after publishing", () => {
  it("drafts' footnotes show the newest access date and archive copy; the published version stays as it was frozen", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    const researcher = await buildUser(db(), { role: "researcher" });
    const profile = await buildProfile(db(), { countryCode: "SN", createdBy: editor.id });
    const section = profile.sections[0]!;
    const a = await buildCitation(db(), { sectionId: section.id, title: "ID law commentary", url: "https://example.org/law", accessed: published });
    const b = await buildCitation(db(), { sectionId: section.id, title: "Registry statistics", url: "https://example.org/stats", accessed: today() });
    await buildApprovedRevision(db(), { sectionId: section.id, content: docOf(["A", { cite: a.citationId }, "B", { cite: b.citationId }]), submittedBy: researcher.id, reviewerId: editor.id });
    await publishVersion({ actor: editor.actor, db: db(), iso: "SN", input: { changelog: "first" } });
    const before = (await loadVersion(db(), { iso: "SN", number: 1 }))!;

    expect(before.manifest.footnotes[0]!.text).toContain(`accessed ${formatOscolaDate(published)}`);
    // Later checks: one source still supports the text (twice), the other page is dead and archived.
    await reverifyCitations({ actor: researcher.actor, db: db(), input: { citationSourceIds: [a.citationSourceId], result: "supports", accessedOn: daysAgo(20) } });
    await reverifyCitations({ actor: researcher.actor, db: db(), input: { citationSourceIds: [a.citationSourceId], result: "supports" } });
    await db().insert(linkChecks).values({ sourceId: b.sourceId, url: "https://example.org/stats", status: "dead", failureCount: 3 });
    await reverifyCitations({ actor: researcher.actor, db: db(), input: { citationSourceIds: [b.citationSourceId], result: "gone", archiveUrl: "https://web.archive.org/web/2025/https://example.org/stats" } });

    const items = await citationItems(readerActor, db(), [a.citationId, b.citationId]);
    const drafts = formatFootnotes([{ items: items.get(a.citationId)! }, { items: items.get(b.citationId)! }]);
    expect(items.get(a.citationId)![0]!.accessed).toBe(today());
    expect(drafts[0]!.text).not.toContain(formatOscolaDate(published));
    expect(drafts[1]!.text).toContain("archived at <https://web.archive.org/web/2025/https://example.org/stats>");

    const after = (await loadVersion(db(), { iso: "SN", number: 1 }))!;
    expect(after.contentHash).toBe(before.contentHash);
    expect(after.manifest).toEqual(before.manifest);
    expect(after.manifest.footnotes[0]!.text).toContain(`accessed ${formatOscolaDate(published)}`);
    expect(after.manifest.footnotes[1]!.text).not.toContain("archived at");
  });
});
