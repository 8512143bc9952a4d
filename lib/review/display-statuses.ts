import type { Executor } from "@/lib/db/client";
import { latestApprovedRevisions } from "@/lib/versions/latest-approved-revisions";
import { registrySources } from "@/lib/versions/registry-sources";
import { footnotesChanged } from "./footnotes-changed";
import { displayStatus, type DisplayStatus, type SectionStatus } from "./status";

/**
 * The status each section shows: an approved section whose current content differs from its approved
 * revision, or one of whose approved footnotes would now read differently (merge, edit, re-verification,
 * archive copy), is "changed since approval". Pass sections with their live content (see withLiveContent).
 */
export async function displayStatuses(db: Executor, list: { id: string; status: SectionStatus; contentJson: Record<string, unknown> | null }[]): Promise<Map<string, DisplayStatus>> {
  const approvedIds = list.filter((s) => s.status === "approved").map((s) => s.id);
  const approved = await latestApprovedRevisions(db, approvedIds);
  const current = await registrySources(db, [...new Set([...approved.values()].flatMap((r) => r.citations.map((c) => c.citationId)))]);
  const changed = (s: { id: string; contentJson: Record<string, unknown> | null }) => {
    const revision = approved.get(s.id);
    if (!revision) return true;
    return JSON.stringify(s.contentJson) !== JSON.stringify(revision.contentJson) || footnotesChanged(revision.citations, current);
  };
  return new Map(list.map((s) => [s.id, displayStatus(s.status, s.status === "approved" && changed(s))]));
}
