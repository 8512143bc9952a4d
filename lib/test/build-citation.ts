import { eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import { citations, citationSources, sources } from "@/lib/db/schema/citations";

let n = 0;

/**
 * Inserts a source (optionally with a URL) and one citation of it in the section, with its marker in the section's
 * citation order (as if cited in the text; `inText: false` leaves a row without a marker); returns the ids.
 */
export async function buildCitation(db: Database, { sectionId, url, accessedAt = "2025-01-15", title, inText = true }: { sectionId: string; url?: string | null; accessedAt?: string | null; title?: string; inText?: boolean }) {
  const i = n++;
  const t = title ?? `Source ${i}`;
  const [source] = await db
    .insert(sources)
    .values({ csl: { type: "webpage", title: t }, title: t, url: url === undefined ? `https://example.org/doc/${i}-${Date.now()}` : url })
    .returning({ id: sources.id, url: sources.url });
  const [citation] = await db.insert(citations).values({ sectionId }).returning({ id: citations.id });
  const [cs] = await db.insert(citationSources).values({ citationId: citation!.id, sourceId: source!.id, accessedAt }).returning({ id: citationSources.id });
  if (inText) await db.update(sections).set({ citationOrder: sql`array_append(coalesce(${sections.citationOrder}, '{}'), ${citation!.id}::text)` }).where(eq(sections.id, sectionId));
  return { sourceId: source!.id, url: source!.url, citationId: citation!.id, citationSourceId: cs!.id };
}
