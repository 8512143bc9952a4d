import { eq, sql } from "drizzle-orm";
import { readerActor } from "@/lib/test/reader-actor";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/lib/db/schema/auth";
import { profiles, sections } from "@/lib/db/schema/profiles";
import { deriveContentFromState } from "@/lib/editor/ydoc-content";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createProfile } from "./create-profile";
import { addTemplateSection, moveTemplateSection, renameTemplateSection } from "./edit-template";
import { getProfileByCountry, listProfiles } from "./queries";
import { listTemplate } from "./template";

const db = testDatabaseForFile(async (handle) => {
  await seedDatabase({ db: handle.db, mode: "none", log: () => {} });
});

const count = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(profiles))[0]!.n;

describe("createProfile", () => {
  it("creates the template's sections in reading order, each seeded on the server", async () => {
    const r = await buildUser(db(), { role: "researcher" });
    const p = await createProfile({ actor: r.actor, db: db(), input: { countryCode: " ke " } });
    expect(p.countryCode).toBe("KE");
    const view = (await getProfileByCountry(readerActor, db(), "ke"))!;
    expect(view.sections.map((s) => [s.depth, s.title])).toEqual([
      [0, "Digital ID Overview"],
      [0, "Law"],
      [1, "Domestic law and policy"],
      [1, "Data Protection"],
      [1, "International Commitments"],
      [0, "Designed to Include? The Impact of Digital ID and Legal Identity on Citizenship and Nationality Rights"],
    ]);
    const [row] = await db().select().from(sections).where(eq(sections.id, view.sections[0]!.id));
    expect(deriveContentFromState(row!.yState!).json).toEqual({ type: "doc", content: [{ type: "paragraph", attrs: { id: expect.stringMatching(/^[a-z0-9]{12}$/) } }] });
    const audit = await db().select().from(auditLog).where(eq(auditLog.subjectId, p.id));
    expect(audit.map((a) => a.action)).toEqual(["profile.create"]);
    expect((await listProfiles(readerActor, db())).find((x) => x.countryCode === "KE")).toMatchObject({ countryName: "Kenya", status: "draft", lastUpdated: null });
  });

  it("rejects an invalid country code as a field error and creates nothing", async () => {
    const r = await buildUser(db());
    const before = await count();
    for (const bad of ["XX", "J", "JPN", "", 12]) {
      await expect(createProfile({ actor: r.actor, db: db(), input: { countryCode: bad } })).rejects.toMatchObject({ field: "countryCode" });
    }
    expect(await count()).toBe(before);
  });

  it("refuses a second profile for the same country and viewers altogether", async () => {
    const r = await buildUser(db());
    await createProfile({ actor: r.actor, db: db(), input: { countryCode: "BR" } });
    await expect(createProfile({ actor: r.actor, db: db(), input: { countryCode: "BR" } })).rejects.toThrow(/already exists/);
    const v = await buildUser(db(), { role: "viewer" });
    await expect(createProfile({ actor: v.actor, db: db(), input: { countryCode: "AR" } })).rejects.toThrow(/permission/);
  });
});

describe("template editing", () => {
  it("adds, nests, renames and reorders; new profiles follow the edited template", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const law = (await listTemplate(db())).find((n) => n.title === "Law")!;
    const added = await addTemplateSection({ actor: admin.actor, db: db(), input: { title: "Courts", parentId: law.id } });
    await moveTemplateSection({ actor: admin.actor, db: db(), input: { id: added.id, direction: "up" } });
    await renameTemplateSection({ actor: admin.actor, db: db(), input: { id: added.id, title: "Case law" } });
    const titles = (await listTemplate(db())).map((n) => `${n.depth}:${n.title}`);
    expect(titles.slice(1, 6)).toEqual(["0:Law", "1:Domestic law and policy", "1:Data Protection", "1:Case law", "1:International Commitments"]);
    await expect(addTemplateSection({ actor: admin.actor, db: db(), input: { title: "Too deep", parentId: added.id } })).rejects.toMatchObject({ field: "parentId" });
    await expect(addTemplateSection({ actor: admin.actor, db: db(), input: { title: "   ", parentId: null } })).rejects.toMatchObject({ field: "title" });
    // A heading the template has already, in any case or spacing, is refused (imports match headings by title).
    const before = (await listTemplate(db())).length;
    await expect(addTemplateSection({ actor: admin.actor, db: db(), input: { title: "data  PROTECTION", parentId: null } })).rejects.toMatchObject({ code: "conflict:template", field: "title" });
    await expect(renameTemplateSection({ actor: admin.actor, db: db(), input: { id: added.id, title: "law" } })).rejects.toMatchObject({ field: "title" });
    await renameTemplateSection({ actor: admin.actor, db: db(), input: { id: added.id, title: "Case law" } });
    expect((await listTemplate(db())).length).toBe(before);
    const researcher = await buildUser(db());
    await expect(renameTemplateSection({ actor: researcher.actor, db: db(), input: { id: added.id, title: "x" } })).rejects.toThrow(/permission/);
    await createProfile({ actor: researcher.actor, db: db(), input: { countryCode: "PE" } });
    expect((await getProfileByCountry(readerActor, db(), "PE"))!.sections.map((s) => s.title)).toContain("Case law");
  });
});
