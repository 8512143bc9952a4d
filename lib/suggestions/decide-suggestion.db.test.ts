import { and, eq } from "drizzle-orm";
import { Transform } from "@tiptap/pm/transform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema/auth";
import { citationSources } from "@/lib/db/schema/citations";
import { sections } from "@/lib/db/schema/profiles";
import { revisions, sectionWriters } from "@/lib/db/schema/review";
import { seedSection } from "@/lib/test/seed-section";
import { startTestCollabServer, type TestCollabServer } from "@/lib/test/start-test-collab-server";
import { suggestionDeleteMark, suggestionInsertMark } from "@/lib/editor/suggestion-marks";
import { writeNodeToYDoc, yDocToNode } from "@/lib/editor/ydoc-content";
import { decideRevision } from "@/lib/review/decide-revision";
import { submitForReview } from "@/lib/review/submit-for-review";
import { editLiveSection } from "@/lib/sections/edit-live-section";
import { bareServices, setServices } from "@/lib/server/services";
import { buildCitation } from "@/lib/test/build-citation";
import { buildUser } from "@/lib/test/factories";
import { openTestDatabase } from "@/lib/test/test-database";
import { decideSuggestion } from "./decide-suggestion";
import { sectionSuggestions } from "./section-suggestions";

let handle: DatabaseHandle;
let server: TestCollabServer;
const db = () => handle.db;

beforeAll(async () => {
  handle = await openTestDatabase();
  server = await startTestCollabServer({ db: handle.db, flushDelayMs: 10 });
  setServices(bareServices({ collab: server.collab }));
});

afterAll(async () => {
  setServices(undefined);
  await server?.close();
  await handle?.close();
});

let n = 0;
/** Writes a suggestion by `author` into the section's live document, as their editor would: text added at the end of the first paragraph, or its first `remove` characters marked for removal. */
async function suggest(sectionId: string, author: { id: string; name: string; role: "researcher" | "editor" }, change: { add: string } | { remove: number }): Promise<string> {
  const id = `${sectionId}.t${++n}`;
  await editLiveSection(sectionId, author, (doc) => {
    const node = yDocToNode(doc);
    const { schema } = node.type;
    const attrs = { id, authorId: author.id, authorName: author.name, createdAt: "2026-12-05T04:00:00.000Z" };
    const tr = new Transform(node);
    if ("add" in change) tr.insert(node.firstChild!.nodeSize - 1, schema.text(change.add, [schema.marks[suggestionInsertMark]!.create(attrs)]));
    else tr.addMark(1, 1 + change.remove, schema.marks[suggestionDeleteMark]!.create(attrs));
    writeNodeToYDoc(doc, tr.doc);
  });
  return id;
}

/** Plain writing (Editing mode): `text` added at the end of the first paragraph. */
async function write(sectionId: string, user: { id: string; name: string; role: "researcher" | "editor" }, text: string): Promise<void> {
  await editLiveSection(sectionId, user, (doc) => {
    const node = yDocToNode(doc);
    writeNodeToYDoc(doc, new Transform(node).insert(node.firstChild!.nodeSize - 1, node.type.schema.text(text)).doc);
  });
}

/** Backspace in one's own suggested text: removes `count` characters before the end of the first paragraph. */
async function backspace(sectionId: string, user: { id: string; name: string; role: "researcher" | "editor" }, count: number): Promise<void> {
  await editLiveSection(sectionId, user, (doc) => {
    const node = yDocToNode(doc);
    const end = node.firstChild!.nodeSize - 1;
    writeNodeToYDoc(doc, new Transform(node).delete(end - count, end).doc);
  });
}

async function contentText(sectionId: string): Promise<string> {
  await server.collab.flushAll();
  const [row] = await db().select({ text: sections.contentText }).from(sections).where(eq(sections.id, sectionId));
  return row!.text ?? "";
}

describe("suggestions: listing, deciding, and the review rules", () => {
  it("lists an open suggestion, refuses a submission while it is open (409 naming how many), and refuses its author's own decision (403)", async () => {
    const { sectionId } = await seedSection(db(), "Start.");
    const researcher = await buildUser(db(), { role: "researcher", name: "Rita" });
    const id = await suggest(sectionId, { ...researcher, role: "researcher" }, { add: " More." });
    const listed = await sectionSuggestions({ actor: researcher.actor, db: db(), sectionId });
    expect(listed).toEqual([{ id, kind: "insert", text: " More.", author: { id: researcher.id, name: "Rita" }, createdAt: "2026-12-05T04:00:00.000Z" }]);
    // Open suggestions are not part of the text.
    expect(await contentText(sectionId)).toBe("Start.");
    await expect(submitForReview({ actor: researcher.actor, db: db(), input: { sectionId } })).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/1 open suggestion\b/) });
    await expect(decideSuggestion({ actor: researcher.actor, db: db(), suggestionId: id, input: { decision: "accepted" } })).rejects.toMatchObject({ name: "ForbiddenError", message: expect.stringMatching(/You made this suggestion/) });
    // A researcher who never wrote the section may not decide it either; a viewer never.
    const stranger = await buildUser(db(), { role: "researcher" });
    await expect(decideSuggestion({ actor: stranger.actor, db: db(), suggestionId: id, input: { decision: "accepted" } })).rejects.toMatchObject({ name: "ForbiddenError" });
    const viewer = await buildUser(db(), { role: "viewer" });
    await expect(decideSuggestion({ actor: viewer.actor, db: db(), suggestionId: id, input: { decision: "rejected" } })).rejects.toMatchObject({ name: "ForbiddenError" });
    expect(await sectionSuggestions({ actor: researcher.actor, db: db(), sectionId })).toHaveLength(1);
  });

  it("an editor accepts (200): the text joins the section as the suggester's writing; deciding again is 409", async () => {
    const { sectionId } = await seedSection(db(), "Start.");
    const researcher = await buildUser(db(), { role: "researcher", name: "Rita" });
    const editor = await buildUser(db(), { role: "editor", name: "Ed" });
    const id = await suggest(sectionId, { ...researcher, role: "researcher" }, { add: " Accepted words." });
    const done = await decideSuggestion({ actor: editor.actor, db: db(), suggestionId: id, input: { decision: "accepted" } });
    expect(done).toMatchObject({ id, decision: "accepted", sectionId });
    expect(await sectionSuggestions({ actor: editor.actor, db: db(), sectionId })).toEqual([]);
    expect(await contentText(sectionId)).toBe("Start. Accepted words.");
    await expect(decideSuggestion({ actor: editor.actor, db: db(), suggestionId: id, input: { decision: "rejected" } })).rejects.toMatchObject({ status: 409 });
    // Submitting now works, and the suggester is an author of the revision (so they cannot approve it).
    const rev = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId } });
    const [row] = await db().select({ authors: revisions.authors, text: revisions.contentText }).from(revisions).where(eq(revisions.id, rev.id));
    expect(row!.text).toBe("Start. Accepted words.");
    expect(row!.authors).toContain(researcher.id);
    expect(row!.authors).not.toContain(editor.id);
  });

  it("a researcher who wrote the section rejects a removal: the text stays, the rejection is kept in the audit trail", async () => {
    const { sectionId } = await seedSection(db(), "Start here.");
    const writer = await buildUser(db(), { role: "researcher", name: "Wanda" });
    const reviewer = await buildUser(db(), { role: "editor", name: "Rev" });
    // The writer's own writing makes them a writer of the section.
    await editLiveSection(sectionId, { ...writer, role: "researcher" }, (doc) => {
      const node = yDocToNode(doc);
      writeNodeToYDoc(doc, new Transform(node).insert(node.firstChild!.nodeSize - 1, node.type.schema.text("!")).doc);
    });
    const id = await suggest(sectionId, { ...reviewer, role: "editor" }, { remove: 6 });
    expect((await sectionSuggestions({ actor: writer.actor, db: db(), sectionId }))[0]).toMatchObject({ kind: "delete", text: "Start " });
    expect(await contentText(sectionId)).toBe("Start here.!");
    await decideSuggestion({ actor: writer.actor, db: db(), suggestionId: id, input: { decision: "rejected" } });
    expect(await contentText(sectionId)).toBe("Start here.!");
    expect(await sectionSuggestions({ actor: writer.actor, db: db(), sectionId })).toEqual([]);
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.subjectType, "suggestion"), eq(auditLog.subjectId, id)));
    expect(audit).toMatchObject({ actorId: writer.id, action: "suggestion.reject" });
    expect(JSON.parse(audit!.data!)).toMatchObject({ sectionId, kind: "delete", text: "Start ", suggestedBy: { id: reviewer.id, name: "Rev" } });
  });

  it("answers 404 for an unknown or malformed id and 400 naming the field for a bad decision, changing nothing", async () => {
    const { sectionId } = await seedSection(db(), "Start.");
    const editor = await buildUser(db(), { role: "editor" });
    await expect(decideSuggestion({ actor: editor.actor, db: db(), suggestionId: `${sectionId}.nope`, input: { decision: "accepted" } })).rejects.toMatchObject({ status: 404 });
    await expect(decideSuggestion({ actor: editor.actor, db: db(), suggestionId: "not-an-id", input: { decision: "accepted" } })).rejects.toMatchObject({ status: 404 });
    await expect(decideSuggestion({ actor: editor.actor, db: db(), suggestionId: "00000000-0000-4000-8000-000000000000.x", input: { decision: "accepted" } })).rejects.toMatchObject({ status: 404 });
    await expect(decideSuggestion({ actor: editor.actor, db: db(), suggestionId: `${sectionId}.nope`, input: { decision: "maybe" } })).rejects.toMatchObject({ status: 400, field: "decision" });
    expect(await contentText(sectionId)).toBe("Start.");
  });

  it("of two decisions at once exactly one lands; the other is 409", async () => {
    const { sectionId } = await seedSection(db(), "Start.");
    const researcher = await buildUser(db(), { role: "researcher" });
    const [a, b] = [await buildUser(db(), { role: "editor" }), await buildUser(db(), { role: "editor" })];
    const id = await suggest(sectionId, { ...researcher, role: "researcher" }, { add: " Race." });
    const results = await Promise.allSettled([
      decideSuggestion({ actor: a.actor, db: db(), suggestionId: id, input: { decision: "accepted" } }),
      decideSuggestion({ actor: b.actor, db: db(), suggestionId: id, input: { decision: "rejected" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    const text = await contentText(sectionId);
    const winner = results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ decision: string }>;
    expect(text).toBe(winner.value.decision === "accepted" ? "Start. Race." : "Start.");
  });

  it("a reviewer suggests on the revision they review without becoming its author: rejected or still open, they may approve", async () => {
    const { sectionId } = await seedSection(db(), "Start.");
    const writer = await buildUser(db(), { role: "researcher", name: "Wanda" });
    const reviewer = await buildUser(db(), { role: "editor", name: "Rev" });
    await write(sectionId, { ...writer, role: "researcher" }, " Written.");
    const rev1 = await submitForReview({ actor: writer.actor, db: db(), input: { sectionId } });
    // While reviewing revision 1 the reviewer proposes text, fixes a typo in it, and proposes a removal.
    const added = await suggest(sectionId, { ...reviewer, role: "editor" }, { add: " Suggested texx" });
    await backspace(sectionId, { ...reviewer, role: "editor" }, 1);
    await editLiveSection(sectionId, { ...reviewer, role: "editor" }, (doc) => {
      const node = yDocToNode(doc);
      const end = node.firstChild!.nodeSize - 1;
      writeNodeToYDoc(doc, new Transform(node).insert(end, node.type.schema.text("t", [node.type.schema.marks[suggestionInsertMark]!.create({ id: added, authorId: reviewer.id, authorName: "Rev", createdAt: "2026-12-05T04:00:00.000Z" })])).doc);
    });
    const removal = await suggest(sectionId, { ...reviewer, role: "editor" }, { remove: 5 });
    expect((await sectionSuggestions({ actor: writer.actor, db: db(), sectionId })).map((x) => x.text)).toEqual(["Start", " Suggested text"]);
    // Still open: revision 1 may be approved by them.
    await expect(decideRevision({ actor: reviewer.actor, db: db(), input: { revisionId: rev1.id, decision: "approved" } })).resolves.toMatchObject({ decision: "approved" });
    // The writer rejects both; the next revision is theirs alone, and the reviewer may approve it too (also once
    // the log is compacted into the snapshot: section_writers does not list them).
    await decideSuggestion({ actor: writer.actor, db: db(), suggestionId: added, input: { decision: "rejected" } });
    await decideSuggestion({ actor: writer.actor, db: db(), suggestionId: removal, input: { decision: "rejected" } });
    await write(sectionId, { ...writer, role: "researcher" }, " More.");
    await server.collab.flushAll();
    expect((await db().select({ userId: sectionWriters.userId }).from(sectionWriters).where(eq(sectionWriters.sectionId, sectionId))).map((r) => r.userId)).toEqual([writer.id]);
    const rev2 = await submitForReview({ actor: writer.actor, db: db(), input: { sectionId } });
    const [row] = await db().select({ authors: revisions.authors, text: revisions.contentText }).from(revisions).where(eq(revisions.id, rev2.id));
    expect(row).toEqual({ authors: [writer.id], text: "Start. Written. More." });
    await expect(decideRevision({ actor: reviewer.actor, db: db(), input: { revisionId: rev2.id, decision: "approved" } })).resolves.toMatchObject({ decision: "approved" });
  });

  it("once a reviewer's suggestion is accepted they are an author of the next revision holding it and may not approve it", async () => {
    const { sectionId } = await seedSection(db(), "Start.");
    const writer = await buildUser(db(), { role: "researcher", name: "Wanda" });
    const reviewer = await buildUser(db(), { role: "editor", name: "Rev" });
    const other = await buildUser(db(), { role: "editor", name: "Otto" });
    await write(sectionId, { ...writer, role: "researcher" }, " Written.");
    const rev1 = await submitForReview({ actor: writer.actor, db: db(), input: { sectionId } });
    const id = await suggest(sectionId, { ...reviewer, role: "editor" }, { add: " Better." });
    // Revision 1 is approved by someone else while the suggestion is open; it is accepted afterwards.
    await decideRevision({ actor: other.actor, db: db(), input: { revisionId: rev1.id, decision: "approved" } });
    await decideSuggestion({ actor: writer.actor, db: db(), suggestionId: id, input: { decision: "accepted" } });
    await server.collab.flushAll();
    const rev2 = await submitForReview({ actor: writer.actor, db: db(), input: { sectionId } });
    const [row] = await db().select({ authors: revisions.authors, text: revisions.contentText }).from(revisions).where(eq(revisions.id, rev2.id));
    expect(row!.text).toBe("Start. Written. Better.");
    expect(row!.authors).toContain(reviewer.id);
    expect(row!.authors).not.toContain(writer.id); // accepting is reviewing, not writing
    await expect(decideRevision({ actor: reviewer.actor, db: db(), input: { revisionId: rev2.id, decision: "approved" } })).rejects.toMatchObject({ name: "ForbiddenError" });
    // The accepter (not an author) may; so may anyone else who wrote none of it.
    await expect(decideRevision({ actor: writer.actor, db: db(), input: { revisionId: rev2.id, decision: "approved" } })).rejects.toMatchObject({ name: "ForbiddenError" }); // they submitted it
    await expect(decideRevision({ actor: other.actor, db: db(), input: { revisionId: rev2.id, decision: "approved" } })).resolves.toMatchObject({ decision: "approved" });
  });

  it("a footnote's access date and pinpoint suggested: listed as a citation suggestion; reject keeps the registry, accept applies it as the suggester's", async () => {
    const { sectionId } = await seedSection(db(), "Cited.");
    const writer = await buildUser(db(), { role: "researcher", name: "Wanda" });
    const reviewer = await buildUser(db(), { role: "editor", name: "Rev" });
    const { citationId, citationSourceId } = await buildCitation(db(), { sectionId, accessedAt: "2025-01-15" });
    await editLiveSection(sectionId, { ...writer, role: "researcher" }, (doc) => {
      const node = yDocToNode(doc);
      writeNodeToYDoc(doc, new Transform(node).insert(node.firstChild!.nodeSize - 1, node.type.schema.nodes.citation!.create({ citationId })).doc);
    });
    /** The reviewer's Suggesting-mode save of the footnote editor (the marker's suggestedEdit attribute). */
    const propose = async (changes: { position: number; accessed?: string; pinpoint?: string | null }[]) => {
      const id = `${sectionId}.e${++n}`;
      await editLiveSection(sectionId, { ...reviewer, role: "editor" }, (doc) => {
        const node = yDocToNode(doc);
        const pos = node.firstChild!.nodeSize - 2;
        expect(node.nodeAt(pos)!.type.name).toBe("citation");
        writeNodeToYDoc(doc, new Transform(node).setNodeAttribute(pos, "suggestedEdit", { id, authorId: reviewer.id, authorName: "Rev", createdAt: "2026-12-05T04:00:00.000Z", changes }).doc);
      });
      return id;
    };
    const registry = async () => (await db().select({ accessed: citationSources.accessedAt, pinpoint: citationSources.pinpoint }).from(citationSources).where(eq(citationSources.id, citationSourceId)))[0];

    const rejected = await propose([{ position: 0, accessed: "2026-11-01" }]);
    expect(await sectionSuggestions({ actor: writer.actor, db: db(), sectionId })).toEqual([{ id: rejected, kind: "citation", text: "accessed 2026-11-01", author: { id: reviewer.id, name: "Rev" }, createdAt: "2026-12-05T04:00:00.000Z" }]);
    await decideSuggestion({ actor: writer.actor, db: db(), suggestionId: rejected, input: { decision: "rejected" } });
    expect(await registry()).toEqual({ accessed: "2025-01-15", pinpoint: null });
    expect(await sectionSuggestions({ actor: writer.actor, db: db(), sectionId })).toEqual([]);

    // A proposal the registry would refuse (a future date) is 400 on accept, changing nothing.
    const bad = await propose([{ position: 0, accessed: "2999-01-01" }]);
    await expect(decideSuggestion({ actor: writer.actor, db: db(), suggestionId: bad, input: { decision: "accepted" } })).rejects.toMatchObject({ status: 400, field: "accessed" });
    expect(await registry()).toEqual({ accessed: "2025-01-15", pinpoint: null });
    await decideSuggestion({ actor: writer.actor, db: db(), suggestionId: bad, input: { decision: "rejected" } });

    const accepted = await propose([{ position: 0, accessed: "2026-11-01", pinpoint: "s 4" }]);
    await decideSuggestion({ actor: writer.actor, db: db(), suggestionId: accepted, input: { decision: "accepted" } });
    expect(await registry()).toEqual({ accessed: "2026-11-01", pinpoint: "s 4" });
    expect(await sectionSuggestions({ actor: writer.actor, db: db(), sectionId })).toEqual([]);
    const [edit] = await db().select().from(auditLog).where(and(eq(auditLog.subjectId, sectionId), eq(auditLog.action, "citation.edit")));
    expect(edit).toMatchObject({ actorId: reviewer.id });
    expect(JSON.parse(edit!.data!)).toMatchObject({ citationId, suggestionId: accepted, acceptedBy: writer.id, accessed: { from: "2025-01-15", to: "2026-11-01" } });
    // The changed footnote is the suggester's writing: they are an author of the next revision; the accepter is not.
    await server.collab.flushAll();
    const rev = await submitForReview({ actor: writer.actor, db: db(), input: { sectionId } });
    const [row] = await db().select({ authors: revisions.authors }).from(revisions).where(eq(revisions.id, rev.id));
    expect(row!.authors).toContain(reviewer.id);
  });
});
