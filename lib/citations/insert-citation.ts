import type { Executor } from "@/lib/db/client";
import { citations, citationSources } from "@/lib/db/schema/citations";

/** One source a footnote cites: the registry source, its access date and pinpoint. */
export interface CitedItem {
  sourceId: string;
  accessed: string | null;
  pinpoint?: string | null;
}

/**
 * The one writer of citation rows: a footnote of `sectionId` and the sources it cites, in order. Callers check
 * the sources first (they exist, merged ones resolved); `id` is the id the footnote's node already carries, when
 * the content is built before its rows. Returns the citation id.
 */
export async function insertCitation(tx: Executor, { id, sectionId, createdBy, items }: { id?: string; sectionId: string; createdBy: string | null; items: CitedItem[] }): Promise<string> {
  const [row] = await tx.insert(citations).values({ ...(id ? { id } : {}), sectionId, createdBy }).returning({ id: citations.id });
  const citationId = row!.id;
  if (items.length > 0) {
    await tx.insert(citationSources).values(items.map((item, position) => ({ citationId, sourceId: item.sourceId, position, accessedAt: item.accessed, pinpoint: item.pinpoint ?? null })));
  }
  return citationId;
}
