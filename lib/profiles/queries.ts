import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { profiles, profileVersions, sections } from "@/lib/db/schema/profiles";
import type { SectionStatus } from "@/lib/review/status";
import { countryName, isCountryCode } from "./countries";
import { flattenTree } from "./template";

export interface ProfileSummary {
  id: string;
  countryCode: string;
  countryName: string;
  status: "draft" | "in_review" | "published";
  lastUpdated: Date | null;
  sectionCount: number;
  /** How many sections are in each review status. */
  statusCounts: Partial<Record<SectionStatus, number>>;
  latestVersion: number | null;
}

function profileStatus(statuses: SectionStatus[], published: boolean): ProfileSummary["status"] {
  if (statuses.some((s) => s === "in_review")) return "in_review";
  return published ? "published" : "draft";
}

/** Every profile with its flag, status and "Last updated" (the latest publish date), sorted by country name. @throws ForbiddenError unless the actor may read drafts */
export async function listProfiles(actor: Actor, db: Executor): Promise<ProfileSummary[]> {
  authorize(actor, "profile.readDraft");
  const rows = await db
    .select({
      id: profiles.id,
      countryCode: profiles.countryCode,
      lastPublishedAt: profiles.lastPublishedAt,
      statuses: sql<SectionStatus[]>`coalesce(array_agg(${sections.status}) filter (where ${sections.id} is not null), '{}')`,
      latestVersion: sql<number | null>`(select max(${profileVersions.number}) from ${profileVersions} where ${profileVersions.profileId} = ${profiles.id})`,
    })
    .from(profiles)
    .leftJoin(sections, eq(sections.profileId, profiles.id))
    .where(isNull(profiles.archivedAt))
    .groupBy(profiles.id);
  return rows
    .map((r) => ({
      id: r.id,
      countryCode: r.countryCode,
      countryName: countryName(r.countryCode),
      status: profileStatus(r.statuses, r.lastPublishedAt !== null),
      lastUpdated: r.lastPublishedAt,
      sectionCount: r.statuses.length,
      statusCounts: r.statuses.reduce<Partial<Record<SectionStatus, number>>>((acc, st) => ({ ...acc, [st]: (acc[st] ?? 0) + 1 }), {}),
      latestVersion: r.latestVersion,
    }))
    .sort((a, b) => a.countryName.localeCompare(b.countryName));
}

export interface SectionView {
  id: string;
  title: string;
  parentId: string | null;
  depth: number;
  status: SectionStatus;
  contentJson: Record<string, unknown> | null;
  updatedAt: Date;
}

/** A profile and its draft sections in reading order, or null (also when archived). @throws ForbiddenError unless the actor may read drafts */
export async function getProfileByCountry(actor: Actor, db: Executor, countryCode: string) {
  authorize(actor, "profile.readDraft");
  // Anything that is not a country code (a NUL, broken UTF-8 from a URL) names no profile: never sent to the database.
  if (!isCountryCode(countryCode)) return null;
  const [profile] = await db.select().from(profiles).where(and(eq(profiles.countryCode, countryCode.toUpperCase()), isNull(profiles.archivedAt))).limit(1);
  if (!profile) return null;
  const rows = await db
    .select({
      id: sections.id,
      title: sections.title,
      parentId: sections.parentId,
      position: sections.position,
      status: sections.status,
      contentJson: sections.contentJson,
      updatedAt: sections.updatedAt,
    })
    .from(sections)
    .where(eq(sections.profileId, profile.id))
    .orderBy(asc(sections.position));
  const [latest] = await db
    .select({ number: profileVersions.number, publishedAt: profileVersions.publishedAt })
    .from(profileVersions)
    .where(eq(profileVersions.profileId, profile.id))
    .orderBy(desc(profileVersions.number))
    .limit(1);
  const sectionViews: SectionView[] = flattenTree(rows).map(({ position: _p, ...s }) => s);
  return {
    ...profile,
    countryName: countryName(profile.countryCode),
    sections: sectionViews,
    latestVersion: latest ?? null,
  };
}
