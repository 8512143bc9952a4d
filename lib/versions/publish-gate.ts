import type { Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import type { VersionManifest } from "./manifest";

/** A footnote that keeps a version from being published, and why. */
export interface GateProblem {
  number: number;
  citationId: string;
  message: string;
}

export interface GateInput {
  db: Executor;
  actor: Actor;
  profileId: string;
  manifest: VersionManifest;
  /** An admin's recorded reason to publish despite problems (checked by the gate). */
  override?: { reason: string } | null;
}

/**
 * The citation-quality gate publishing passes through (filled in by the citation-policy work): the
 * offending footnotes, empty when the version may be published.
 */
export async function checkPublishGate(_input: GateInput): Promise<GateProblem[]> {
  return [];
}
