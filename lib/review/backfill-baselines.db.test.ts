import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sections } from "@/lib/db/schema/profiles";
import { revisions } from "@/lib/db/schema/review";
import { sectionContentColumns } from "@/lib/sections/section-content-columns";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { backfillBaselines } from "./backfill-baselines";

const db = testDatabaseForFile();

describe("backfillBaselines", () => {
  it("records a baseline for stored content written before baselines, once, and leaves empty sections alone", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const profile = await buildProfile(db(), { countryCode: "UG", createdBy: admin.id });
    const [written, empty] = profile.sections;
    // Content stored the way sections were before baselines: columns only, no revision.
    await db().update(sections).set(sectionContentColumns({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Seeded long ago." }] }] })).where(eq(sections.id, written!.id));

    expect(await backfillBaselines(db())).toBeGreaterThanOrEqual(1);
    const rows = await db().select().from(revisions).where(eq(revisions.sectionId, written!.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "baseline", number: 0, contentText: "Seeded long ago.", authors: [admin.id] });
    expect(await db().select().from(revisions).where(eq(revisions.sectionId, empty!.id))).toHaveLength(0);
    // A second start finds nothing left to do.
    expect(await backfillBaselines(db())).toBe(0);
  });
});
