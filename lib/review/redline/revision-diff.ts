import type { Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { getRevisionContent, previousApprovedRevisionId, type RevisionContent } from "../queries";
import { revisionIdSchema } from "../schemas";
import { computeRedline, type Redline } from "./compute-redline";
import { footnoteNumbering } from "./footnote-offset";

export interface RevisionDiff extends Redline {
  revision: { id: string; number: number };
  against: { id: string; number: number } | null;
}

/**
 * A revision against another of the same section, by default the last approved one or baseline before it (or an
 * empty section when there is none).
 * @throws ForbiddenError, AppError (`not_found:revision`, `bad_request:diff` for a revision of another section)
 */
export async function revisionDiff({ actor, db, revisionId, againstId }: { actor: Actor; db: Executor; revisionId: string; againstId?: string | null }): Promise<RevisionDiff & { after: RevisionContent; before: RevisionContent | null }> {
  parseInput(revisionIdSchema, { revisionId });
  const after = await getRevisionContent({ actor, db, revisionId });
  const baseId = againstId === undefined || againstId === null ? await previousApprovedRevisionId(db, after.sectionId, after.number) : againstId;
  const before = baseId ? await getRevisionContent({ actor, db, revisionId: baseId }) : null;
  if (before && before.sectionId !== after.sectionId) throw new AppError("bad_request:diff", "Both revisions must belong to the same section.", { field: "against" });
  const redline = computeRedline(before, after, await footnoteNumbering(db, after.sectionId));
  return { ...redline, revision: { id: after.id, number: after.number }, against: before ? { id: before.id, number: before.number } : null, after, before };
}
