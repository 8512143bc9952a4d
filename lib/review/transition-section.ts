import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import { AppError } from "@/lib/errors";
import { assertTransition, type ReviewEvent, type SectionStatus } from "./status";

/**
 * The one writer of a section's status: moves it from `from` (read under the section's row lock) by `event`
 * along the state machine in ./status and returns the new status.
 * @throws AppError `conflict:review` when the state machine has no such transition, or the stored status is no longer `from`
 */
export async function transitionSection(tx: Transaction, { sectionId, from, event }: { sectionId: string; from: SectionStatus; event: ReviewEvent }): Promise<SectionStatus> {
  const status = assertTransition(from, event);
  const [row] = await tx
    .update(sections)
    .set({ status })
    .where(and(eq(sections.id, sectionId), eq(sections.status, from)))
    .returning({ id: sections.id });
  if (!row) throw new AppError("conflict:review", "This section's status changed meanwhile; reload it.", { field: "sectionId" });
  return status;
}
