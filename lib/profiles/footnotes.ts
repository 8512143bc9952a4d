import { authorize, type Actor } from "@/lib/auth/policies";
import { splitOwnCitations } from "@/lib/citations/own-citations";
import { citationItems, profileCitationIds } from "@/lib/citations/queries";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import type { Segment } from "@/lib/citations/types";
import type { Executor } from "@/lib/db/client";
import { citationIds } from "@/lib/editor/citation-ids";

export interface Footnote {
  number: number;
  citationId: string;
  sectionId: string;
  text: string;
  segments: Segment[];
}

/**
 * Numbers the citations of a profile's sections given in reading order and formats them in OSCOLA; a
 * citation node whose id belongs to another profile is not numbered.
 * @throws ForbiddenError unless the actor may read drafts
 */
export async function loadFootnotes(actor: Actor, db: Executor, profileId: string, sectionsInOrder: { id: string; contentJson: unknown }[]): Promise<Footnote[]> {
  authorize(actor, "profile.readDraft");
  const all: { citationId: string; sectionId: string }[] = [];
  for (const s of sectionsInOrder) for (const id of citationIds(s.contentJson)) all.push({ citationId: id, sectionId: s.id });
  if (all.length === 0) return [];
  const { own: order } = splitOwnCitations(all, await profileCitationIds(actor, db, profileId));
  if (order.length === 0) return [];
  const items = await citationItems(actor, db, [...new Set(order.map((o) => o.citationId))]);
  const formatted = formatFootnotes(order.map((o) => ({ items: items.get(o.citationId) ?? [] })));
  return order.map((o, i) => ({ ...o, number: formatted[i]!.number, text: formatted[i]!.text, segments: formatted[i]!.segments }));
}
