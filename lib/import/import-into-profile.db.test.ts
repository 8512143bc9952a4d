import fs from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditLog } from "@/lib/db/schema/auth";
import { sources } from "@/lib/db/schema/citations";
import { sections } from "@/lib/db/schema/profiles";
import { revisions } from "@/lib/db/schema/review";
import { FRAGMENT } from "@/lib/editor/ydoc-content";
import { revisionDiff } from "@/lib/review/redline/revision-diff";
import { startTestCollabServer } from "@/lib/test/start-test-collab-server";
import { sectionDocumentName } from "@/lib/collab/document-name";
import { bareServices, setServices } from "@/lib/server/services";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { importIntoProfile } from "./import-into-profile";
import { importProfile } from "./import-profile";

const seed = fs.readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
const db = testDatabaseForFile(async (handle) => {
  await seedDatabase({ db: handle.db, mode: "none", log: () => {} });
});
const sourceCount = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(sources))[0]!.n;
// The first paragraph of the seed's first section, found by its opening words.
const firstParagraph = seed.split("\n").find((l) => l.startsWith("Japan’s digital ID centers around"))!;

afterEach(() => setServices(undefined));

describe("importIntoProfile", () => {
  it("only admins import into a profile", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    await expect(importIntoProfile({ actor: editor.actor, db: db(), text: seed })).rejects.toThrow(/permission/);
  });

  it("refuses a country with no profile, naming the file", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    await expect(importIntoProfile({ actor: admin.actor, db: db(), text: seed })).rejects.toMatchObject({ code: "not_found:profile", field: "file" });
  });

  it("submits only the sections whose text differs, with a redline against the current text and no new sources", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    await importProfile({ actor: admin.actor, db: db(), text: seed, now: "2026-01-20" });
    const sourcesBefore = await sourceCount();

    const same = await importIntoProfile({ actor: admin.actor, db: db(), text: seed, now: "2026-01-20" });
    expect(same.changed).toBe(0);
    expect(same.sections.filter((s) => s.change === "unchanged").length).toBeGreaterThan(3);
    expect(same.citations).toBe(0);

    const edited = seed.replace(firstParagraph, firstParagraph.replace("centers around", "is built on"));
    const result = await importIntoProfile({ actor: admin.actor, db: db(), text: edited, now: "2026-01-20" });
    expect(await sourceCount()).toBe(sourcesBefore);
    expect(result.sourcesCreated).toBe(0);
    expect(result.citations).toBe(0);
    const changed = result.sections.filter((s) => s.change === "changed");
    expect(changed.map((s) => s.title)).toEqual(["Digital ID Overview"]);
    const [section] = await db().select({ status: sections.status }).from(sections).where(eq(sections.id, changed[0]!.sectionId));
    expect(section!.status).toBe("in_review");

    const diff = await revisionDiff({ actor: admin.actor, db: db(), revisionId: changed[0]!.revision!.id });
    expect(diff.against).not.toBeNull();
    expect(diff.changes.map((c) => c.deleted).join(" ")).toMatch(/centers/);
    expect(diff.changes.map((c) => c.inserted).join(" ")).toMatch(/built/);
    expect(diff.changes.map((c) => c.inserted).join(" ")).not.toMatch(/My Number/);
    // Footnotes kept their ids: the redline names no footnote change.
    expect(diff.footnotes).toEqual([]);

    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.action, "profile.import_draft"), eq(auditLog.subjectId, result.profileId))).orderBy(sql`${auditLog.at} desc`).limit(1);
    expect(JSON.parse(String(audit!.data))).toMatchObject({ sections: expect.arrayContaining([{ sectionId: changed[0]!.sectionId, change: "changed", revision: changed[0]!.revision!.number }]) });
    const [revision] = await db().select({ authors: revisions.authors }).from(revisions).where(eq(revisions.id, changed[0]!.revision!.id));
    expect(revision!.authors).toContain(admin.id);
  });

  it("changes a section loaded in the collaboration server through its direct connection (the open document receives the text)", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const server = await startTestCollabServer({ db: db() });
    setServices(bareServices({ collab: server.collab }));
    try {
      const [target] = await db().select({ id: sections.id }).from(sections).where(eq(sections.title, "Digital ID Overview")).limit(1);
      // An editor's hold on the document: a second direct connection keeps it loaded during the import.
      const holder = await server.collab.hocuspocus.openDirectConnection(sectionDocumentName(target!.id));
      const edited = seed.replace(firstParagraph, firstParagraph.replace("centers around", "revolves around"));
      const result = await importIntoProfile({ actor: admin.actor, db: db(), text: edited, now: "2026-01-20" });
      expect(result.sections.find((s) => s.sectionId === target!.id)).toMatchObject({ change: "changed" });
      expect(holder.document!.getXmlFragment(FRAGMENT).toString()).toContain("revolves around");
      const [revision] = await db().select({ text: revisions.contentText }).from(revisions).where(eq(revisions.id, result.sections.find((s) => s.sectionId === target!.id)!.revision!.id));
      expect(revision!.text).toContain("revolves around");
      expect(revision!.text).not.toContain("is built on");
      await holder.disconnect();
    } finally {
      await server.close();
    }
  });
});
