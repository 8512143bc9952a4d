import { authorize, type Actor } from "@/lib/auth/policies";
import { numberReadingOrder, type NumberedFootnote } from "@/lib/citations/number-reading-order";
import { citationItemsInProfile } from "@/lib/citations/queries";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import type { NoteItem, Segment } from "@/lib/citations/types";
import type { Executor } from "@/lib/db/client";
import { citationIds } from "@/lib/editor/citation-ids";

export interface Footnote extends NumberedFootnote {
  text: string;
  segments: Segment[];
}

/**
 * Numbers the citations of a profile's sections given in reading order and formats them in OSCOLA; a
 * citation node whose id belongs to another profile is not numbered. Also returns the formatter's items by
 * citation id (exports name the sources).
 * @throws ForbiddenError unless the actor may read drafts
 */
export async function numberFootnotes(actor: Actor, db: Executor, profileId: string, sectionsInOrder: { id: string; contentJson: unknown }[]): Promise<{ footnotes: Footnote[]; items: Map<string, NoteItem[]> }> {
  authorize(actor, "profile.readDraft");
  const orders = sectionsInOrder.map((s) => ({ id: s.id, citationIds: citationIds(s.contentJson) }));
  const ids = [...new Set(orders.flatMap((s) => s.citationIds))];
  if (ids.length === 0) return { footnotes: [], items: new Map() };
  const { items, foreign } = await citationItemsInProfile(actor, db, profileId, ids);
  const foreignIds = new Set(foreign);
  const { footnotes } = numberReadingOrder(orders, { has: (id: string) => !foreignIds.has(id) });
  const formatted = formatFootnotes(footnotes.map((o) => ({ items: items.get(o.citationId) ?? [] })));
  return { footnotes: footnotes.map((o, i) => ({ ...o, text: formatted[i]!.text, segments: formatted[i]!.segments })), items };
}

/** The numbered, formatted footnotes of a profile's sections in reading order (see numberFootnotes). */
export async function loadFootnotes(actor: Actor, db: Executor, profileId: string, sectionsInOrder: { id: string; contentJson: unknown }[]): Promise<Footnote[]> {
  return (await numberFootnotes(actor, db, profileId, sectionsInOrder)).footnotes;
}
