import { desc, eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { revisions } from "@/lib/db/schema/review";
import { editorIds, notify } from "@/lib/notifications/notify";
import { AppError } from "@/lib/errors";
import { flushSectionEdits } from "@/lib/sections/flush-section-edits";
import { parseInput } from "@/lib/validation/parse-input";
import { dismissApprovals } from "./dismiss-approvals";
import { freezeSection } from "./freeze-section";
import { submitForReviewSchema } from "./schemas";
import type { SectionStatus } from "./status";
import { transitionSection } from "./transition-section";

export interface SubmittedRevision {
  id: string;
  number: number;
  contentHash: string;
  status: SectionStatus;
  sectionId: string;
  profileId: string;
}

/**
 * Freezes the section as the database holds it (after this process's collaboration server wrote every pending
 * update) into an immutable revision and puts the section in review; an open revision is superseded and the
 * section's standing approvals are dismissed.
 * @throws ForbiddenError, AppError (bad input, unknown section, a status that cannot be submitted, `conflict:suggestions` while suggestions are open)
 */
export async function submitForReview({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<SubmittedRevision> {
  authorize(actor, "section.submit");
  const { sectionId, note } = parseInput(submitForReviewSchema, input);
  await flushSectionEdits(sectionId);
  return db.transaction(async (tx) => {
    const frozen = await freezeSection(tx, sectionId);
    // Open suggestions are not part of the text: they are decided before the section goes to review.
    if (frozen.openSuggestions > 0) {
      const n = frozen.openSuggestions;
      throw new AppError("conflict:suggestions", `This section has ${n} open suggestion${n === 1 ? "" : "s"}; accept or reject ${n === 1 ? "it" : "them"} before submitting.`, { field: "sectionId" });
    }
    const status = await transitionSection(tx, { sectionId, from: frozen.status, event: "submit" });
    const [last] = await tx.select({ number: revisions.number }).from(revisions).where(eq(revisions.sectionId, sectionId)).orderBy(desc(revisions.number)).limit(1);
    const number = (last?.number ?? 0) + 1;
    const [row] = await tx
      .insert(revisions)
      .values({
        sectionId,
        number,
        yState: frozen.yState,
        contentJson: frozen.contentJson,
        contentText: frozen.contentText,
        citations: frozen.citations,
        contentHash: frozen.contentHash,
        authors: frozen.authors,
        throughUpdateId: frozen.throughUpdateId,
        note: note ?? null,
        submittedBy: actor.id,
      })
      .returning({ id: revisions.id });
    await dismissApprovals(tx, { sectionId, byRevisionId: row!.id, actorId: actor.id });
    await recordEvent(tx, { actorId: actor.id, type: "review.submit", subjectType: "revision", subjectId: row!.id, reason: note ?? null, data: { sectionId, profileId: frozen.profileId, status, number, contentHash: frozen.contentHash, authors: frozen.authors, previousStatus: frozen.status } });
    await notify(tx, await editorIds(tx), { kind: "submitted", actorId: actor.id, sectionId, revisionId: row!.id, text: `Revision ${number} was submitted for review.` });
    return { id: row!.id, number, contentHash: frozen.contentHash, status, sectionId, profileId: frozen.profileId };
  });
}
