import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Database, Executor } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import { commentMessages, commentThreads, reviewAssignments, revisions, sectionWriters } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { parseInput } from "@/lib/validation/parse-input";
import { mentionablePeople, mentionedUserIds } from "./mentions";
import { revisionAnchor } from "./revision-anchor";
import { startThreadInDraftSchema, startThreadOnRevisionSchema } from "./schemas";

/**
 * Starts a comment thread on a range of a section, anchored with Yjs relative positions (from the editor, or
 * computed here for a range of a revision) and the quoted text as fallback.
 * @throws ForbiddenError, AppError (bad input naming the field, unknown section or revision)
 */
export async function startThread({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<{ threadId: string; sectionId: string }> {
  authorize(actor, "section.comment");
  const onRevision = typeof input === "object" && input !== null && "revisionId" in input;
  const parsed = onRevision ? parseInput(startThreadOnRevisionSchema, input) : parseInput(startThreadInDraftSchema, input);
  return db.transaction(async (tx) => {
    let anchor: { sectionId: string; revisionId: string | null; anchorFrom: Record<string, unknown>; anchorTo: Record<string, unknown>; quote: string };
    if ("revisionId" in parsed) {
      const [rev] = await tx.select({ sectionId: revisions.sectionId, yState: revisions.yState }).from(revisions).where(eq(revisions.id, parsed.revisionId)).limit(1);
      if (!rev) throw new AppError("not_found:revision", "That revision does not exist.", { field: "revisionId" });
      anchor = { sectionId: rev.sectionId, revisionId: parsed.revisionId, ...revisionAnchor(rev.yState, parsed.from, parsed.to) };
    } else {
      const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, parsed.sectionId)).limit(1);
      if (!section) throw new AppError("not_found:section", "That section does not exist.", { field: "sectionId" });
      anchor = { sectionId: parsed.sectionId, revisionId: null, anchorFrom: parsed.anchorFrom, anchorTo: parsed.anchorTo, quote: parsed.quote };
    }
    const [thread] = await tx.insert(commentThreads).values({ ...anchor, createdBy: actor.id }).returning({ id: commentThreads.id });
    await tx.insert(commentMessages).values({ threadId: thread!.id, authorId: actor.id, body: parsed.body });
    const event = { actorId: actor.id, sectionId: anchor.sectionId, revisionId: anchor.revisionId, threadId: thread!.id, text: `New thread on “${anchor.quote.slice(0, 60)}”.` };
    const mentioned = mentionedUserIds(parsed.body, await mentionablePeople(tx));
    await notify(tx, mentioned, { ...event, kind: "mention" });
    // Whoever the text belongs to hears of a new thread: the revision's submitter, authors and assigned reviewer, or,
    // on a draft, everyone who wrote in the section. The people mentioned were told already.
    const concerned = anchor.revisionId ? await revisionPeople(tx, anchor.revisionId) : await sectionWriterIds(tx, anchor.sectionId);
    await notify(tx, concerned.filter((id) => !mentioned.includes(id)), { ...event, kind: "thread" });
    return { threadId: thread!.id, sectionId: anchor.sectionId };
  });
}

async function revisionPeople(tx: Executor, revisionId: string): Promise<string[]> {
  const [rev] = await tx
    .select({ submittedBy: revisions.submittedBy, authors: revisions.authors, assignee: reviewAssignments.assigneeId })
    .from(revisions)
    .leftJoin(reviewAssignments, eq(reviewAssignments.revisionId, revisions.id))
    .where(eq(revisions.id, revisionId))
    .limit(1);
  return rev ? [rev.submittedBy, rev.assignee, ...rev.authors].filter((id): id is string => !!id) : [];
}

async function sectionWriterIds(tx: Executor, sectionId: string): Promise<string[]> {
  return (await tx.select({ id: sectionWriters.userId }).from(sectionWriters).where(eq(sectionWriters.sectionId, sectionId))).map((r) => r.id);
}
