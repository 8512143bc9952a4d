import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { reviewAssignments } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { parseInput } from "@/lib/validation/parse-input";
import { lockOpenRevision } from "./lock-revision";
import { assignReviewerSchema } from "./schemas";

/**
 * Assigns an open revision to an editor (yourself or another), replacing any earlier assignment.
 * @throws ForbiddenError (not an editor, or the assignee is not one), AppError
 */
export async function assignReviewer({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  const { revisionId, assigneeId } = parseInput(assignReviewerSchema, input);
  return db.transaction(async (tx) => {
    const [assignee] = await tx.select({ id: users.id, role: users.role, disabled: users.disabled, name: users.name }).from(users).where(eq(users.id, assigneeId)).limit(1);
    if (!assignee) throw new AppError("not_found:user", "That user does not exist.", { field: "assigneeId" });
    const rev = await lockOpenRevision(tx, revisionId);
    authorize(actor, "review.assign", { assignee });
    await tx
      .insert(reviewAssignments)
      .values({ revisionId, assigneeId, assignedBy: actor.id })
      .onConflictDoUpdate({ target: reviewAssignments.revisionId, set: { assigneeId, assignedBy: actor.id, at: new Date() } });
    await recordEvent(tx, { actorId: actor.id, type: "review.assign", subjectType: "revision", subjectId: revisionId, data: { sectionId: rev.sectionId, assigneeId } });
    await notify(tx, [assigneeId], { kind: "assigned", actorId: actor.id, sectionId: rev.sectionId, revisionId, text: `You were assigned to review revision ${rev.number}.` });
    return { revisionId, assigneeId, assigneeName: assignee.name };
  });
}
