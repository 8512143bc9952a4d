import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { commentThreads } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { resolveSchema } from "./schemas";

/** Resolves or reopens a thread, with an audit row in the same transaction. @throws ForbiddenError, AppError */
export async function setThreadResolved({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<{ threadId: string; sectionId: string; resolved: boolean }> {
  const { threadId, resolved } = parseInput(resolveSchema, input);
  return db.transaction(async (tx) => {
    const [thread] = await tx.select({ sectionId: commentThreads.sectionId, createdBy: commentThreads.createdBy }).from(commentThreads).where(eq(commentThreads.id, threadId)).for("update");
    if (!thread) throw new AppError("not_found:thread", "That thread does not exist.", { field: "threadId" });
    authorize(actor, "comment.resolve", { authorId: thread.createdBy });
    await tx.update(commentThreads).set(resolved ? { resolvedAt: new Date(), resolvedBy: actor.id } : { resolvedAt: null, resolvedBy: null }).where(eq(commentThreads.id, threadId));
    await recordEvent(tx, { actorId: actor.id, type: resolved ? "comment.resolve" : "comment.reopen", subjectType: "thread", subjectId: threadId, data: { sectionId: thread.sectionId } });
    return { threadId, sectionId: thread.sectionId, resolved };
  });
}
