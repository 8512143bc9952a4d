import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { revisionWithdrawals } from "@/lib/db/schema/review";
import { parseInput } from "@/lib/validation/parse-input";
import { lockOpenRevision } from "./lock-revision";
import { withdrawSubmissionSchema } from "./schemas";
import { transitionSection } from "./transition-section";

/**
 * Takes an open revision out of review (the submitter, or an editor); the section goes back to draft.
 * @throws ForbiddenError, AppError (`conflict:review` when it is no longer open)
 */
export async function withdrawSubmission({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  const { revisionId } = parseInput(withdrawSubmissionSchema, input);
  return db.transaction(async (tx) => {
    const rev = await lockOpenRevision(tx, revisionId);
    authorize(actor, "review.withdraw", { submittedBy: rev.submittedBy });
    const status = await transitionSection(tx, { sectionId: rev.sectionId, from: rev.sectionStatus, event: "withdraw" });
    await tx.insert(revisionWithdrawals).values({ revisionId, withdrawnBy: actor.id });
    await recordEvent(tx, { actorId: actor.id, type: "review.withdraw", subjectType: "revision", subjectId: revisionId, data: { sectionId: rev.sectionId, profileId: rev.profileId, status, number: rev.number } });
    return { revisionId, status, sectionId: rev.sectionId, profileId: rev.profileId };
  });
}
