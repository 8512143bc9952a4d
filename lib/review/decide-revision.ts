import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { reviews } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { parseInput } from "@/lib/validation/parse-input";
import { lockOpenRevision } from "./lock-revision";
import { decideRevisionSchema } from "./schemas";
import type { SectionStatus } from "./status";
import { transitionSection } from "./transition-section";

/**
 * Approves a revision or requests changes (with a note). Four-eyes: nobody who submitted or wrote any part of
 * it may decide. Of two editors deciding at once exactly one lands; the other is told who decided.
 * @throws ForbiddenError (403, nothing stored), AppError (bad input, `conflict:review` when already decided)
 */
export async function decideRevision({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<{ revisionId: string; decision: "approved" | "changes_requested"; status: SectionStatus; sectionId: string; profileId: string }> {
  const { revisionId, decision, note, contentHash } = parseInput(decideRevisionSchema, input);
  return db.transaction(async (tx) => {
    const rev = await lockOpenRevision(tx, revisionId);
    authorize(actor, "review.decide", { submittedBy: rev.submittedBy, authors: rev.authors });
    if (contentHash !== undefined && contentHash !== rev.contentHash) throw new AppError("conflict:review", "This is not the revision you reviewed (its content hash differs); reload it.", { field: "contentHash" });
    const status = await transitionSection(tx, { sectionId: rev.sectionId, from: rev.sectionStatus, event: decision === "approved" ? "approve" : "request_changes" });
    await tx.insert(reviews).values({ revisionId, reviewerId: actor.id, decision, contentHash: rev.contentHash, note: note ?? null });
    await recordEvent(tx, { actorId: actor.id, type: `review.${decision === "approved" ? "approve" : "request_changes"}`, subjectType: "revision", subjectId: revisionId, reason: note ?? null, data: { sectionId: rev.sectionId, profileId: rev.profileId, status, number: rev.number, contentHash: rev.contentHash } });
    const text = decision === "approved" ? `Revision ${rev.number} was approved.` : `Changes were requested on revision ${rev.number}: ${note}`;
    await notify(tx, [rev.submittedBy, ...rev.authors], { kind: decision, actorId: actor.id, sectionId: rev.sectionId, revisionId, text });
    return { revisionId, decision, status, sectionId: rev.sectionId, profileId: rev.profileId };
  });
}
