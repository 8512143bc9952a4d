import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/policies";
import type { Database } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import { withLiveContent } from "@/lib/profiles/live-content";
import { listRevisions, type RevisionSummary } from "./queries";
import { reviewAbilities } from "./review-abilities";
import { displayStatuses } from "./display-statuses";
import type { DisplayStatus } from "./status";

export interface SectionReviewState {
  status: DisplayStatus;
  latest: RevisionSummary | null;
  /** The revision in review, when there is one. */
  open: RevisionSummary | null;
  canSubmit: boolean;
  canWithdraw: boolean;
}

/** What the section page shows of review: status (with "changed since approval"), latest revision and which buttons work. */
export async function sectionReviewState({ actor, db, sectionId }: { actor: Actor; db: Database; sectionId: string }): Promise<SectionReviewState> {
  const history = await listRevisions({ actor, db, sectionId });
  const [section] = await db.select({ id: sections.id, status: sections.status, contentJson: sections.contentJson }).from(sections).where(eq(sections.id, sectionId));
  const [live] = await withLiveContent(db, [section!]);
  const shown = (await displayStatuses(db, [{ ...live!, status: section!.status }])).get(sectionId)!;
  const open = history.find((h) => h.state === "open") ?? null;
  const abilities = reviewAbilities(actor, section!.status, open);
  return {
    status: shown,
    latest: history[0] ?? null,
    open,
    canSubmit: abilities.submit === null,
    canWithdraw: abilities.withdraw === null,
  };
}
