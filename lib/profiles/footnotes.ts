import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { citationSources, sources } from "@/lib/db/schema/citations";
import { citationIds } from "@/lib/editor/citation-ids";

export interface FootnoteItem {
  sourceId: string;
  title: string;
  url: string | null;
  csl: Record<string, unknown>;
  accessed: string | null;
  pinpoint: string | null;
}

export interface Footnote {
  number: number;
  citationId: string;
  sectionId: string;
  items: FootnoteItem[];
}

/** Numbers the citations of sections given in reading order and loads their sources. */
export async function loadFootnotes(db: Executor, sectionsInOrder: { id: string; contentJson: unknown }[]): Promise<Footnote[]> {
  const order: { citationId: string; sectionId: string }[] = [];
  for (const s of sectionsInOrder) for (const id of citationIds(s.contentJson)) order.push({ citationId: id, sectionId: s.id });
  if (order.length === 0) return [];
  const rows = await db
    .select({
      citationId: citationSources.citationId,
      sourceId: sources.id,
      title: sources.title,
      url: sources.url,
      csl: sources.csl,
      accessed: citationSources.accessedAt,
      pinpoint: citationSources.pinpoint,
    })
    .from(citationSources)
    .innerJoin(sources, eq(sources.id, citationSources.sourceId))
    .where(inArray(citationSources.citationId, [...new Set(order.map((o) => o.citationId))]))
    .orderBy(asc(citationSources.position));
  const byCitation = new Map<string, FootnoteItem[]>();
  for (const { citationId, ...item } of rows) byCitation.set(citationId, [...(byCitation.get(citationId) ?? []), item]);
  return order.map((o, i) => ({ number: i + 1, ...o, items: byCitation.get(o.citationId) ?? [] }));
}
