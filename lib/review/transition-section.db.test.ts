import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sections } from "@/lib/db/schema/profiles";
import { buildProfile } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { transitionSection } from "./transition-section";

const db = testDatabaseForFile();

const statusOf = async (sectionId: string) => (await db().select({ status: sections.status }).from(sections).where(eq(sections.id, sectionId)))[0]!.status;

describe("transitionSection", () => {
  it("moves a section along the state machine and returns the new status", async () => {
    const sectionId = (await buildProfile(db(), { countryCode: "FI" })).sections[0]!.id;
    expect(await db().transaction((tx) => transitionSection(tx, { sectionId, from: "draft", event: "submit" }))).toBe("in_review");
    expect(await statusOf(sectionId)).toBe("in_review");
    expect(await db().transaction((tx) => transitionSection(tx, { sectionId, from: "in_review", event: "approve" }))).toBe("approved");
    expect(await statusOf(sectionId)).toBe("approved");
  });

  it("refuses a transition the state machine does not have, leaving the status", async () => {
    const sectionId = (await buildProfile(db(), { countryCode: "SE" })).sections[0]!.id;
    await expect(db().transaction((tx) => transitionSection(tx, { sectionId, from: "draft", event: "approve" }))).rejects.toMatchObject({ code: "conflict:review" });
    expect(await statusOf(sectionId)).toBe("draft");
  });

  it("refuses when the stored status is no longer the one read", async () => {
    const sectionId = (await buildProfile(db(), { countryCode: "NO" })).sections[0]!.id;
    await expect(db().transaction((tx) => transitionSection(tx, { sectionId, from: "in_review", event: "withdraw" }))).rejects.toMatchObject({ code: "conflict:review" });
    expect(await statusOf(sectionId)).toBe("draft");
  });
});
