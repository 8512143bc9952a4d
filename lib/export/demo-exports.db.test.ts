import { and, eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/lib/db/schema/auth";
import { profiles, sections } from "@/lib/db/schema/profiles";
import { resolvePublic } from "@/lib/public-site/resolve-public";
import { demoSources } from "@/lib/seed/demo-profile";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildUser } from "@/lib/test/factories";
import { readBibliography } from "@/lib/test/read-bibliography";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { buildApprovedRevision } from "@/lib/test/version-factories";
import { publishVersion } from "@/lib/versions/publish-version";

const db = testDatabaseForFile();

describe("the demo profile's bibliography exports", () => {
  it("read back by citation-js keep every source's URL and access date and add no other URL (BibTeX, RIS, CSL-JSON)", async () => {
    await seedDatabase({ db: db(), mode: "demo", log: () => {} });
    const editor = await buildUser(db(), { role: "editor" });
    const [researcher] = await db().select({ id: users.id }).from(users).where(eq(users.role, "researcher"));
    const [jp] = await db().select({ id: profiles.id }).from(profiles).where(eq(profiles.countryCode, "JP"));
    const written = await db()
      .select({ id: sections.id, content: sections.contentJson })
      .from(sections)
      .where(and(eq(sections.profileId, jp!.id), isNotNull(sections.contentJson)));
    for (const s of written) await buildApprovedRevision(db(), { sectionId: s.id, content: s.content!, submittedBy: researcher!.id, reviewerId: editor.id });
    await publishVersion({ actor: editor.actor, db: db(), iso: "JP", input: { changelog: "Demo." } });

    // Every demo source with a URL, with the date it was accessed: what each export must give back.
    const expected = Object.values(demoSources)
      .filter((s) => s.url !== null)
      .map((s) => [s.url, s.accessed] as const)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(4);
    for (const format of ["bibtex", "ris", "csl-json"] as const) {
      const entry = await resolvePublic(() => db(), new URL(`http://folio.test/profiles/jp/v/1/export/${format}`));
      expect(entry!.status).toBe(200);
      const records = readBibliography(entry!.body.toString(), format);
      const withUrl = records
        .filter((r) => r.url !== undefined)
        .map((r) => [r.url, r.accessed] as const)
        .sort();
      expect(withUrl, format).toEqual(expected);
      // The one source without a URL (an Act) is there too, with no URL invented for it.
      expect(records.filter((r) => r.url === undefined).map((r) => r.title)).toEqual([demoSources.myNumberAct.title]);
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    }
  });
});
