import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { profiles, profileVersions } from "@/lib/db/schema/profiles";
import { countryName } from "@/lib/profiles/countries";
import type { PublishedVersion, VersionManifest } from "./manifest";

/**
 * A published version of a country's profile with its frozen manifest: the newest when `number` is
 * omitted. Null when the profile or version does not exist. (Exports such as Word read versions here.)
 */
export async function loadVersion(db: Executor, { iso, number }: { iso: string; number?: number }): Promise<PublishedVersion | null> {
  const code = iso.toUpperCase();
  const [row] = await db
    .select({ version: profileVersions, countryCode: profiles.countryCode })
    .from(profileVersions)
    .innerJoin(profiles, eq(profiles.id, profileVersions.profileId))
    .where(and(eq(profiles.countryCode, code), number === undefined ? undefined : eq(profileVersions.number, number)))
    .orderBy(desc(profileVersions.number))
    .limit(1);
  if (!row) return null;
  const v = row.version;
  return {
    id: v.id,
    profileId: v.profileId,
    iso: row.countryCode,
    country: countryName(row.countryCode),
    number: v.number,
    changelog: v.changelog,
    contentHash: v.contentHash,
    publishedAt: v.publishedAt,
    publishedBy: v.publishedBy,
    manifest: v.snapshot as unknown as VersionManifest,
  };
}
