import fs from "node:fs";
import { readerActor } from "@/lib/test/reader-actor";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { eq, sql } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { citationItems } from "@/lib/citations/queries";
import { citations, sources } from "@/lib/db/schema/citations";
import { profiles, templateSections } from "@/lib/db/schema/profiles";
import { buildDocx } from "@/lib/export/docx/build-docx";
import { draftToWord } from "@/lib/export/docx/draft-to-word";
import { loadFootnotes } from "@/lib/profiles/footnotes";
import { getProfileByCountry } from "@/lib/profiles/queries";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { seedAsWord } from "@/lib/test/word-fixtures";
import { importProfile } from "../import-profile";
import { parseFileInWorker } from "../parse-profile-in-worker";

const seed = fs.readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
const db = testDatabaseForFile(async (handle) => {
  await seedDatabase({ db: handle.db, mode: "none", log: () => {} });
});
const now = "2026-01-20";

const counts = async () => ({
  profiles: (await db().select({ n: sql<number>`count(*)::int` }).from(profiles))[0]!.n,
  sources: (await db().select({ n: sql<number>`count(*)::int` }).from(sources))[0]!.n,
  citations: (await db().select({ n: sql<number>`count(*)::int` }).from(citations))[0]!.n,
});

type Json = { type?: string; text?: string; attrs?: { id?: unknown }; content?: Json[] };
const blockTexts = (node: Json): string[] =>
  node.type === "paragraph" || node.type === "heading" ? [(node.content ?? []).map((c) => c.text ?? "").join("")] : (node.content ?? []).flatMap(blockTexts);
/** The unique ids of the blocks that have text (empty ones carry no bookmark). */
const blockIds = (node: Json): unknown[] =>
  node.type === "paragraph" || node.type === "heading" ? (blockTexts(node)[0] ? [node.attrs?.id] : []) : (node.content ?? []).flatMap(blockIds);

/** What a reader sees of the profile: sections with their text, and each footnote with its text, sources (by id) and access dates. */
async function snapshot(iso: string) {
  const view = (await getProfileByCountry(readerActor, db(), iso))!;
  const footnotes = await loadFootnotes(readerActor, db(), view.id, view.sections);
  const items = await citationItems(readerActor, db(), footnotes.map((f) => f.citationId));
  return {
    sections: view.sections.map((s) => ({ title: s.title, depth: s.depth, text: blockTexts((s.contentJson ?? {}) as Json), ids: blockIds((s.contentJson ?? {}) as Json) })),
    footnotes: footnotes.map((f) => ({ number: f.number, text: f.text, sources: (items.get(f.citationId) ?? []).map((i) => ({ id: i.source.key, accessed: i.accessed, pinpoint: i.pinpoint })) })),
  };
}

/**
 * Frees "JP" for the next import. An imported profile cannot be deleted: its sections have baseline revisions,
 * which are immutable; the old profile is moved aside instead.
 */
const retireJapan = () => db().update(profiles).set({ countryCode: sql`'retired-' || ${profiles.id}` }).where(eq(profiles.countryCode, "JP"));

describe("Word import", () => {
  it("round trip: the imported seed → Word export → Word import gives the same sections, text, block ids, footnotes, sources (by id) and access dates", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    await importProfile({ actor: admin.actor, db: db(), text: seed, now });
    const before = await snapshot("JP");
    expect(before.footnotes.length).toBeGreaterThan(30);
    expect(before.sections.flatMap((s) => s.ids).every((id) => typeof id === "string" && id.length >= 4)).toBe(true);
    const bytes = await buildDocx(await draftToWord({ actor: admin.actor, db: db(), iso: "JP" }));
    // Every citation names its source by id through the bookmarks, ibid and (n X) included.
    const parsed = await parseFileInWorker({ kind: "docx", bytes }, { now });
    expect(parsed.notes.flatMap((n) => n.citations.map((c) => c.sourceId))).toEqual(before.footnotes.flatMap((f) => f.sources.map((s) => s.id)));
    await retireJapan();
    const sourcesBefore = (await counts()).sources;

    const result = await importProfile({ actor: admin.actor, db: db(), file: { kind: "docx", bytes }, now });
    expect(result.sourcesCreated).toBe(0);
    expect(result.position).toBe("paragraph");
    expect((await counts()).sources).toBe(sourcesBefore);
    expect(await snapshot("JP")).toEqual(before);
    await retireJapan();
  });

  it("imports the seed written in Word, with the seed's problems kept on the profile", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const result = await importProfile({ actor: admin.actor, db: db(), file: { kind: "docx", bytes: await seedAsWord(seed) }, now });
    expect(result.countryCode).toBe("JP");
    expect(result.citations).toBe(37);
    const [row] = await db().select().from(profiles).where(eq(profiles.id, result.profileId));
    expect((row!.importProblems as { kind: string; notes: number[] }[]).filter((p) => ["missing-access-date", "url-title-conflict"].includes(p.kind)).map((p) => [p.kind, p.notes])).toEqual([
      ["missing-access-date", [46]],
      ["url-title-conflict", [40, 44]],
    ]);
    await retireJapan();
  });

  it("a heading an admin renamed is reported, its text kept (plain text and Word alike)", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    await db().update(templateSections).set({ title: "Data Protection and Privacy" }).where(eq(templateSections.title, "Data Protection"));
    try {
      for (const file of [{ kind: "text" as const, text: seed }, { kind: "docx" as const, bytes: await seedAsWord(seed) }]) {
        const result = await importProfile({ actor: admin.actor, db: db(), file, now });
        expect(result.problems.filter((p) => p.kind === "unmatched-heading").map((p) => p.message)).toEqual([expect.stringContaining("“Data Protection”")]);
        const view = await snapshot("JP");
        const domestic = view.sections.find((s) => s.title === "Domestic law and policy")!;
        expect(domestic.text).toContain("Data Protection");
        expect(domestic.text.some((t) => /personal information/i.test(t))).toBe(true);
        await retireJapan();
      }
    } finally {
      await db().update(templateSections).set({ title: "Data Protection" }).where(eq(templateSections.title, "Data Protection and Privacy"));
    }
  });

  it("refuses a renamed PDF, a zip of 10,000 entries and a 50 MB document.xml with one clear error each, storing nothing", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const before = await counts();
    const bad: [Uint8Array, RegExp][] = [
      [Buffer.from("%PDF-1.7\n%%EOF\n"), /^This is not a Word document \(\.docx\) \(it is a PDF\)/],
      [zipSync(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}.xml`, new Uint8Array(1)])), { level: 0 }), /^The zip has more than 1,000 entries/],
      [zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": new Uint8Array(50 * 1024 * 1024).fill(0x20) }, { level: 9 }), /^word\/document\.xml unpacks to 50 MB/],
    ];
    for (const [bytes, message] of bad) {
      await expect(importProfile({ actor: admin.actor, db: db(), file: { kind: "docx", bytes }, now })).rejects.toMatchObject({ code: "bad_request:import", field: "file", message: expect.stringMatching(message) });
    }
    expect(await counts()).toEqual(before);
  });

  it("parses off the event loop: the server answers a request while a large Word file is read", async () => {
    const long = seed.split("\n").find((l) => l.length > 500)!;
    const big = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: "Japan" }), new Paragraph("Digital ID Overview"), ...Array.from({ length: 1_500 }, (_, i) => new Paragraph({ children: [new TextRun({ text: long, bold: i % 2 === 0 })] }))] }] }));
    const server = http.createServer((_req, res) => res.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const order: string[] = [];
    try {
      const parsing = parseFileInWorker({ kind: "docx", bytes: big }, { now, timeoutMs: 60_000 }).then((p) => {
        order.push("parsed");
        return p;
      });
      const answered = fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).then(async (r) => {
        order.push(`answered ${await r.text()}`);
      });
      const [parsed] = await Promise.all([parsing, answered]);
      expect(parsed.sections[0]!.paragraphs).toHaveLength(1_500);
      expect(order).toEqual(["answered ok", "parsed"]);
    } finally {
      server.close();
    }
  });
});
