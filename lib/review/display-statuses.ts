import type { Executor } from "@/lib/db/client";
import { latestApprovedRevisions } from "@/lib/versions/latest-approved-revisions";
import { displayStatus, type DisplayStatus, type SectionStatus } from "./status";

/**
 * The status each section shows: an approved section whose current content differs from its approved
 * revision is "changed since approval". Pass sections with their live content (see withLiveContent).
 */
export async function displayStatuses(db: Executor, list: { id: string; status: SectionStatus; contentJson: Record<string, unknown> | null }[]): Promise<Map<string, DisplayStatus>> {
  const approvedIds = list.filter((s) => s.status === "approved").map((s) => s.id);
  const approved = await latestApprovedRevisions(db, approvedIds);
  return new Map(list.map((s) => [s.id, displayStatus(s.status, s.status === "approved" && JSON.stringify(s.contentJson) !== JSON.stringify(approved.get(s.id)?.contentJson))]));
}
