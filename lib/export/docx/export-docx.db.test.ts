import { execFileSync, spawnSync } from "node:child_process";
import { readerActor } from "@/lib/test/reader-actor";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importProfile } from "@/lib/import/import-profile";
import { loadFootnotes } from "@/lib/profiles/footnotes";
import { getProfileByCountry } from "@/lib/profiles/queries";
import { seedDatabase } from "@/lib/seed/seed-database";
import { docxParts } from "@/lib/test/docx-parts";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { buildDocx } from "./build-docx";
import { draftToWord } from "./draft-to-word";

const seed = fs.readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
const db = testDatabaseForFile(async (handle) => {
  await seedDatabase({ db: handle.db, mode: "none", log: () => {} });
});

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

describe("Word export of a draft", () => {
  it("writes real footnotes (with the separators Word requires), headings in template order and links in notes", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    await importProfile({ actor: admin.actor, db: db(), text: seed, now: "2026-01-20" });
    const viewer = await buildUser(db(), { role: "viewer" });
    const word = await draftToWord({ actor: viewer.actor, db: db(), iso: "jp" });
    const bytes = await buildDocx(word);
    const parts = docxParts(bytes);
    const view = (await getProfileByCountry(readerActor, db(), "JP"))!;
    const footnotes = await loadFootnotes(readerActor, db(), view.id, view.sections);

    const notes = parts["word/footnotes.xml"]!;
    expect(notes).toMatch(/<w:footnote w:type="separator" w:id="-1">/);
    expect(notes).toMatch(/<w:footnote w:type="continuationSeparator" w:id="0">/);
    const ids = [...notes.matchAll(/<w:footnote w:id="(\d+)">/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(footnotes.map((f) => f.number));
    const references = [...parts["word/document.xml"]!.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(references).toEqual(footnotes.map((f) => f.number));
    // Every note's text is there, ibid and (n X) as Folio numbers them.
    const noteText = notes.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    for (const f of footnotes) expect(noteText).toContain(f.text);
    // Links in notes resolve through the notes' own relationships part.
    const rels = parts["word/_rels/footnotes.xml.rels"]!;
    for (const m of notes.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)) expect(rels).toContain(`Id="${m[1]}"`);
    expect(rels).toMatch(/TargetMode="External"/);
    // Sections as Heading 1/2 in template order, the title first.
    const headings = [...parts["word/document.xml"]!.matchAll(/<w:pStyle w:val="(Title|Heading[12])"\/><\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)</g)].map((m) => m[2]);
    expect(headings).toEqual(["Japan", ...view.sections.map((s) => s.title)]);
    expect(parts["word/document.xml"]).toMatch(/Last updated: \d{1,2} [A-Z][a-z]+ \d{4}/);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-docx-"));
    const file = path.join(dir, "jp.docx");
    fs.writeFileSync(file, bytes);
    // unzip -t checks every entry's CRC, as Word does when it opens the file.
    expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toMatch(/No errors detected/);
    if (hasSoffice) {
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "pipe", timeout: 120_000 });
      expect(fs.statSync(path.join(dir, "jp.pdf")).size).toBeGreaterThan(0);
    } else {
      console.log("LibreOffice (soffice) is not installed: skipped converting the exported .docx to PDF.");
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("needs a signed-in reader", async () => {
    await expect(draftToWord({ actor: null, db: db(), iso: "jp" })).rejects.toThrow(/Sign in/);
  });
});
