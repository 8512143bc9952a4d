import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { profileVersions } from "@/lib/db/schema/profiles";
import { revisions } from "@/lib/db/schema/review";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";

const db = testDatabaseForFile();

async function rejects(p: PromiseLike<unknown>) {
  const err = await Promise.resolve(p).then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(err, "the database accepted a change to an immutable row").not.toBeNull();
  expect(`${err!.message} ${err!.cause?.message ?? ""}`).toMatch(/immutable/);
}

describe(`immutable rows (${process.env.FOLIO_TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("refuses UPDATE and DELETE of revisions and keeps the row as it was", async () => {
    const user = await buildUser(db());
    const profile = await buildProfile(db(), { countryCode: "NG", createdBy: user.id });
    const sectionId = profile.sections[0]!.id;
    const [rev] = await db()
      .insert(revisions)
      .values({ sectionId, number: 1, yState: new Uint8Array([1, 2, 3]), contentJson: { type: "doc" }, citations: [], contentHash: "h1", submittedBy: user.id })
      .returning();
    await rejects(db().update(revisions).set({ contentHash: "tampered" }).where(eq(revisions.id, rev!.id)));
    await rejects(db().delete(revisions).where(eq(revisions.id, rev!.id)));
    await rejects(db().execute(sql`truncate table revisions cascade`));
    const [after] = await db().select().from(revisions).where(eq(revisions.id, rev!.id));
    expect(after!.contentHash).toBe("h1");
    expect([...after!.yState]).toEqual([1, 2, 3]);
  });

  it("refuses UPDATE and DELETE of published versions", async () => {
    const user = await buildUser(db(), { role: "editor" });
    const profile = await buildProfile(db(), { countryCode: "GH", createdBy: user.id });
    const [v] = await db()
      .insert(profileVersions)
      .values({ profileId: profile.id, number: 1, snapshot: { sections: [] }, changelog: "first", contentHash: "v1", publishedBy: user.id })
      .returning();
    await rejects(db().update(profileVersions).set({ changelog: "rewritten" }).where(eq(profileVersions.id, v!.id)));
    await rejects(db().delete(profileVersions).where(eq(profileVersions.id, v!.id)));
    const [after] = await db().select().from(profileVersions).where(eq(profileVersions.id, v!.id));
    expect(after!.changelog).toBe("first");
  });
});
