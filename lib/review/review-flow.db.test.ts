import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { auditLog } from "@/lib/db/schema/auth";
import { citationSources, sources } from "@/lib/db/schema/citations";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { approvalDismissals, notifications, reviews, revisions } from "@/lib/db/schema/review";
import { createSectionStore } from "@/lib/collab/section-store";
import { FRAGMENT } from "@/lib/editor/ydoc-content";
import { writeSectionContent } from "@/lib/sections/write-section-content";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { assignReviewer } from "./assign-reviewer";
import { decideRevision } from "./decide-revision";
import { sha256 } from "./freeze-section";
import { latestApprovedRevisions } from "@/lib/versions/latest-approved-revisions";
import { planPublish } from "@/lib/versions/publish-plan";
import { listRevisions, reviewQueue } from "./queries";
import { sectionReviewState } from "./section-review-state";
import { submitForReview } from "./submit-for-review";
import { withdrawSubmission } from "./withdraw-submission";

const db = testDatabaseForFile();
let codes = 0;
const countries = ["AR", "BR", "CL", "CO", "PE", "UY", "PY", "BO", "EC", "VE"];

async function setup() {
  const profile = await buildProfile(db(), { countryCode: countries[codes++ % countries.length] });
  const sectionId = profile.sections[0]!.id;
  const [source] = await db().insert(sources).values({ csl: { title: "Registry title" }, title: "Registry title", url: "https://example.org/a" }).returning();
  const citationId = randomUUID();
  const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The card is optional." }, { type: "citation", attrs: { citationId } }] }] };
  await writeSectionContent(db(), { sectionId, doc, citations: [{ id: citationId, items: [{ sourceId: source!.id, accessed: "2025-01-02", pinpoint: "para 4" }] }], createdBy: null });
  const researcher = await buildUser(db(), { role: "researcher", name: "Rita Researcher" });
  const editor = await buildUser(db(), { role: "editor", name: "Eda Editor" });
  const editor2 = await buildUser(db(), { role: "editor", name: "Ed Second" });
  return { profile, sectionId, source: source!, citationId, researcher, editor, editor2 };
}

/** Logs an edit by `userId` the way the collaboration server's journal does. */
async function logEdit(sectionId: string, userId: string, text: string) {
  const stored = await createSectionStore(db()).load(sectionId);
  const doc = stored!.doc;
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  ((doc.getXmlFragment(FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, text);
  await db().insert(sectionUpdates).values(updates.map((update) => ({ sectionId, update, userId })));
}

describe("review commands", () => {
  it("submit freezes the stored state, the citations as they stood, a SHA-256 hash and the authors, with an audit row", async () => {
    const s = await setup();
    await logEdit(s.sectionId, s.researcher.id, "Typed. ");
    const rev = await submitForReview({ actor: s.researcher.actor, db: db(), input: { sectionId: s.sectionId, note: "Please check" } });
    expect(rev).toMatchObject({ number: 1, status: "in_review" });
    const [row] = await db().select().from(revisions).where(eq(revisions.id, rev.id));
    expect(sha256(row!.yState)).toBe(row!.contentHash);
    expect(row!.contentText).toBe("Typed. The card is optional.");
    expect(row!.authors).toEqual([s.researcher.id]);
    expect(row!.citations).toEqual([{ citationId: s.citationId, items: [expect.objectContaining({ title: "Registry title", url: "https://example.org/a", accessed: "2025-01-02", pinpoint: "para 4" })] }]);
    // A later change in the registry does not reach the revision.
    await db().update(citationSources).set({ accessedAt: "2026-01-01" }).where(eq(citationSources.citationId, s.citationId));
    const [again] = await db().select({ citations: revisions.citations }).from(revisions).where(eq(revisions.id, rev.id));
    expect(again!.citations[0]!.items[0]!.accessed).toBe("2025-01-02");
    const refused = await db().update(revisions).set({ note: "x" }).where(eq(revisions.id, rev.id)).then(() => null, (e: Error) => e);
    expect(String((refused?.cause as Error | undefined)?.message)).toMatch(/immutable/);
    const audit = await db().select().from(auditLog).where(eq(auditLog.subjectId, rev.id));
    expect(audit.map((a) => a.action)).toEqual(["review.submit"]);
    const notes = await db().select().from(notifications).where(eq(notifications.revisionId, rev.id));
    expect(new Set(notes.map((n) => n.userId))).toEqual(new Set([s.editor.id, s.editor2.id]));
  });

  it("four-eyes: the submitter and anyone who wrote part of it are refused (403, nothing stored); another editor approves", async () => {
    const s = await setup();
    await logEdit(s.sectionId, s.editor.id, "Editor wrote this. ");
    const rev = await submitForReview({ actor: s.researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    await expect(decideRevision({ actor: s.editor.actor, db: db(), input: { revisionId: rev.id, decision: "approved" } })).rejects.toMatchObject({ name: "ForbiddenError", message: expect.stringMatching(/wrote part/) });
    const admin = await buildUser(db(), { role: "admin" });
    const own = await submitForReview({ actor: admin.actor, db: db(), input: { sectionId: s.sectionId } });
    await expect(decideRevision({ actor: admin.actor, db: db(), input: { revisionId: own.id, decision: "approved" } })).rejects.toMatchObject({ name: "ForbiddenError" });
    expect(await db().select().from(reviews).where(eq(reviews.revisionId, own.id))).toEqual([]);
    await expect(decideRevision({ actor: s.editor2.actor, db: db(), input: { revisionId: rev.id, decision: "approved" } })).rejects.toThrow(/superseded by revision 2/);
    await expect(decideRevision({ actor: s.editor2.actor, db: db(), input: { revisionId: own.id, decision: "changes_requested" } })).rejects.toMatchObject({ field: "note" });
    await expect(decideRevision({ actor: s.editor2.actor, db: db(), input: { revisionId: own.id, decision: "approved", contentHash: "0".repeat(64) } })).rejects.toMatchObject({ status: 409, field: "contentHash" });
    const done = await decideRevision({ actor: s.editor2.actor, db: db(), input: { revisionId: own.id, decision: "approved", note: "Fine", contentHash: own.contentHash } });
    expect(done.status).toBe("approved");
    const [review] = await db().select().from(reviews).where(eq(reviews.revisionId, own.id));
    expect(review!.contentHash).toBe(own.contentHash);
    const history = await listRevisions({ actor: s.researcher.actor, db: db(), sectionId: s.sectionId });
    expect(history.map((h) => [h.number, h.state])).toEqual([[2, "approved"], [1, "superseded"], [0, "baseline"]]);
    const approved = await latestApprovedRevisions(db(), [s.sectionId]);
    expect(approved.get(s.sectionId)?.number).toBe(2);
  });

  it("a new submission dismisses the standing approval: it stops deciding what publishes until the new one is approved", async () => {
    const s = await setup();
    const first = await submitForReview({ actor: s.researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    await decideRevision({ actor: s.editor.actor, db: db(), input: { revisionId: first.id, decision: "approved" } });
    expect((await latestApprovedRevisions(db(), [s.sectionId])).get(s.sectionId)?.id).toBe(first.id);
    expect((await planPublish(db(), s.profile.countryCode)).sections.find((x) => x.id === s.sectionId)?.state).toBe("approved");

    const second = await submitForReview({ actor: s.researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    expect(await latestApprovedRevisions(db(), [s.sectionId])).toEqual(new Map());
    expect((await planPublish(db(), s.profile.countryCode)).sections.find((x) => x.id === s.sectionId)?.state).toBe("not-approved");
    const [review] = await db().select().from(reviews).where(eq(reviews.revisionId, first.id));
    expect(await db().select().from(approvalDismissals).where(eq(approvalDismissals.reviewId, review!.id))).toMatchObject([{ byRevisionId: second.id }]);
    expect(await db().select().from(auditLog).where(and(eq(auditLog.action, "review.dismiss"), eq(auditLog.subjectId, first.id)))).toHaveLength(1);
    const history = await listRevisions({ actor: s.researcher.actor, db: db(), sectionId: s.sectionId });
    expect(history.map((h) => [h.number, h.state])).toEqual([[2, "open"], [1, "approval_dismissed"], [0, "baseline"]]);

    await decideRevision({ actor: s.editor.actor, db: db(), input: { revisionId: second.id, decision: "approved" } });
    expect((await latestApprovedRevisions(db(), [s.sectionId])).get(s.sectionId)?.id).toBe(second.id);
  });

  it("concurrent decisions: exactly one lands, the other is told who decided", async () => {
    const s = await setup();
    const rev = await submitForReview({ actor: s.researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    const results = await Promise.allSettled([
      decideRevision({ actor: s.editor.actor, db: db(), input: { revisionId: rev.id, decision: "approved" } }),
      decideRevision({ actor: s.editor2.actor, db: db(), input: { revisionId: rev.id, decision: "changes_requested", note: "No" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason.message).toMatch(/already decided by (Eda Editor|Ed Second)/);
    expect(refused.reason.status).toBe(409);
    const [{ n }] = (await db().select({ n: sql<number>`count(*)::int` }).from(reviews).where(eq(reviews.revisionId, rev.id))) as [{ n: number }];
    expect(n).toBe(1);
    const audit = await db().select().from(auditLog).where(eq(auditLog.subjectId, rev.id));
    expect(audit.filter((a) => a.action.startsWith("review.approve") || a.action.startsWith("review.request_changes"))).toHaveLength(1);
  });

  it("authorship counts only changes since the last approval, also after compaction", async () => {
    const s = await setup();
    const rev = await submitForReview({ actor: s.researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    await decideRevision({ actor: s.editor.actor, db: db(), input: { revisionId: rev.id, decision: "approved" } });
    const shown = async () => (await sectionReviewState({ actor: s.researcher.actor, db: db(), sectionId: s.sectionId })).status;
    expect(await shown()).toBe("approved");
    await logEdit(s.sectionId, s.editor2.id, "Later. ");
    expect(await shown()).toBe("approved_changed");
    const store = createSectionStore(db());
    const loaded = await store.load(s.sectionId);
    await store.compact(s.sectionId, { doc: loaded!.doc, knownIds: new Set(loaded!.log.map((r) => r.id)), stateHash: loaded!.stateHash });
    const next = await submitForReview({ actor: s.researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    const [row] = await db().select({ authors: revisions.authors, text: revisions.contentText }).from(revisions).where(eq(revisions.id, next.id));
    expect(row).toEqual({ authors: [s.editor2.id], text: "Later. The card is optional." });
    await expect(decideRevision({ actor: s.editor2.actor, db: db(), input: { revisionId: next.id, decision: "approved" } })).rejects.toMatchObject({ name: "ForbiddenError" });
  });

  it("withdraw returns the section to draft; assign, the queue and refusals", async () => {
    const s = await setup();
    const rev = await submitForReview({ actor: s.researcher.actor, db: db(), input: { sectionId: s.sectionId } });
    await expect(assignReviewer({ actor: s.editor.actor, db: db(), input: { revisionId: rev.id, assigneeId: s.researcher.id } })).rejects.toMatchObject({ name: "ForbiddenError" });
    await assignReviewer({ actor: s.editor.actor, db: db(), input: { revisionId: rev.id, assigneeId: s.editor2.id } });
    const mine = await reviewQueue({ actor: s.editor2.actor, db: db(), assignedToMe: true });
    expect(mine.map((q) => q.revisionId)).toContain(rev.id);
    expect((await reviewQueue({ actor: s.editor.actor, db: db(), assignedToMe: true })).map((q) => q.revisionId)).not.toContain(rev.id);
    const other = await buildUser(db(), { role: "researcher" });
    await expect(withdrawSubmission({ actor: other.actor, db: db(), input: { revisionId: rev.id } })).rejects.toMatchObject({ name: "ForbiddenError" });
    const w = await withdrawSubmission({ actor: s.researcher.actor, db: db(), input: { revisionId: rev.id } });
    expect(w.status).toBe("draft");
    const [section] = await db().select({ status: sections.status }).from(sections).where(eq(sections.id, s.sectionId));
    expect(section!.status).toBe("draft");
    await expect(decideRevision({ actor: s.editor.actor, db: db(), input: { revisionId: rev.id, decision: "approved" } })).rejects.toThrow(/withdrawn/);
    const actions = (await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, rev.id))).map((a) => a.action);
    expect(actions.sort()).toEqual(["review.assign", "review.submit", "review.withdraw"]);
  });
});
