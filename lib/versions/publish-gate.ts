import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { evaluatePublishGate, type GateKind } from "@/lib/freshness/evaluate-publish-gate";
import { publishGateInput } from "@/lib/freshness/publish-gate-footnotes";
import { getCitationPolicy } from "@/lib/settings/citation-policy";
import type { VersionManifest } from "./manifest";

/** A footnote that keeps a version from being published, and why (number 0: a problem of the whole profile). */
export interface GateProblem {
  number: number;
  citationId: string;
  kind?: GateKind;
  message: string;
}

export interface GateInput {
  db: Executor;
  actor: Actor;
  profileId: string;
  manifest: VersionManifest;
  /** An admin's recorded reason to publish despite problems (checked by the gate). */
  override?: { reason: string } | null;
  /** YYYY-MM-DD; today (UTC) by default. */
  today?: string;
}

export interface GateResult {
  /** Problems that block publishing. */
  blocking: GateProblem[];
  /** Problems an admin overrode with a written reason (to be recorded with the version). */
  overridden: GateProblem[];
}

/**
 * The citation-quality gate publishing passes through: the admin's policy applied to the version's
 * footnotes (stale or missing access dates, dead links without archive copies) and the profile's import
 * problems. An admin's override with a reason lets them through; anyone else's is refused.
 * @throws ForbiddenError when a non-admin tries to override problems
 */
export async function checkPublishGate({ db, actor, profileId, manifest, override, today }: GateInput): Promise<GateResult> {
  const policy = await getCitationPolicy(db);
  const { footnotes, importProblems } = await publishGateInput(db, { profileId, manifest });
  const problems = evaluatePublishGate({ policy, footnotes, importProblems, today: today ?? new Date().toISOString().slice(0, 10) });
  if (problems.length === 0) return { blocking: [], overridden: [] };
  if (!override?.reason.trim()) return { blocking: problems, overridden: [] };
  authorize(actor, "publish.override");
  return { blocking: [], overridden: problems };
}
