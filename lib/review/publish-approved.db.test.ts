import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCitation } from "@/lib/citations/add-citation";
import { editCitation } from "@/lib/citations/edit-citation";
import { mergeSources } from "@/lib/citations/merge-sources";
import { createSectionStore } from "@/lib/collab/section-store";
import { citations, citationSources, sources } from "@/lib/db/schema/citations";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { revisions } from "@/lib/db/schema/review";
import { FRAGMENT } from "@/lib/editor/ydoc-content";
import { writeSectionContent } from "@/lib/sections/write-section-content";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { loadVersion } from "@/lib/versions/load-version";
import { publishVersion } from "@/lib/versions/publish-version";
import { decideRevision } from "./decide-revision";
import { displayStatuses } from "./display-statuses";
import { revisionDiff } from "./redline/revision-diff";
import { submitForReview } from "./submit-for-review";

const db = testDatabaseForFile();
const countries = ["FR", "DE", "IT", "ES", "PT", "NL"];
let next = 0;

/** A profile's first section written by a server writer (an import by `importer`), citing one source. */
async function importedSection(importer: string | null) {
  const iso = countries[next++]!;
  const profile = await buildProfile(db(), { countryCode: iso });
  const sectionId = profile.sections[0]!.id;
  const [source] = await db().insert(sources).values({ csl: { type: "webpage", title: "Genuine statute" }, title: "Genuine statute", url: "https://example.org/statute" }).returning();
  const citationId = randomUUID();
  const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Registration is compulsory." }, { type: "citation", attrs: { citationId } }] }] };
  await writeSectionContent(db(), { sectionId, doc, citations: [{ id: citationId, items: [{ sourceId: source!.id, accessed: "2026-01-15" }] }], createdBy: importer, origin: "Imported from a file" });
  return { iso, profile, sectionId, citationId, sourceId: source!.id };
}

/** Appends a citation marker for `citationId` to the first paragraph, logged as typed by `userId`. */
async function logMarker(sectionId: string, userId: string, citationId: string) {
  const stored = await createSectionStore(db()).load(sectionId);
  const doc = stored!.doc;
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  const paragraph = doc.getXmlFragment(FRAGMENT).get(0) as Y.XmlElement;
  const marker = new Y.XmlElement("citation");
  paragraph.insert(paragraph.length, [marker]);
  marker.setAttribute("citationId", citationId);
  await db().insert(sectionUpdates).values(updates.map((update) => ({ sectionId, update, userId })));
}

async function status(sectionId: string) {
  const [row] = await db().select({ id: sections.id, status: sections.status, contentJson: sections.contentJson }).from(sections).where(eq(sections.id, sectionId));
  return (await displayStatuses(db(), [row!])).get(sectionId);
}

describe("publish exactly what was approved", () => {
  it("an imported section has a baseline: the first submission is compared with it and shows no change when unchanged", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const s = await importedSection(admin.id);
    const [baseline] = await db().select().from(revisions).where(eq(revisions.sectionId, s.sectionId));
    expect(baseline).toMatchObject({ number: 0, kind: "baseline", authors: [admin.id], submittedBy: admin.id, note: "Imported from a file" });
    expect(baseline!.citations).toEqual([{ citationId: s.citationId, items: [expect.objectContaining({ title: "Genuine statute", accessed: "2026-01-15", archiveUrl: null, titleTranslation: null })] }]);

    const researcher = await buildUser(db(), { role: "researcher" });
    const rev = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    expect(rev.number).toBe(1);
    const diff = await revisionDiff({ actor: researcher.actor, db: db(), revisionId: rev.id });
    expect(diff.against).toEqual({ id: baseline!.id, number: 0 });
    expect(diff.changes).toEqual([]);
    expect(diff.footnotes).toEqual([]);
  });

  it("four-eyes counts the importer, a citation's creator and whoever edited a citation as authors (the suspicion in issue 18 held)", async () => {
    // The importing admin is an author of the imported text: they cannot approve its first review.
    const admin = await buildUser(db(), { role: "admin" });
    const s = await importedSection(admin.id);
    const researcher = await buildUser(db(), { role: "researcher" });
    const first = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    expect((await db().select({ authors: revisions.authors }).from(revisions).where(eq(revisions.id, first.id)))[0]!.authors).toEqual([admin.id]);
    await expect(decideRevision({ actor: admin.actor, db: db(), input: { revisionId: first.id, decision: "approved" } })).rejects.toMatchObject({ name: "ForbiddenError" });
    const editor = await buildUser(db(), { role: "editor" });
    await decideRevision({ actor: editor.actor, db: db(), input: { revisionId: first.id, decision: "approved" } });

    // An editor creates a citation row that a researcher's marker then uses: the editor put that footnote in.
    const citer = await buildUser(db(), { role: "editor" });
    const { citationId } = await addCitation({ actor: citer.actor, db: db(), input: { sectionId: s.sectionId, items: [{ sourceId: s.sourceId, accessed: "2026-02-01" }] } });
    await logMarker(s.sectionId, researcher.id, citationId);
    const second = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    const [row] = await db().select({ authors: revisions.authors, json: revisions.contentJson }).from(revisions).where(eq(revisions.id, second.id));
    expect(JSON.stringify(row!.json)).toContain(citationId);
    expect(new Set(row!.authors)).toEqual(new Set([researcher.id, citer.id]));
    await expect(decideRevision({ actor: citer.actor, db: db(), input: { revisionId: second.id, decision: "approved" } })).rejects.toMatchObject({ name: "ForbiddenError" });
    await decideRevision({ actor: editor.actor, db: db(), input: { revisionId: second.id, decision: "approved" } });

    // An editor who only changes an access date is an author of the next revision.
    const dater = await buildUser(db(), { role: "editor" });
    await editCitation({ actor: dater.actor, db: db(), citationId, input: { accessed: "2026-03-01" } });
    const third = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    expect((await db().select({ authors: revisions.authors }).from(revisions).where(eq(revisions.id, third.id)))[0]!.authors).toEqual([dater.id]);
    await expect(decideRevision({ actor: dater.actor, db: db(), input: { revisionId: third.id, decision: "approved" } })).rejects.toMatchObject({ name: "ForbiddenError" });
  });

  it("publishing copies the approved revision's footnotes; a later merge or edit marks the section changed and waits for review", async () => {
    const researcher = await buildUser(db(), { role: "researcher" });
    const editor = await buildUser(db(), { role: "editor" });
    const s = await importedSection(null);
    const rev = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    await decideRevision({ actor: editor.actor, db: db(), input: { revisionId: rev.id, decision: "approved" } });
    expect(await status(s.sectionId)).toBe("approved");

    // After approval: the source is merged into a mirror at another URL, and the access date is edited.
    const [mirror] = await db().insert(sources).values({ csl: { type: "webpage", title: "Genuine statute (mirror)" }, title: "Genuine statute (mirror)", url: "https://mirror.example.org/statute" }).returning();
    await mergeSources({ actor: editor.actor, db: db(), input: { keepId: mirror!.id, mergeId: s.sourceId } });
    expect(await status(s.sectionId)).toBe("approved_changed");
    await editCitation({ actor: researcher.actor, db: db(), citationId: s.citationId, input: { accessed: "2026-03-01", pinpoint: "s 2" } });

    await publishVersion({ actor: editor.actor, db: db(), iso: s.iso, input: { changelog: "v1" } });
    const v1 = (await loadVersion(db(), { iso: s.iso }))!;
    expect(v1.manifest.footnotes).toHaveLength(1);
    expect(v1.manifest.footnotes[0]!.sources[0]).toMatchObject({ title: "Genuine statute", url: "https://example.org/statute", accessed: "2026-01-15", pinpoint: null });

    // Only a new revision carries the change, and its redline shows it.
    const rev2 = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    const diff = await revisionDiff({ actor: editor.actor, db: db(), revisionId: rev2.id });
    expect(diff.footnotes).toEqual([expect.objectContaining({ kind: "changed", citationId: s.citationId, fields: ["source", "accessed", "pinpoint"] })]);
    await decideRevision({ actor: editor.actor, db: db(), input: { revisionId: rev2.id, decision: "approved" } });
    await publishVersion({ actor: editor.actor, db: db(), iso: s.iso, input: { changelog: "v2" } });
    const v2 = (await loadVersion(db(), { iso: s.iso }))!;
    expect(v2.manifest.footnotes[0]!.sources[0]).toMatchObject({ title: "Genuine statute (mirror)", url: "https://mirror.example.org/statute", accessed: "2026-03-01", pinpoint: "s 2" });
  });

  it("PATCH contract: 400 naming the field, 404 for an unknown citation, 403 for a viewer, position for a multi-source note; nothing changes on refusal", async () => {
    const researcher = await buildUser(db(), { role: "researcher" });
    const viewer = await buildUser(db(), { role: "viewer" });
    const s = await importedSection(null);
    const edit = (actor: typeof researcher.actor, input: unknown, id: string = s.citationId) => editCitation({ actor, db: db(), citationId: id, input }).catch((e: unknown) => e);
    expect(await edit(researcher.actor, { accessed: "2026-13-01" })).toMatchObject({ status: 400, field: "accessed" });
    expect(await edit(researcher.actor, { accessed: "2999-01-01" })).toMatchObject({ status: 400, field: "accessed" });
    expect(await edit(researcher.actor, { pinpoint: 5 })).toMatchObject({ status: 400, field: "pinpoint" });
    expect(await edit(researcher.actor, {})).toMatchObject({ status: 400, field: "accessed" });
    expect(await edit(researcher.actor, { accessed: "2026-02-01" }, "nope")).toMatchObject({ status: 400, field: "id" });
    expect(await edit(researcher.actor, { accessed: "2026-02-01" }, randomUUID())).toMatchObject({ status: 404 });
    expect(await edit(viewer.actor, { accessed: "2026-02-01" })).toMatchObject({ name: "ForbiddenError" });
    expect((await db().select({ accessed: citationSources.accessedAt }).from(citationSources).where(eq(citationSources.citationId, s.citationId)))[0]!.accessed).toBe("2026-01-15");
    expect(await edit(researcher.actor, { pinpoint: "para 3" })).toEqual({ id: s.citationId, accessed: "2026-01-15", pinpoint: "para 3" });
    expect(await edit(researcher.actor, { pinpoint: null, accessed: "2026-02-02" })).toEqual({ id: s.citationId, accessed: "2026-02-02", pinpoint: null });

    const [other] = await db().insert(sources).values({ csl: { title: "Second" }, title: "Second" }).returning();
    const { citationId } = await addCitation({ actor: researcher.actor, db: db(), input: { sectionId: s.sectionId, items: [{ sourceId: s.sourceId, accessed: "2026-01-01" }, { sourceId: other!.id }] } });
    expect(await edit(researcher.actor, { pinpoint: "x" }, citationId)).toMatchObject({ status: 400, field: "position" });
    expect(await edit(researcher.actor, { pinpoint: "x", position: 2 }, citationId)).toMatchObject({ status: 400, field: "position" });
    expect(await edit(researcher.actor, { pinpoint: "p 9", position: 1 }, citationId)).toEqual({ id: citationId, accessed: null, pinpoint: "p 9" });
    expect(await db().select({ id: citations.id }).from(citations).where(eq(citations.id, citationId))).toHaveLength(1);
  });
});
