import { and, desc, eq, inArray } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { revisions } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import { getProfileByCountry } from "@/lib/profiles/queries";
import { parseInput } from "@/lib/validation/parse-input";
import { countryCodeSchema } from "./schemas";
import type { SectionStatus } from "./status";

export interface ProfileReviewState {
  countryCode: string;
  sections: { id: string; title: string; status: SectionStatus; latestRevision: { id: string; number: number; contentHash: string; createdAt: string } | null }[];
}

/** A profile's sections with their review status and latest revision (the JSON route's shape). @throws AppError `not_found:profile` */
export async function profileReviewState({ actor, db, countryCode }: { actor: Actor; db: Executor; countryCode: string }): Promise<ProfileReviewState> {
  authorize(actor, "review.read");
  parseInput(countryCodeSchema, { countryCode });
  const profile = await getProfileByCountry(actor, db, countryCode);
  if (!profile) throw new AppError("not_found:profile", "There is no profile for that country.", { field: "countryCode" });
  const ids = profile.sections.map((s) => s.id);
  const rows = ids.length
    ? await db
        .selectDistinctOn([revisions.sectionId], { sectionId: revisions.sectionId, id: revisions.id, number: revisions.number, contentHash: revisions.contentHash, createdAt: revisions.createdAt })
        .from(revisions)
        .where(and(inArray(revisions.sectionId, ids), eq(revisions.kind, "submission")))
        .orderBy(revisions.sectionId, desc(revisions.number))
    : [];
  const latest = new Map(rows.map((r) => [r.sectionId, { id: r.id, number: r.number, contentHash: r.contentHash, createdAt: r.createdAt.toISOString() }]));
  return {
    countryCode: profile.countryCode,
    sections: profile.sections.map((s) => ({ id: s.id, title: s.title, status: s.status, latestRevision: latest.get(s.id) ?? null })),
  };
}
