import type { Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { buildManifest } from "@/lib/versions/build-manifest";
import { checkPublishGate, type GateProblem } from "@/lib/versions/publish-gate";
import type { PublishPlan } from "@/lib/versions/publish-plan";

/** What the publish gate would say if this plan were published now: the offending footnotes (empty: it may be published). */
export async function previewPublishGate(db: Executor, { actor, plan }: { actor: Actor; plan: PublishPlan }): Promise<GateProblem[]> {
  if (!plan.hasNew) return [];
  const manifest = await buildManifest(actor, db, plan);
  return (await checkPublishGate({ db, actor, profileId: plan.profileId, manifest })).blocking;
}
