import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { profiles } from "@/lib/db/schema/profiles";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { countryName, isCountryCode } from "./countries";

export const archiveProfileSchema = z.object({
  countryCode: z.string({ error: "countryCode is required." }).refine(isCountryCode, { error: "countryCode must be an ISO 3166-1 alpha-2 code." }),
  reason: z.string({ error: "Give a reason for archiving." }).trim().min(3, { error: "Give a reason for archiving (at least 3 characters)." }).max(1000, { error: "The reason must be at most 1000 characters." }),
});

/**
 * Archives a profile (admins): its drafts leave the workspace (list, pages, editor, draft search, publishing), its
 * published versions stay public and unchanged. Recorded in the audit log with the reason.
 * @throws ForbiddenError, AppError (bad input naming the field; not_found; conflict when already archived)
 */
export async function archiveProfile({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<{ countryCode: string }> {
  authorize(actor, "profile.archive");
  const { countryCode, reason } = parseInput(archiveProfileSchema, input);
  const code = countryCode.toUpperCase();
  return db.transaction(async (tx) => {
    const [profile] = await tx.select({ id: profiles.id, archivedAt: profiles.archivedAt }).from(profiles).where(eq(profiles.countryCode, code)).for("update");
    if (!profile) throw new AppError("not_found:profile", `There is no profile for ${countryName(code)}.`, { field: "countryCode" });
    if (profile.archivedAt) throw new AppError("conflict:profile", `The profile for ${countryName(code)} is already archived.`, { field: "countryCode" });
    await tx.update(profiles).set({ archivedAt: new Date(), archivedBy: actor.id }).where(and(eq(profiles.id, profile.id), isNull(profiles.archivedAt)));
    await recordEvent(tx, { actorId: actor.id, type: "profile.archive", subjectType: "profile", subjectId: profile.id, reason, data: { countryCode: code } });
    return { countryCode: code };
  });
}
