import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/policies";
import { auditLog } from "@/lib/db/schema/auth";
import { linkChecks } from "@/lib/db/schema/links";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { buildApprovedRevision, buildCitation, docOf } from "@/lib/test/version-factories";
import { PublishGateError, publishVersion } from "@/lib/versions/publish-version";
import { loadVersion } from "@/lib/versions/load-version";
import { listVersions } from "@/lib/versions/queries";
import { renderHistoryPage } from "@/lib/public-site/render-history-page";
import { reverifyCitations } from "./reverify-citations";

const db = testDatabaseForFile();

describe("publish gate", () => {
  it("blocks with the offending footnotes; an admin overrides with a reason, recorded on the version; re-verifying clears it", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    const admin = await buildUser(db(), { role: "admin" });
    const researcher = await buildUser(db(), { role: "researcher" });
    const profile = await buildProfile(db(), { countryCode: "GH", createdBy: editor.id });
    const [overview, law] = profile.sections;
    const fresh = await buildCitation(db(), { sectionId: overview!.id, title: "Fresh", url: "https://example.org/fresh", accessed: new Date().toISOString().slice(0, 10) });
    const stale = await buildCitation(db(), { sectionId: overview!.id, title: "Old report", url: "https://example.org/old", accessed: "2020-01-01" });
    const dead = await buildCitation(db(), { sectionId: overview!.id, title: "Gone page", url: "https://example.org/gone", accessed: new Date().toISOString().slice(0, 10) });
    await db().insert(linkChecks).values({ sourceId: dead.sourceId, url: "https://example.org/gone", status: "dead", failureCount: 3 });
    await buildApprovedRevision(db(), { sectionId: overview!.id, content: docOf(["A", { cite: fresh.citationId }, "B", { cite: stale.citationId }, "C", { cite: dead.citationId }]), submittedBy: researcher.id, reviewerId: editor.id });

    const blocked = await publishVersion({ actor: editor.actor, db: db(), iso: "GH", input: { changelog: "v1" } }).catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(PublishGateError);
    expect((blocked as PublishGateError).footnotes.map((f) => [f.number, f.kind])).toEqual([
      [2, "stale-access-date"],
      [3, "dead-without-archive"],
    ]);
    expect((blocked as Error).message).toMatch(/note 2 .*Old report/);

    await expect(publishVersion({ actor: editor.actor, db: db(), iso: "GH", input: { changelog: "v1", overrideReason: "deadline" } })).rejects.toBeInstanceOf(ForbiddenError);
    const v1 = await publishVersion({ actor: admin.actor, db: db(), iso: "GH", input: { changelog: "v1", overrideReason: "Minister's statement is only in the old report; archive requested." } });
    expect(v1.version).toBe(1);
    const [history] = await listVersions(db(), "GH");
    expect(history).toMatchObject({ number: 1, overrideReason: "Minister's statement is only in the old report; archive requested." });
    expect(renderHistoryPage("GH", [history!])).toMatch(/Published over the citation policy: Minister(&#39;|&#x27;|')s statement is only in the old report; archive requested\./);
    const overrides = await db().select().from(auditLog).where(eq(auditLog.action, "publish.override"));
    expect(overrides).toHaveLength(1);
    expect(JSON.parse(overrides[0]!.data!).problems).toHaveLength(2);

    await reverifyCitations({ actor: researcher.actor, db: db(), input: { citationSourceIds: [stale.citationSourceId], result: "supports" } });
    await reverifyCitations({ actor: researcher.actor, db: db(), input: { citationSourceIds: [dead.citationSourceId], result: "gone", archiveUrl: "https://web.archive.org/web/2024/https://example.org/gone" } });
    await buildApprovedRevision(db(), { sectionId: law!.id, content: docOf(["Law."]), submittedBy: researcher.id, reviewerId: editor.id });
    await buildApprovedRevision(db(), { sectionId: overview!.id, content: docOf(["A", { cite: fresh.citationId }, "B", { cite: stale.citationId }, "C", { cite: dead.citationId }, "D"]), submittedBy: researcher.id, reviewerId: editor.id });
    expect((await publishVersion({ actor: editor.actor, db: db(), iso: "GH", input: { changelog: "v2" } })).version).toBe(2);
    const versions = await listVersions(db(), "GH");
    expect(versions[0]).toMatchObject({ number: 2, overrideReason: null });
    expect(renderHistoryPage("GH", versions).match(/Published over the citation policy/g)).toHaveLength(1);
    const v2 = (await loadVersion(db(), { iso: "GH", number: 2 }))!;
    expect(v2.manifest.footnotes[2]!.text).toContain("archived at <https://web.archive.org/web/2024/https://example.org/gone>");
  });
});
