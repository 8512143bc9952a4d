import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { profiles, sections } from "@/lib/db/schema/profiles";
import { AppError } from "@/lib/errors";
import { flattenTree } from "@/lib/profiles/template";
import { latestApprovedRevisions, type ApprovedRevision } from "./latest-approved-revisions";
import { loadVersion } from "./load-version";
import type { ManifestSection, PublishedVersion } from "./manifest";

export type PlannedSection =
  | { id: string; title: string; depth: number; state: "approved"; revision: ApprovedRevision }
  | { id: string; title: string; depth: number; state: "unchanged"; since: number; carried: ManifestSection }
  | { id: string; title: string; depth: number; state: "not-approved" };

export interface PublishPlan {
  profileId: string;
  iso: string;
  previous: PublishedVersion | null;
  nextNumber: number;
  sections: PlannedSection[];
  /** Whether any section has an approved revision not yet published. */
  hasNew: boolean;
}

/**
 * What publishing a profile now would contain, section by section: its newest approved revision,
 * the content of the previous version (unchanged), or nothing (never approved).
 * @throws AppError not_found when the profile does not exist
 */
export async function planPublish(db: Executor, iso: string): Promise<PublishPlan> {
  const [profile] = await db.select({ id: profiles.id, countryCode: profiles.countryCode }).from(profiles).where(and(eq(profiles.countryCode, iso.toUpperCase()), isNull(profiles.archivedAt))).limit(1);
  if (!profile) throw new AppError("not_found:profile", `No profile for ${iso.toUpperCase()} (or it is archived).`);
  const rows = await db
    .select({ id: sections.id, title: sections.title, parentId: sections.parentId, position: sections.position })
    .from(sections)
    .where(eq(sections.profileId, profile.id))
    .orderBy(asc(sections.position));
  const ordered = flattenTree(rows);
  const approved = await latestApprovedRevisions(db, ordered.map((s) => s.id));
  const previous = await loadVersion(db, { iso: profile.countryCode });
  const prevSections = new Map((previous?.manifest.sections ?? []).map((s) => [s.id, s]));
  const planned: PlannedSection[] = ordered.map(({ id, title, depth }) => {
    const revision = approved.get(id);
    const prev = prevSections.get(id);
    if (prev && (!revision || revision.id === prev.revision.id)) return { id, title, depth, state: "unchanged", since: prev.since, carried: prev };
    if (revision) return { id, title, depth, state: "approved", revision };
    return { id, title, depth, state: "not-approved" };
  });
  return {
    profileId: profile.id,
    iso: profile.countryCode,
    previous,
    nextNumber: (previous?.number ?? 0) + 1,
    sections: planned,
    hasNew: planned.some((s) => s.state === "approved"),
  };
}
