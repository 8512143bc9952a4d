import { asc, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { auditLog, users } from "@/lib/db/schema/auth";
import { profiles, profileVersions } from "@/lib/db/schema/profiles";
import { countryName } from "@/lib/profiles/countries";

export interface VersionSummary {
  number: number;
  changelog: string;
  contentHash: string;
  publishedAt: Date;
  publishedBy: string | null;
  /** The admin's recorded reason when this version was published over the citation gate. */
  overrideReason: string | null;
}

const gateOverrideReason = sql<string | null>`(select ${auditLog.reason} from ${auditLog} where ${auditLog.action} = 'publish.override' and ${auditLog.subjectId} = ${profileVersions.id}::text order by ${auditLog.at} desc limit 1)`;

/** Every version of a country's profile, newest first (empty when unpublished or unknown). */
export async function listVersions(db: Executor, iso: string): Promise<VersionSummary[]> {
  return db
    .select({ number: profileVersions.number, changelog: profileVersions.changelog, contentHash: profileVersions.contentHash, publishedAt: profileVersions.publishedAt, publishedBy: users.name, overrideReason: gateOverrideReason })
    .from(profileVersions)
    .innerJoin(profiles, eq(profiles.id, profileVersions.profileId))
    .leftJoin(users, eq(users.id, profileVersions.publishedBy))
    .where(eq(profiles.countryCode, iso.toUpperCase()))
    .orderBy(desc(profileVersions.number));
}

export interface PublishedProfile {
  iso: string;
  country: string;
  version: number;
  contentHash: string;
  lastUpdated: Date;
}

/** The newest version of every published profile, by country name. */
export async function listPublishedProfiles(db: Executor): Promise<PublishedProfile[]> {
  const rows = await db
    .selectDistinctOn([profileVersions.profileId], { iso: profiles.countryCode, version: profileVersions.number, contentHash: profileVersions.contentHash, lastUpdated: profileVersions.publishedAt })
    .from(profileVersions)
    .innerJoin(profiles, eq(profiles.id, profileVersions.profileId))
    .orderBy(asc(profileVersions.profileId), desc(profileVersions.number));
  return rows
    .map((r) => ({ ...r, country: countryName(r.iso) }))
    .sort((a, b) => a.country.localeCompare(b.country));
}
