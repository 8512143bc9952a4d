import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { profileVersions } from "@/lib/db/schema/profiles";
import { revisions } from "@/lib/db/schema/review";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { openTestDatabase } from "@/lib/test/test-database";

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => {
  await h.close();
});

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
    const user = await buildUser(h.db);
    const profile = await buildProfile(h.db, { countryCode: "NG", createdBy: user.id });
    const sectionId = profile.sections[0]!.id;
    const [rev] = await h.db
      .insert(revisions)
      .values({ sectionId, number: 1, yState: new Uint8Array([1, 2, 3]), contentJson: { type: "doc" }, citations: [], contentHash: "h1", submittedBy: user.id })
      .returning();
    await rejects(h.db.update(revisions).set({ contentHash: "tampered" }).where(eq(revisions.id, rev!.id)));
    await rejects(h.db.delete(revisions).where(eq(revisions.id, rev!.id)));
    await rejects(h.db.execute(sql`truncate table revisions cascade`));
    const [after] = await h.db.select().from(revisions).where(eq(revisions.id, rev!.id));
    expect(after!.contentHash).toBe("h1");
    expect([...after!.yState]).toEqual([1, 2, 3]);
  });

  it("refuses UPDATE and DELETE of published versions", async () => {
    const user = await buildUser(h.db, { role: "editor" });
    const profile = await buildProfile(h.db, { countryCode: "GH", createdBy: user.id });
    const [v] = await h.db
      .insert(profileVersions)
      .values({ profileId: profile.id, number: 1, snapshot: { sections: [] }, changelog: "first", contentHash: "v1", publishedBy: user.id })
      .returning();
    await rejects(h.db.update(profileVersions).set({ changelog: "rewritten" }).where(eq(profileVersions.id, v!.id)));
    await rejects(h.db.delete(profileVersions).where(eq(profileVersions.id, v!.id)));
    const [after] = await h.db.select().from(profileVersions).where(eq(profileVersions.id, v!.id));
    expect(after!.changelog).toBe("first");
  });
});
