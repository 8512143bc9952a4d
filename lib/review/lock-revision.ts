import { desc, eq } from "drizzle-orm";
import type { Transaction } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { sections } from "@/lib/db/schema/profiles";
import { reviews, revisions, revisionWithdrawals } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import type { SectionStatus } from "./status";

export interface LockedRevision {
  id: string;
  sectionId: string;
  profileId: string;
  number: number;
  contentHash: string;
  submittedBy: string | null;
  authors: string[];
  sectionStatus: SectionStatus;
}

/**
 * Loads a revision and locks its section (decisions, withdrawals and submissions of one section run one at a
 * time), then checks it is still the open one.
 * @throws AppError `not_found:revision`, `conflict:review` (already decided by …, withdrawn, superseded)
 */
export async function lockOpenRevision(tx: Transaction, revisionId: string): Promise<LockedRevision> {
  const [rev] = await tx
    .select({ id: revisions.id, sectionId: revisions.sectionId, number: revisions.number, contentHash: revisions.contentHash, submittedBy: revisions.submittedBy, authors: revisions.authors })
    .from(revisions)
    .where(eq(revisions.id, revisionId))
    .limit(1);
  if (!rev) throw new AppError("not_found:revision", "That revision does not exist.", { field: "revisionId" });
  const [section] = await tx.select({ status: sections.status, profileId: sections.profileId }).from(sections).where(eq(sections.id, rev.sectionId)).for("update");
  const [decided] = await tx
    .select({ decision: reviews.decision, name: users.name, at: reviews.createdAt })
    .from(reviews)
    .leftJoin(users, eq(users.id, reviews.reviewerId))
    .where(eq(reviews.revisionId, revisionId))
    .limit(1);
  if (decided) {
    const what = decided.decision === "approved" ? "approved" : "sent back";
    throw new AppError("conflict:review", `This revision was already decided by ${decided.name ?? "a deleted user"} (${what}).`);
  }
  const [withdrawn] = await tx.select({ at: revisionWithdrawals.at }).from(revisionWithdrawals).where(eq(revisionWithdrawals.revisionId, revisionId)).limit(1);
  if (withdrawn) throw new AppError("conflict:review", "This revision was withdrawn.");
  const [latest] = await tx.select({ number: revisions.number }).from(revisions).where(eq(revisions.sectionId, rev.sectionId)).orderBy(desc(revisions.number)).limit(1);
  if (latest!.number !== rev.number) throw new AppError("conflict:review", `This revision was superseded by revision ${latest!.number}.`);
  if (section!.status !== "in_review") throw new AppError("conflict:review", "This revision is no longer in review.");
  return { ...rev, profileId: section!.profileId, sectionStatus: section!.status };
}
