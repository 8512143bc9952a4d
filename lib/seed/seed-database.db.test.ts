import { sql } from "drizzle-orm";
import { readerActor } from "@/lib/test/reader-actor";
import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { users } from "@/lib/db/schema/auth";
import { citations } from "@/lib/db/schema/citations";
import { profiles, sections } from "@/lib/db/schema/profiles";
import { loadFootnotes } from "@/lib/profiles/footnotes";
import { getProfileByCountry } from "@/lib/profiles/queries";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { seedDatabase } from "./seed-database";

const db = testDatabaseForFile();
const count = async (table: typeof users | typeof profiles | typeof citations) => (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe("seedDatabase (demo)", () => {
  it("creates one user per role, printed once, and a footnoted demo profile; a second start adds nothing", async () => {
    const lines: string[] = [];
    const creds = await seedDatabase({ db: db(), mode: "demo", log: (l) => lines.push(l) });
    expect(creds.map((c) => c.role)).toEqual(["viewer", "researcher", "editor", "admin"]);
    for (const c of creds) {
      expect(lines.some((l) => l.includes(c.email) && l.includes(c.password))).toBe(true);
      await expect(verifyCredentials({ db: db(), input: { email: c.email, password: c.password }, address: "127.0.0.1" })).resolves.toMatchObject({ role: c.role });
    }

    const jp = (await getProfileByCountry(readerActor, db(), "JP"))!;
    const footnotes = await loadFootnotes(readerActor, db(), jp.id, jp.sections);
    expect(footnotes.length).toBeGreaterThanOrEqual(4);
    expect(footnotes.some((f) => /\(n \d+\)/.test(f.text))).toBe(true);
    const texts = await db().select({ text: sections.contentText }).from(sections);
    expect(texts.some((t) => t.text.includes("Individual Number"))).toBe(true);

    const again: string[] = [];
    await seedDatabase({ db: db(), mode: "demo", log: (l) => again.push(l) });
    expect(again).toEqual([]);
    expect(await count(users)).toBe(4);
    expect(await count(profiles)).toBe(1);
  });
});
