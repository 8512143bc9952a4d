import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { profiles, profileVersions } from "@/lib/db/schema/profiles";
import { publishedParagraphs } from "@/lib/db/schema/versions";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { buildManifest } from "./build-manifest";
import { contentHash } from "./content-hash";
import { checkPublishGate, type GateProblem } from "./publish-gate";
import { planPublish } from "./publish-plan";
import { publishVersionSchema } from "./schemas";
import { isUniqueViolation } from "@/lib/db/unique-violation";

/** Refusal when no section has an approved revision newer than the last version. */
export class NothingToPublishError extends AppError {
  constructor(readonly sections: { id: string; title: string; state: string }[]) {
    super("conflict:publish", "Nothing approved is new since the last version: approve a section's revision first.");
  }
}

/** Refusal by the citation-quality gate, listing the offending footnotes. */
export class PublishGateError extends AppError {
  constructor(readonly footnotes: GateProblem[]) {
    super("conflict:publish-gate", `Publishing is blocked by ${footnotes.length} problem${footnotes.length === 1 ? "" : "s"} under the citation policy: ${footnotes.map((f) => `${f.number > 0 ? `note ${f.number}` : "the profile"} (${f.message})`).join("; ")}.`, { field: "overrideReason" });
  }
}

/**
 * Publishes the next numbered version of a country's profile from each section's newest approved
 * revision (unchanged sections carry forward), with its audit row, in one transaction. Concurrent
 * publishes are serialised on the profile row: the second gets the next number or a clear refusal.
 * @throws ForbiddenError, AppError (bad changelog, unknown profile), NothingToPublishError, PublishGateError
 */
export async function publishVersion({ actor, db, iso, input }: { actor: Actor; db: Database; iso: string; input: unknown }): Promise<{ version: number; contentHash: string }> {
  authorize(actor, "profile.publish");
  const { changelog, overrideReason } = parseInput(publishVersionSchema, input);
  const result = await db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: profiles.id }).from(profiles).where(eq(profiles.countryCode, iso.toUpperCase())).for("update");
    if (!locked) throw new AppError("not_found:profile", `No profile for ${iso.toUpperCase()}.`);
    const plan = await planPublish(tx, iso);
    if (!plan.hasNew) throw new NothingToPublishError(plan.sections.map((s) => ({ id: s.id, title: s.title, state: s.state })));
    const manifest = await buildManifest(actor, tx, plan);
    const gate = await checkPublishGate({ db: tx, actor, profileId: plan.profileId, manifest, override: overrideReason ? { reason: overrideReason } : null });
    if (gate.blocking.length > 0) throw new PublishGateError(gate.blocking);
    const hash = contentHash(manifest);
    const [row] = await tx
      .insert(profileVersions)
      .values({ profileId: plan.profileId, number: plan.nextNumber, snapshot: manifest as unknown as Record<string, unknown>, changelog, contentHash: hash, publishedBy: actor!.id })
      .returning({ id: profileVersions.id, publishedAt: profileVersions.publishedAt });
    const paragraphs = manifest.sections.flatMap((s) => s.paragraphs.map((p) => ({ sectionId: s.id, sectionTitle: s.title, anchor: p.anchor, text: p.text })));
    if (paragraphs.length > 0) {
      await tx.insert(publishedParagraphs).values(paragraphs.map((p, position) => ({ ...p, position, versionId: row!.id, profileId: plan.profileId })));
    }
    await tx.update(profiles).set({ lastPublishedAt: row!.publishedAt }).where(eq(profiles.id, plan.profileId));
    await recordEvent(tx, {
      actorId: actor!.id,
      type: "profile.publish",
      subjectType: "profile_version",
      subjectId: row!.id,
      reason: changelog,
      data: { iso: plan.iso, version: plan.nextNumber, contentHash: hash, sections: plan.sections.map((s) => ({ id: s.id, state: s.state, ...(s.state === "approved" ? { revision: s.revision.number } : s.state === "unchanged" ? { since: s.since } : {}) })) },
    });
    if (gate.overridden.length > 0) {
      await recordEvent(tx, { actorId: actor.id, type: "publish.override", subjectType: "profile_version", subjectId: row!.id, reason: overrideReason!, data: { iso: plan.iso, version: plan.nextNumber, problems: gate.overridden } });
    }
    return { version: plan.nextNumber, contentHash: hash, iso: plan.iso };
  }).catch((e: unknown) => {
    if (isUniqueViolation(e)) throw new AppError("conflict:publish", "Another editor published this profile at the same moment; reload to see the new version.", { cause: e });
    throw e;
  });
  return { version: result.version, contentHash: result.contentHash };
}
