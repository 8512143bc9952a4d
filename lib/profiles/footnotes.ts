import { citationItems } from "@/lib/citations/queries";
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

/** Numbers the citations of sections given in reading order and formats them in OSCOLA. */
export async function loadFootnotes(db: Executor, sectionsInOrder: { id: string; contentJson: unknown }[]): Promise<Footnote[]> {
  const order: { citationId: string; sectionId: string }[] = [];
  for (const s of sectionsInOrder) for (const id of citationIds(s.contentJson)) order.push({ citationId: id, sectionId: s.id });
  if (order.length === 0) return [];
  const items = await citationItems(db, [...new Set(order.map((o) => o.citationId))]);
  const formatted = formatFootnotes(order.map((o) => ({ items: items.get(o.citationId) ?? [] })));
  return order.map((o, i) => ({ ...o, number: formatted[i]!.number, text: formatted[i]!.text, segments: formatted[i]!.segments }));
}
