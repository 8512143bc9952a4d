import { describe, expect, it } from "vitest";
import { resolvePublic } from "@/lib/public-site/resolve-public";
import { docxParts } from "@/lib/test/docx-parts";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { buildApprovedRevision, buildCitation, docOf } from "@/lib/test/version-factories";
import { loadVersion } from "@/lib/versions/load-version";
import { publishVersion } from "@/lib/versions/publish-version";
import { paragraphBookmark, readBookmark } from "./bookmark-names";

const db = testDatabaseForFile();

describe("Word export of a published version", () => {
  it("is served publicly as an attachment with its sources and paragraph anchors as bookmarks, and linked from the version page", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    const researcher = await buildUser(db(), { role: "researcher" });
    const profile = await buildProfile(db(), { countryCode: "FR", createdBy: editor.id });
    const sectionId = profile.sections[0]!.id;
    const a = await buildCitation(db(), { sectionId, title: "Décret n° 2022-676", url: "https://example.org/decret", accessed: "2025-12-22" });
    const b = await buildCitation(db(), { sectionId, title: "Décret n° 2022-676", url: "https://example.org/decret", accessed: "2025-12-22" });
    const content = docOf(["France has a digital ID.", { cite: a.citationId }], ["It is optional.", { cite: b.citationId }]);
    await buildApprovedRevision(db(), { sectionId, content, submittedBy: researcher.id, reviewerId: editor.id });
    await publishVersion({ actor: editor.actor, db: db(), iso: "FR", input: { changelog: "First." } });

    const entry = await resolvePublic(() => db(), new URL("http://folio.test/profiles/fr/v/1/export/docx"));
    expect(entry!.status).toBe(200);
    expect(entry!.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(entry!.headers["content-disposition"]).toBe('attachment; filename="fr-v1.docx"');
    const parts = docxParts(entry!.body);
    const bookmarks = (xml: string) => [...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => readBookmark(m[1]!));
    expect(bookmarks(parts["word/footnotes.xml"]!)).toEqual([
      { kind: "source", sourceId: a.sourceId },
      { kind: "source", sourceId: b.sourceId },
    ]);
    const v = (await loadVersion(db(), { iso: "FR", number: 1 }))!;
    const anchors = v.manifest.sections[0]!.paragraphs.map((p) => p.anchor);
    expect(anchors.every((anchor) => paragraphBookmark(anchor) !== null)).toBe(true);
    expect(bookmarks(parts["word/document.xml"]!)).toEqual(anchors.map((anchor) => ({ kind: "paragraph", anchor })));

    const page = await resolvePublic(() => db(), new URL("http://folio.test/profiles/fr/v/1"));
    expect(page!.body.toString()).toContain('href="/profiles/fr/v/1/export/docx">Word</a>');
  });
});
