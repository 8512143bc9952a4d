import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/lib/db/schema/auth";
import { profileVersions } from "@/lib/db/schema/profiles";
import { searchDrafts } from "@/lib/search/search-drafts";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { buildApprovedRevision, docOf } from "@/lib/test/version-factories";
import { listPublishedProfiles } from "@/lib/versions/queries";
import { loadVersion } from "@/lib/versions/load-version";
import { publishVersion } from "@/lib/versions/publish-version";
import { archiveProfile } from "./archive-profile";
import { getProfileByCountry, listProfiles } from "./queries";

const db = testDatabaseForFile();

describe("archiveProfile", () => {
  it("hides the drafts, keeps published versions public and unchanged, and is audited with the reason", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    const researcher = await buildUser(db(), { role: "researcher" });
    const admin = await buildUser(db(), { role: "admin" });
    const profile = await buildProfile(db(), { countryCode: "NA", createdBy: editor.id });
    await buildApprovedRevision(db(), { sectionId: profile.sections[0]!.id, content: docOf(["Namibia issues national ID cards."]), submittedBy: researcher.id, reviewerId: editor.id });
    await publishVersion({ actor: editor.actor, db: db(), iso: "NA", input: { changelog: "First." } });
    const before = await loadVersion(db(), { iso: "NA", number: 1 });

    await expect(archiveProfile({ actor: editor.actor, db: db(), input: { countryCode: "na", reason: "Duplicate." } })).rejects.toMatchObject({ name: "ForbiddenError" });
    await expect(archiveProfile({ actor: admin.actor, db: db(), input: { countryCode: "na", reason: "" } })).rejects.toMatchObject({ status: 400, field: "reason" });
    await expect(archiveProfile({ actor: admin.actor, db: db(), input: { countryCode: "QQ", reason: "Duplicate." } })).rejects.toMatchObject({ status: 400, field: "countryCode" });
    expect(await getProfileByCountry(admin.actor, db(), "NA")).not.toBeNull();

    expect(await archiveProfile({ actor: admin.actor, db: db(), input: { countryCode: "na", reason: "Replaced by a new import." } })).toEqual({ countryCode: "NA" });
    expect(await getProfileByCountry(admin.actor, db(), "NA")).toBeNull();
    expect((await listProfiles(admin.actor, db())).map((p) => p.countryCode)).not.toContain("NA");
    expect((await searchDrafts({ actor: admin.actor, db: db(), input: { q: "Namibia" } })).drafts).toEqual([]);
    expect((await listPublishedProfiles(db())).map((p) => p.iso)).toContain("NA");
    const after = await loadVersion(db(), { iso: "NA", number: 1 });
    expect(after?.contentHash).toBe(before?.contentHash);
    expect(await db().select({ n: profileVersions.number }).from(profileVersions).where(eq(profileVersions.profileId, profile.id))).toEqual([{ n: 1 }]);
    await expect(publishVersion({ actor: editor.actor, db: db(), iso: "NA", input: { changelog: "Again." } })).rejects.toMatchObject({ status: 404 });

    const audit = await db().select({ action: auditLog.action, reason: auditLog.reason, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.subjectId, profile.id));
    expect(audit).toContainEqual({ action: "profile.archive", reason: "Replaced by a new import.", actorId: admin.id });
    await expect(archiveProfile({ actor: admin.actor, db: db(), input: { countryCode: "NA", reason: "Again." } })).rejects.toMatchObject({ status: 409 });
  });
});
