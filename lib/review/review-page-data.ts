import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { profiles, sections } from "@/lib/db/schema/profiles";
import { revisions } from "@/lib/db/schema/review";
import { listThreads, type ThreadView } from "@/lib/comments/queries";
import { resolveAnchors } from "@/lib/comments/resolve-anchors";
import { countryName } from "@/lib/profiles/countries";
import { listRevisions, type RevisionSummary } from "./queries";
import { revisionDiff, type RevisionDiff } from "./redline/revision-diff";
import { reviewAbilities } from "./review-abilities";
import type { SectionStatus } from "./status";

export interface ReviewPageData {
  diff: RevisionDiff;
  after: Record<string, unknown>;
  before: Record<string, unknown> | null;
  revision: RevisionSummary;
  history: RevisionSummary[];
  section: { id: string; title: string; profileId: string; countryCode: string; countryName: string; status: SectionStatus };
  threads: (ThreadView & { range: { from: number; to: number } | null })[];
  /** Why the actor may not decide (four-eyes, role, or the revision is not open), or null. */
  decisionRefusal: string | null;
}

/** Everything the review page shows for a revision, compared against `against` or the last approved one. @throws ForbiddenError, AppError */
export async function reviewPageData({ actor, db, revisionId, against }: { actor: Actor; db: Executor; revisionId: string; against?: string | null }): Promise<ReviewPageData> {
  const full = await revisionDiff({ actor, db, revisionId, againstId: against });
  const { after, before, ...diff } = full;
  const [section] = await db
    .select({ id: sections.id, title: sections.title, status: sections.status, profileId: sections.profileId, countryCode: profiles.countryCode })
    .from(sections)
    .innerJoin(profiles, eq(profiles.id, sections.profileId))
    .where(eq(sections.id, after.sectionId));
  const history = await listRevisions({ actor, db, sectionId: after.sectionId });
  const revision = history.find((h) => h.id === revisionId)!;
  const threads = await listThreads({ actor, db, sectionId: after.sectionId });
  const [state] = await db.select({ yState: revisions.yState }).from(revisions).where(eq(revisions.id, revisionId));
  const ranges = resolveAnchors(state!.yState, threads);
  const decisionRefusal = revision.state !== "open" ? `This revision is ${revision.state.replace("_", " ")}; only the open revision can be decided.` : reviewAbilities(actor, section!.status, revision).decide;
  return {
    diff,
    after: after.contentJson,
    before: before?.contentJson ?? null,
    revision,
    history,
    section: { ...section!, countryName: countryName(section!.countryCode) },
    threads: threads.map((t) => ({ ...t, range: ranges.get(t.id) ?? null })),
    decisionRefusal,
  };
}
