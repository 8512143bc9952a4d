import { eq } from "drizzle-orm";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database, Executor } from "@/lib/db/client";
import { settings } from "@/lib/db/schema/auth";
import { parseInput } from "@/lib/validation/parse-input";

const KEY = "citations.policy";

export const citationPolicySchema = z.object({
  maxAgeMonths: z.coerce
    .number({ error: "Maximum age must be a number of months." })
    .int({ error: "Maximum age must be a whole number of months." })
    .min(1, { error: "Maximum age must be at least 1 month." })
    .max(120, { error: "Maximum age must be at most 120 months." }),
  /** The publish gate blocks on: an access date older than maxAgeMonths… */
  gateStale: z.boolean({ error: "gateStale must be true or false." }).default(true),
  /** …a dead link with no archive copy… */
  gateDeadWithoutArchive: z.boolean({ error: "gateDeadWithoutArchive must be true or false." }).default(true),
  /** …a URL cited without an access date… */
  gateMissingAccessDate: z.boolean({ error: "gateMissingAccessDate must be true or false." }).default(true),
  /** …and problems left over from importing the profile. */
  gateImportProblems: z.boolean({ error: "gateImportProblems must be true or false." }).default(true),
});
export type CitationPolicy = z.infer<typeof citationPolicySchema>;

export const defaultCitationPolicy: CitationPolicy = { maxAgeMonths: 12, gateStale: true, gateDeadWithoutArchive: true, gateMissingAccessDate: true, gateImportProblems: true };

/** The admin's citation policy (defaults when never set or unreadable). */
export async function getCitationPolicy(db: Executor): Promise<CitationPolicy> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).limit(1);
  if (!row) return defaultCitationPolicy;
  try {
    const parsed = citationPolicySchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : defaultCitationPolicy;
  } catch {
    return defaultCitationPolicy;
  }
}

/** Sets the citation policy (admins). @throws AppError naming the field, ForbiddenError */
export async function setCitationPolicy({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<CitationPolicy> {
  authorize(actor, "policy.manage");
  const policy = parseInput(citationPolicySchema, input);
  await db.transaction(async (tx) => {
    const before = await getCitationPolicy(tx);
    const value = JSON.stringify(policy);
    await tx.insert(settings).values({ key: KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    await recordEvent(tx, { actorId: actor.id, type: "policy.citations", subjectType: "settings", subjectId: KEY, data: { from: before, to: policy } });
  });
  return policy;
}
