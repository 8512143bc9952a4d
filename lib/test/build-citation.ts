import type { Database } from "@/lib/db/client";
import { citations, citationSources, sources } from "@/lib/db/schema/citations";

let n = 0;

/** Inserts a source (optionally with a URL) and one citation of it in the section; returns the ids. */
export async function buildCitation(db: Database, { sectionId, url, accessedAt = "2025-01-15", title }: { sectionId: string; url?: string | null; accessedAt?: string | null; title?: string }) {
  const i = n++;
  const t = title ?? `Source ${i}`;
  const [source] = await db
    .insert(sources)
    .values({ csl: { type: "webpage", title: t }, title: t, url: url === undefined ? `https://example.org/doc/${i}-${Date.now()}` : url })
    .returning({ id: sources.id, url: sources.url });
  const [citation] = await db.insert(citations).values({ sectionId }).returning({ id: citations.id });
  const [cs] = await db.insert(citationSources).values({ citationId: citation!.id, sourceId: source!.id, accessedAt }).returning({ id: citationSources.id });
  return { sourceId: source!.id, url: source!.url, citationId: citation!.id, citationSourceId: cs!.id };
}
