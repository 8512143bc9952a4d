import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { profiles } from "@/lib/db/schema/profiles";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { countryName } from "./countries";
import { insertProfile } from "./insert-profile";
import { createProfileSchema } from "./schemas";

/**
 * Creates a country profile with the template's sections (`insertProfile`).
 * @throws AppError (bad country code, profile exists), ForbiddenError
 */
export async function createProfile({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "profile.create");
  const { countryCode } = parseInput(createProfileSchema, input);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: profiles.id }).from(profiles).where(eq(profiles.countryCode, countryCode)).limit(1);
    if (existing) throw new AppError("conflict:profile", `A profile for ${countryName(countryCode)} already exists.`, { field: "countryCode" });
    const { profile } = await insertProfile(tx, { countryCode, createdBy: actor.id });
    await recordEvent(tx, { actorId: actor.id, type: "profile.create", subjectType: "profile", subjectId: profile.id, data: { countryCode } });
    return profile;
  });
}
