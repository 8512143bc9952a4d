import { describe, expect, it } from "vitest";
import { submitForReview } from "@/lib/review/submit-for-review";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { profileVersions } from "@/lib/db/schema/profiles";
import { listAudit } from "./queries";
import { recordEvent } from "@/lib/events/record-event";

const db = testDatabaseForFile();

describe("listAudit", () => {
  it("filters by profile, user, action and date; admins only; a bad filter names its field", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const r1 = await buildUser(db(), { role: "researcher" });
    const r2 = await buildUser(db(), { role: "researcher" });
    const kenya = await buildProfile(db(), { countryCode: "KE" });
    const ghana = await buildProfile(db(), { countryCode: "GH" });
    await submitForReview({ actor: r1.actor, db: db(), input: { sectionId: kenya.sections[0]!.id } });
    await submitForReview({ actor: r2.actor, db: db(), input: { sectionId: ghana.sections[0]!.id } });
    const today = new Date().toISOString().slice(0, 10);

    const ke = await listAudit({ actor: admin.actor, db: db(), filters: { profile: "ke", action: "review." } });
    expect(ke.map((r) => r.actorId)).toEqual([r1.id]);
    expect((await listAudit({ actor: admin.actor, db: db(), filters: { user: r2.id } })).map((r) => r.action)).toEqual(["review.submit"]);
    expect(await listAudit({ actor: admin.actor, db: db(), filters: { action: "review.submit", from: today, to: today } })).toHaveLength(2);
    expect(await listAudit({ actor: admin.actor, db: db(), filters: { action: "review.submit", to: "2000-01-01" } })).toHaveLength(0);
    await expect(listAudit({ actor: admin.actor, db: db(), filters: { from: "yesterday" } })).rejects.toMatchObject({ field: "from" });
    await expect(listAudit({ actor: r1.actor, db: db(), filters: {} })).rejects.toMatchObject({ name: "ForbiddenError" });
  });

  it("the profile filter includes its publishes and gate overrides", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const japan = await buildProfile(db(), { countryCode: "JP" });
    const other = await buildProfile(db(), { countryCode: "FR" });
    for (const p of [japan, other]) {
      const [version] = await db().insert(profileVersions).values({ profileId: p.id, number: 1, snapshot: {}, changelog: "First", contentHash: `hash-${p.id}`, publishedBy: admin.id }).returning({ id: profileVersions.id });
      await recordEvent(db(), { actorId: admin.id, type: "profile.publish", subjectType: "profile_version", subjectId: version!.id, reason: "First", data: { iso: p.countryCode, version: 1, contentHash: `hash-${p.id}`, sections: [] } });
      await recordEvent(db(), { actorId: admin.id, type: "publish.override", subjectType: "profile_version", subjectId: version!.id, reason: "Urgent", data: { iso: p.countryCode, version: 1, problems: [] } });
    }
    const rows = await listAudit({ actor: admin.actor, db: db(), filters: { profile: "jp" } });
    expect(rows.map((r) => r.action).sort()).toEqual(["profile.publish", "publish.override"]);
  });
});
