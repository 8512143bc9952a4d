import fs from "node:fs";
import { readerActor } from "@/lib/test/reader-actor";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { citations, sources } from "@/lib/db/schema/citations";
import { profiles } from "@/lib/db/schema/profiles";
import { loadFootnotes } from "@/lib/profiles/footnotes";
import { getProfileByCountry } from "@/lib/profiles/queries";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { importProfile } from "./import-profile";
import { parseProfile } from "./parse-profile";

const seed = fs.readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
const db = testDatabaseForFile(async (handle) => {
  await seedDatabase({ db: handle.db, mode: "none", log: () => {} });
});

const counts = async () => ({
  profiles: (await db().select({ n: sql<number>`count(*)::int` }).from(profiles))[0]!.n,
  sources: (await db().select({ n: sql<number>`count(*)::int` }).from(sources))[0]!.n,
  citations: (await db().select({ n: sql<number>`count(*)::int` }).from(citations))[0]!.n,
});

describe("importProfile", () => {
  it("refuses a file that is not a profile and changes nothing", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const before = await counts();
    await expect(importProfile({ actor: admin.actor, db: db(), text: "just a shopping list\nmilk\neggs\n" })).rejects.toMatchObject({ field: "file" });
    expect(await counts()).toEqual(before);
  });

  it("only admins import", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    await expect(importProfile({ actor: editor.actor, db: db(), text: seed })).rejects.toThrow(/permission/);
  });

  it("imports the seed: sections with citation nodes, deduplicated sources, problems kept on the profile", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const parsed = parseProfile(seed, { now: "2026-01-20" });
    const result = await importProfile({ actor: admin.actor, db: db(), text: seed, now: "2026-01-20" });
    expect(result.countryCode).toBe("JP");
    expect(result.position).toBe("line");
    const distinctKeys = new Set(parsed.notes.flatMap((n) => n.citations.map((c) => c.sourceKey)).filter(Boolean));
    expect(result.sourcesCreated + result.sourcesReused).toBe(distinctKeys.size);
    expect((await counts()).sources).toBe(distinctKeys.size);
    const markers = parsed.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.markers)).filter((m) => parsed.notes.some((n) => n.number === m.note && n.citations.some((c) => c.sourceKey)));
    expect(result.citations).toBe(markers.length);

    const [row] = await db().select().from(profiles).where(eq(profiles.id, result.profileId));
    expect(row!.importProblems).toEqual(parsed.problems);

    const view = (await getProfileByCountry(readerActor, db(), "JP"))!;
    const footnotes = await loadFootnotes(readerActor, db(), view.id, view.sections);
    expect(footnotes).toHaveLength(markers.length);
    // The first footnote of the profile is the first marker of the first section, cited in full.
    expect(footnotes[0]!.text).toMatch(/^‘.+’.* accessed \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    expect(footnotes.some((f) => f.text.startsWith("ibid"))).toBe(true);
    expect(footnotes.some((f) => /\(n \d+\)/.test(f.text))).toBe(true);
    expect(view.sections.find((s) => s.title === "Data Protection")!.contentJson).toMatchObject({ type: "doc" });
  });

  it("a second import of the same country is refused and changes nothing", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const before = await counts();
    await expect(importProfile({ actor: admin.actor, db: db(), text: seed })).rejects.toThrow(/already exists/);
    expect(await counts()).toEqual(before);
  });
});
