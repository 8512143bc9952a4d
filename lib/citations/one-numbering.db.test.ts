import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sections } from "@/lib/db/schema/profiles";
import { buildDocx } from "@/lib/export/docx/build-docx";
import { draftToWord } from "@/lib/export/docx/draft-to-word";
import { versionToWord } from "@/lib/export/docx/version-to-word";
import { freshnessCitations } from "@/lib/freshness/freshness-citations";
import { freshnessCsv } from "@/lib/freshness/freshness-csv";
import { freshnessMatrix } from "@/lib/freshness/freshness-matrix";
import { staleBefore } from "@/lib/freshness/freshness-tone";
import { previewPublishGate } from "@/lib/freshness/preview-publish-gate";
import { loadFootnotes } from "@/lib/profiles/footnotes";
import { flattenTree } from "@/lib/profiles/template";
import { renderVersionPage } from "@/lib/public-site/render-version-page";
import { decideRevision } from "@/lib/review/decide-revision";
import { revisionDiff } from "@/lib/review/redline/revision-diff";
import { submitForReview } from "@/lib/review/submit-for-review";
import { sectionContentColumns } from "@/lib/sections/section-content-columns";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { docxParts } from "@/lib/test/docx-parts";
import { buildCitation, docOf } from "@/lib/test/version-factories";
import { loadVersion } from "@/lib/versions/load-version";
import { planPublish } from "@/lib/versions/publish-plan";
import { publishVersion } from "@/lib/versions/publish-version";
import { toApiJson } from "@/lib/versions/to-api-json";
import { toMarkdown } from "@/lib/versions/to-markdown";
import { numberReadingOrder } from "./number-reading-order";
import { citationItemsInProfile } from "./queries";

const db = testDatabaseForFile();
type Note = [citationId: string, sectionId: string, number: number];

describe("one footnote numbering", () => {
  it("every consumer numbers a 3-section profile with a foreign citation and a deleted marker identically", async () => {
    const researcher = await buildUser(db(), { role: "researcher" });
    const editor = await buildUser(db(), { role: "editor" });
    const admin = await buildUser(db(), { role: "admin" });
    const profile = await buildProfile(db(), { countryCode: "NO" });
    const other = await buildProfile(db(), { countryCode: "SE" });
    const rows = await db().select({ id: sections.id, parentId: sections.parentId, position: sections.position, title: sections.title }).from(sections).where(eq(sections.profileId, profile.id)).orderBy(asc(sections.position));
    const [s1, s2, s3] = flattenTree(rows);
    const stale = "2019-06-01";
    const cite = (sectionId: string, title: string) => buildCitation(db(), { sectionId, title, url: `https://example.org/${encodeURIComponent(title)}`, accessed: stale });
    const a = await cite(s1!.id, "Alpha");
    const b = await cite(s1!.id, "Bravo");
    const c = await cite(s2!.id, "Charlie");
    const d = await cite(s3!.id, "Delta");
    const foreign = await cite(other.sections[0]!.id, "Foreign");
    // A note cited and then deleted from the text: its row stays, its marker is gone.
    const ghost = await cite(s2!.id, "Ghost");
    const docs = new Map([
      [s1!.id, docOf(["Alpha says", { cite: a.citationId }, " and Bravo", { cite: b.citationId }, "."])],
      [s2!.id, docOf(["Pasted from Sweden", { cite: foreign.citationId }, "."], ["Charlie", { cite: c.citationId }, " and Alpha again", { cite: a.citationId }, "."])],
      [s3!.id, docOf(["Delta", { cite: d.citationId }, "."])],
    ]);
    for (const [id, doc] of docs) await db().update(sections).set(sectionContentColumns(doc)).where(eq(sections.id, id));
    const expected: Note[] = [
      [a.citationId, s1!.id, 1],
      [b.citationId, s1!.id, 2],
      [c.citationId, s2!.id, 3],
      [a.citationId, s2!.id, 4],
      [d.citationId, s3!.id, 5],
    ];

    // The editor: each section's citation order (the open one from its document), foreign ids from /api/citations.
    const drafts = (await db().select({ id: sections.id, parentId: sections.parentId, position: sections.position, contentJson: sections.contentJson, citationOrder: sections.citationOrder }).from(sections).where(eq(sections.profileId, profile.id)));
    const inOrder = flattenTree(drafts);
    const { foreign: foreignIds } = await citationItemsInProfile(editor.actor, db(), profile.id, inOrder.flatMap((s) => s.citationOrder ?? []));
    expect(foreignIds).toEqual([foreign.citationId]);
    const editorView = numberReadingOrder(inOrder.map((s) => ({ id: s.id, citationIds: s.citationOrder ?? [] })), { has: (id: string) => !foreignIds.includes(id) });
    expect(editorView.footnotes.map((f): Note => [f.citationId, f.sectionId, f.number])).toEqual(expected);
    // The profile page's footnotes and the draft Word export.
    const draft = await loadFootnotes(editor.actor, db(), profile.id, inOrder);
    expect(draft.map((f): Note => [f.citationId, f.sectionId, f.number])).toEqual(expected);
    const draftWord = await draftToWord({ actor: editor.actor, db: db(), iso: "NO" });
    expect(draftWord.footnotes.map((f): Note => [f.citationId, f.sectionId, f.number])).toEqual(expected);

    // The redline of each section's first revision.
    for (const s of [s1!, s2!, s3!]) {
      const rev = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId: s.id } });
      const diff = await revisionDiff({ actor: editor.actor, db: db(), revisionId: rev.id });
      const firstNumber = new Map<string, number>();
      for (const [id, sectionId, n] of expected) if (sectionId === s.id && !firstNumber.has(id)) firstNumber.set(id, n);
      expect(diff.numbersAfter).toEqual(Object.fromEntries(firstNumber));
      await decideRevision({ actor: editor.actor, db: db(), input: { revisionId: rev.id, decision: "approved" } });
    }

    // The publish gate (every note is stale; the deleted marker's stale row is not among them).
    const gate = await previewPublishGate(db(), { actor: editor.actor, plan: await planPublish(db(), "NO") });
    expect(gate.filter((p) => p.number > 0).map((p) => [p.citationId, p.number])).toEqual(expected.map(([id, , n]) => [id, n]));
    expect(gate.some((p) => p.citationId === ghost.citationId)).toBe(false);

    // The manifest, the public API, the public page and the exports of the published version.
    await publishVersion({ actor: admin.actor, db: db(), iso: "NO", input: { changelog: "v1", overrideReason: "Test sources." } });
    const v = (await loadVersion(db(), { iso: "NO" }))!;
    expect(v.manifest.footnotes.map((f): Note => [f.citationId, f.sectionId, f.number])).toEqual(expected);
    const api = toApiJson(v);
    const anchorOf = new Map(v.manifest.sections.map((s) => [s.id, s.anchor]));
    expect(api.footnotes.map((f) => [f.citationId, f.sectionId, f.number])).toEqual(expected.map(([id, s, n]) => [id, anchorOf.get(s), n]));
    expect(api.sections.map((s) => s.paragraphs.flatMap((p) => p.notes))).toEqual([[1, 2], [3, 4], [5], ...api.sections.slice(3).map(() => [])]);
    const markdown = toMarkdown(v, { permanentUrl: "https://folio.example/profiles/no/v/1" });
    expect([...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
    const page = renderVersionPage(v, { baseUrl: "https://folio.example" });
    expect([...page.matchAll(/<sup[^>]*>\s*<a[^>]*>\[?(\d+)\]?<\/a>/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
    expect(markdown).not.toContain("Ghost");
    expect(draftWord.footnotes.some((f) => f.citationId === ghost.citationId)).toBe(false);
    const word = docxParts(await buildDocx(versionToWord(v, { permanentUrl: "https://folio.example/profiles/no/v/1" })));
    expect(word["word/footnotes.xml"]).not.toContain("Ghost");
    expect([...word["word/document.xml"]!.matchAll(/<w:footnoteReference w:id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);

    // Citations follow the text: the freshness matrix, its list and CSV count only notes whose marker is there.
    const today = new Date().toISOString().slice(0, 10);
    const matrix = await freshnessMatrix(db(), { today, maxAgeMonths: 12, staleBefore: staleBefore(today, 12) });
    const row = matrix.rows.find((r) => r.countryCode === "NO")!;
    const cells = matrix.columns.map((col) => row.cells[col.key]?.citations ?? 0);
    expect(cells.reduce((x, y) => x + y, 0)).toBe(4);
    const listed = await freshnessCitations(db(), { countryCode: "NO", filter: "all", staleBefore: staleBefore(today, 12) });
    expect(listed.map((l) => l.title).sort()).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);
    expect(freshnessCsv(listed)).not.toContain("Ghost");
  });
});
