import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { auditLog } from "@/lib/db/schema/auth";
import { notifications } from "@/lib/db/schema/review";
import { toNode } from "@/lib/review/redline/diff-documents";
import { submitForReview } from "@/lib/review/submit-for-review";
import { FRAGMENT, deriveContent } from "@/lib/editor/ydoc-content";
import { writeSectionContent } from "@/lib/sections/write-section-content";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { listThreads } from "./queries";
import { replyToThread } from "./reply-to-thread";
import { resolveAnchors } from "./resolve-anchors";
import { setThreadResolved } from "./set-thread-resolved";
import { startThread } from "./start-thread";
import { commentThreads, revisions } from "@/lib/db/schema/review";
import { reviewPageData } from "@/lib/review/review-page-data";
import { createSectionStore } from "@/lib/collab/section-store";

const db = testDatabaseForFile();

describe("comment threads", () => {
  it("a thread started on a revision follows its text in the live draft, and is detached when the text is deleted", async () => {
    const profile = await buildProfile(db(), { countryCode: "IT" });
    const sectionId = profile.sections[0]!.id;
    await writeSectionContent(db(), { sectionId, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Registration is optional for residents." }] }] }, createdBy: null });
    const researcher = await buildUser(db(), { role: "researcher" });
    const viewer = await buildUser(db(), { role: "viewer" });
    const rev = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId } });
    const [row] = await db().select({ json: revisions.contentJson }).from(revisions).where(eq(revisions.id, rev.id));
    const text = toNode(row!.json).textContent;
    const from = 1 + text.indexOf("optional");
    const { threadId } = await startThread({ actor: viewer.actor, db: db(), input: { revisionId: rev.id, from, to: from + "optional".length, body: "Is it really?" } });

    // Someone types before the phrase in the live draft.
    const stored = await createSectionStore(db()).load(sectionId);
    const live = stored!.doc;
    const para = live.getXmlFragment(FRAGMENT).get(0) as Y.XmlElement;
    (para.get(0) as Y.XmlText).insert(0, "Today, ");
    const threads = await listThreads({ actor: researcher.actor, db: db(), sectionId });
    const at = resolveAnchors(Y.encodeStateAsUpdate(live), threads).get(threadId)!;
    expect(toNode(deriveContent(live).json).textBetween(at.from, at.to)).toBe("optional");

    (para.get(0) as Y.XmlText).delete("Today, Registration is ".length, "optional".length);
    expect(resolveAnchors(Y.encodeStateAsUpdate(live), threads).get(threadId)).toBeNull();
    expect(threads[0]).toMatchObject({ quote: "optional", resolved: false, messages: [{ body: "Is it really?" }] });

    await replyToThread({ actor: researcher.actor, db: db(), input: { threadId, body: "Yes, by law." } });
    const notes = await db().select().from(notifications).where(eq(notifications.threadId, threadId));
    expect(notes.filter((n) => n.kind === "reply")).toEqual([expect.objectContaining({ userId: viewer.id })]);
    expect(notes.filter((n) => n.kind === "thread")).toEqual([expect.objectContaining({ userId: researcher.id })]);
    await expect(setThreadResolved({ actor: (await buildUser(db(), { role: "viewer" })).actor, db: db(), input: { threadId, resolved: true } })).rejects.toMatchObject({ name: "ForbiddenError" });
    await setThreadResolved({ actor: viewer.actor, db: db(), input: { threadId, resolved: true } });
    await setThreadResolved({ actor: researcher.actor, db: db(), input: { threadId, resolved: false } });
    const audit = await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, threadId));
    expect(audit.map((a) => a.action)).toEqual(["comment.resolve", "comment.reopen"]);
    await expect(startThread({ actor: viewer.actor, db: db(), input: { revisionId: rev.id, from: 5, to: 3, body: "x" } })).rejects.toMatchObject({ field: "to" });
  });

  it("refuses a draft thread whose anchor is not a position, and the review page data stays readable with a bad stored anchor", async () => {
    const profile = await buildProfile(db(), { countryCode: "PT" });
    const sectionId = profile.sections[0]!.id;
    await writeSectionContent(db(), { sectionId, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Some text to review." }] }] }, createdBy: null });
    const viewer = await buildUser(db(), { role: "viewer" });
    const researcher = await buildUser(db(), { role: "researcher" });
    const editor = await buildUser(db(), { role: "editor" });
    const input = { sectionId, anchorFrom: { assoc: 0 }, anchorTo: { assoc: 0 }, quote: "Some", body: "Hmm" };
    await expect(startThread({ actor: viewer.actor, db: db(), input })).rejects.toMatchObject({ code: "bad_request:input", field: "anchorFrom" });
    await expect(startThread({ actor: viewer.actor, db: db(), input: { ...input, anchorFrom: { tname: "default" }, anchorTo: { tname: "elsewhere" } } })).rejects.toMatchObject({ field: "anchorTo.tname" });
    expect(await listThreads({ actor: viewer.actor, db: db(), sectionId })).toHaveLength(0);

    // A row stored before anchors were validated: the page data detaches it instead of failing.
    const rev = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId } });
    await db().insert(commentThreads).values({ sectionId, revisionId: null, anchorFrom: { assoc: 0 }, anchorTo: { assoc: 0 }, quote: "Some", createdBy: viewer.id });
    const data = await reviewPageData({ actor: editor.actor, db: db(), revisionId: rev.id });
    expect(data.threads).toHaveLength(1);
    expect(data.threads[0]!.range).toBeNull();
  });
});
