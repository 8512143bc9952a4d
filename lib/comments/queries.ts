import { asc, eq, inArray } from "drizzle-orm";
import { authorize, can, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { commentMessages, commentThreads, type AnchorJSON } from "@/lib/db/schema/review";

export interface ThreadView {
  id: string;
  sectionId: string;
  revisionId: string | null;
  anchorFrom: AnchorJSON;
  anchorTo: AnchorJSON;
  quote: string;
  createdBy: string | null;
  createdAt: string;
  resolved: boolean;
  canResolve: boolean;
  messages: { id: string; authorName: string; body: string; createdAt: string }[];
}

/** A section's comment threads, oldest first, with their messages and whether the actor may resolve each. */
export async function listThreads({ actor, db, sectionId }: { actor: Actor; db: Executor; sectionId: string }): Promise<ThreadView[]> {
  authorize(actor, "review.read");
  const threads = await db.select().from(commentThreads).where(eq(commentThreads.sectionId, sectionId)).orderBy(asc(commentThreads.createdAt));
  if (threads.length === 0) return [];
  const messages = await db
    .select({ id: commentMessages.id, threadId: commentMessages.threadId, body: commentMessages.body, createdAt: commentMessages.createdAt, authorName: users.name })
    .from(commentMessages)
    .leftJoin(users, eq(users.id, commentMessages.authorId))
    .where(inArray(commentMessages.threadId, threads.map((t) => t.id)))
    .orderBy(asc(commentMessages.createdAt));
  return threads.map((t) => ({
    id: t.id,
    sectionId: t.sectionId,
    revisionId: t.revisionId,
    anchorFrom: t.anchorFrom,
    anchorTo: t.anchorTo,
    quote: t.quote,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
    resolved: t.resolvedAt !== null,
    canResolve: can(actor, "comment.resolve", { authorId: t.createdBy }),
    messages: messages.filter((m) => m.threadId === t.id).map((m) => ({ id: m.id, authorName: m.authorName ?? "Deleted user", body: m.body, createdAt: m.createdAt.toISOString() })),
  }));
}
