import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Database } from "@/lib/db/client";
import { commentMessages, commentThreads } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { parseInput } from "@/lib/validation/parse-input";
import { mentionablePeople, mentionedUserIds } from "./mentions";
import { replySchema } from "./schemas";

/** Adds a reply; the thread's earlier participants are notified once, anyone it @-mentions as a mention. @throws ForbiddenError, AppError */
export async function replyToThread({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<{ messageId: string; sectionId: string }> {
  authorize(actor, "section.comment");
  const { threadId, body } = parseInput(replySchema, input);
  return db.transaction(async (tx) => {
    const [thread] = await tx.select({ id: commentThreads.id, sectionId: commentThreads.sectionId, quote: commentThreads.quote }).from(commentThreads).where(eq(commentThreads.id, threadId)).limit(1);
    if (!thread) throw new AppError("not_found:thread", "That thread does not exist.", { field: "threadId" });
    const participants = await tx.selectDistinct({ id: commentMessages.authorId }).from(commentMessages).where(eq(commentMessages.threadId, threadId));
    const [message] = await tx.insert(commentMessages).values({ threadId, authorId: actor.id, body }).returning({ id: commentMessages.id });
    const event = { actorId: actor.id, sectionId: thread.sectionId, threadId, text: `New reply on “${thread.quote.slice(0, 60)}”.` };
    const mentioned = mentionedUserIds(body, await mentionablePeople(tx));
    await notify(tx, mentioned, { ...event, kind: "mention" });
    await notify(tx, participants.map((p) => p.id).filter((id) => !id || !mentioned.includes(id)), { ...event, kind: "reply" });
    return { messageId: message!.id, sectionId: thread.sectionId };
  });
}
