import { and, eq } from "drizzle-orm";
import { Transform } from "@tiptap/pm/transform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema/auth";
import { sections } from "@/lib/db/schema/profiles";
import { revisions } from "@/lib/db/schema/review";
import { seedSection } from "@/lib/collab/seed-section";
import { startTestCollabServer, type TestCollabServer } from "@/lib/collab/start-test-collab-server";
import { suggestionDeleteMark, suggestionInsertMark } from "@/lib/editor/suggestion-marks";
import { writeNodeToYDoc, yDocToNode } from "@/lib/editor/ydoc-content";
import { submitForReview } from "@/lib/review/submit-for-review";
import { editLiveSection } from "@/lib/sections/edit-live-section";
import { bareServices, setServices } from "@/lib/server/services";
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
});
