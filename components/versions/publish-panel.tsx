import { publishVersionAction } from "@/lib/actions/publish-actions";
import { can, type Actor } from "@/lib/auth/policies";
import { getDb } from "@/lib/db/client";
import { previewPublishGate } from "@/lib/freshness/preview-publish-gate";
import { planPublish } from "@/lib/versions/publish-plan";
import { PublishDialog, type PlanRow } from "./publish-dialog";

/** The public page link and, for those who may publish, the Publish dialog with the plan (and the publish gate's findings) computed on the server. */
export async function PublishPanel({ iso, actor, latestVersion }: { iso: string; actor: Actor; latestVersion: number | null }) {
  const code = iso.toLowerCase();
  const link = latestVersion ? (
    <a href={`/profiles/${code}`} className="text-sm text-blue-800 underline">
      Public page (version {latestVersion})
    </a>
  ) : null;
  if (!can(actor, "profile.publish")) return link;
  const db = getDb();
  const plan = await planPublish(db, iso);
  const problems = await previewPublishGate(db, { actor, plan });
  const rows: PlanRow[] = plan.sections.map((s) => ({
    id: s.id,
    title: s.title,
    depth: s.depth,
    included: s.state !== "not-approved",
    line: s.state === "approved" ? `approved revision ${s.revision.number}` : s.state === "unchanged" ? `unchanged since v${s.since}` : "not approved — not included",
  }));
  return (
    <div className="flex items-center gap-3">
      <PublishDialog iso={plan.iso} nextNumber={plan.nextNumber} rows={rows} hasNew={plan.hasNew} gate={{ problems, canOverride: can(actor, "publish.override") }} publish={publishVersionAction} />
      {link}
    </div>
  );
}
