import { authorize, can, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { previewPublishGate } from "@/lib/freshness/preview-publish-gate";
import type { GateProblem } from "./publish-gate";
import { planPublish } from "./publish-plan";

/** One line of the Publish dialog: what goes into the next version from this section. */
export interface PlanRow {
  id: string;
  title: string;
  depth: number;
  line: string;
  included: boolean;
}

/** What the Publish dialog shows before publishing: the plan per section and the publish gate's findings. */
export interface PublishPreview {
  iso: string;
  nextNumber: number;
  hasNew: boolean;
  rows: PlanRow[];
  gate: { problems: GateProblem[]; canOverride: boolean };
}

/**
 * The preview of the next version for an editor about to publish.
 * @throws ForbiddenError for those who may not publish
 */
export async function publishPreview({ actor, db, iso }: { actor: Actor; db: Executor; iso: string }): Promise<PublishPreview> {
  authorize(actor, "profile.publish");
  const plan = await planPublish(db, iso);
  const problems = await previewPublishGate(db, { actor, plan });
  const rows = plan.sections.map((s) => ({
    id: s.id,
    title: s.title,
    depth: s.depth,
    included: s.state !== "not-approved",
    line: s.state === "approved" ? `approved revision ${s.revision.number}` : s.state === "unchanged" ? `unchanged since v${s.since}` : "not approved — not included",
  }));
  return { iso: plan.iso, nextNumber: plan.nextNumber, hasNew: plan.hasNew, rows, gate: { problems, canOverride: can(actor, "publish.override") } };
}
