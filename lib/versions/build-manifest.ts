import type { Actor } from "@/lib/auth/policies";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import { numberReadingOrder } from "@/lib/citations/number-reading-order";
import { profileCitationIds } from "@/lib/citations/queries";
import type { Executor } from "@/lib/db/client";
import { citationIds } from "@/lib/editor/citation-ids";
import { countryName } from "@/lib/profiles/countries";
import type { ManifestFootnote, ManifestSection, ManifestSource, VersionManifest } from "./manifest";
import type { PublishPlan } from "./publish-plan";
import { publishedDepths } from "./published-depths";
import { frozenSource, toNoteItem } from "./registry-sources";
import { assignStableIds } from "./stable-ids";

/**
 * Freezes a publish plan into a manifest: content with stable anchors, and every footnote's sources
 * copied (from the approved revision's frozen footnotes for newly approved sections, from the previous version for
 * unchanged ones): a change in the registry after approval reaches readers only through a new revision.
 * A citation node of a newly approved section whose id belongs to another profile is not numbered.
 * @throws ForbiddenError unless the actor may read drafts
 */
export async function buildManifest(actor: Actor, db: Executor, plan: PublishPlan): Promise<VersionManifest> {
  const sections: ManifestSection[] = [];
  const omitted: VersionManifest["omitted"] = [];
  const fresh = new Set<string>();
  // A section whose parent is not published is not shown under whichever section comes before it.
  const depths = publishedDepths(plan.sections.map((s) => ({ depth: s.depth, published: s.state !== "not-approved" })));
  for (const [i, s] of plan.sections.entries()) {
    const depth = depths[i]!;
    if (s.state === "not-approved") {
      omitted.push({ id: s.id, title: s.title });
    } else if (s.state === "unchanged") {
      sections.push({ ...s.carried, title: s.title, depth });
    } else {
      const previous = plan.previous?.manifest.sections.find((p) => p.id === s.id)?.paragraphs;
      const { content, paragraphs } = assignStableIds(s.id, s.revision.contentJson, previous);
      sections.push({ id: s.id, anchor: `s-${s.id.slice(0, 8)}`, title: s.title, depth, revision: { id: s.revision.id, number: s.revision.number }, since: plan.nextNumber, content, paragraphs });
      fresh.add(s.id);
    }
  }

  const orders = sections.map((s) => ({ id: s.id, citationIds: citationIds(s.content) }));
  // Carried sections were checked when first published; only fresh ones can bring in a foreign id.
  const ownIds = await profileCitationIds(actor, db, plan.profileId, orders.filter((s) => fresh.has(s.id)).flatMap((s) => s.citationIds));
  const carried = new Set(orders.filter((s) => !fresh.has(s.id)).flatMap((s) => s.citationIds));
  const order = numberReadingOrder(orders, { has: (id: string) => ownIds.has(id) || carried.has(id) }).footnotes;
  // A newly approved section's footnotes come from its revision's frozen copy: what the reviewer approved.
  const fromRevision = new Map<string, ManifestSource[]>();
  for (const s of plan.sections) {
    if (s.state !== "approved") continue;
    for (const c of s.revision.citations) fromRevision.set(`${s.id}/${c.citationId}`, c.items.map(frozenSource));
  }
  const fromPrevious = new Map((plan.previous?.manifest.footnotes ?? []).map((f) => [f.citationId, f.sources]));
  const sourcesOf = (o: { citationId: string; sectionId: string }): ManifestSource[] =>
    (fresh.has(o.sectionId) ? fromRevision.get(`${o.sectionId}/${o.citationId}`) : fromPrevious.get(o.citationId)) ?? [];
  const formatted = formatFootnotes(order.map((o) => ({ items: sourcesOf(o).map(toNoteItem) })));
  const anchors = new Set<string>();
  const footnotes: ManifestFootnote[] = order.map((o, i) => {
    let anchor = `n-${o.citationId.slice(0, 8)}`;
    for (let k = 2; anchors.has(anchor); k++) anchor = `n-${o.citationId.slice(0, 8)}-${k}`;
    anchors.add(anchor);
    return { number: o.number, anchor, citationId: o.citationId, sectionId: o.sectionId, text: formatted[i]!.text, segments: formatted[i]!.segments, sources: sourcesOf(o) };
  });
  return { format: 1, iso: plan.iso, country: countryName(plan.iso), sections, omitted, footnotes };
}
