import { authorize, type Actor } from "@/lib/auth/policies";
import { splitOwnCitations } from "@/lib/citations/own-citations";
import { citationItemsInProfile } from "@/lib/citations/queries";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import type { NoteItem, Segment } from "@/lib/citations/types";
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
 * citation node whose id belongs to another profile is not numbered. Also returns the formatter's items by
 * citation id (exports name the sources).
 * @throws ForbiddenError unless the actor may read drafts
 */
export async function numberFootnotes(actor: Actor, db: Executor, profileId: string, sectionsInOrder: { id: string; contentJson: unknown }[]): Promise<{ footnotes: Footnote[]; items: Map<string, NoteItem[]> }> {
  authorize(actor, "profile.readDraft");
  const all: { citationId: string; sectionId: string }[] = [];
  for (const s of sectionsInOrder) for (const id of citationIds(s.contentJson)) all.push({ citationId: id, sectionId: s.id });
  if (all.length === 0) return { footnotes: [], items: new Map() };
  const { items, foreign } = await citationItemsInProfile(actor, db, profileId, [...new Set(all.map((a) => a.citationId))]);
  const foreignIds = new Set(foreign);
  const { own: order } = splitOwnCitations(all, { has: (id: string) => !foreignIds.has(id) });
  const formatted = formatFootnotes(order.map((o) => ({ items: items.get(o.citationId) ?? [] })));
  return { footnotes: order.map((o, i) => ({ ...o, number: formatted[i]!.number, text: formatted[i]!.text, segments: formatted[i]!.segments })), items };
}

/** The numbered, formatted footnotes of a profile's sections in reading order (see numberFootnotes). */
export async function loadFootnotes(actor: Actor, db: Executor, profileId: string, sectionsInOrder: { id: string; contentJson: unknown }[]): Promise<Footnote[]> {
  return (await numberFootnotes(actor, db, profileId, sectionsInOrder)).footnotes;
}
