import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Database } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import { commentMessages, commentThreads, revisions } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
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
    return { threadId: thread!.id, sectionId: anchor.sectionId };
  });
}
