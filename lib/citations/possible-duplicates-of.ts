import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { sources } from "@/lib/db/schema/citations";
import type { CslItem } from "./csl-item";
import { cslToSource } from "./csl-to-source";
import { normalizeDoi } from "./normalize-doi";
import { normalizeUrl } from "./normalize-url";
import type { SourceSummary } from "./queries";
import { similarTitles } from "./similar-titles";

const summary = { id: sources.id, title: sources.title, url: sources.url, publisher: sql<string | null>`${sources.csl}->>'publisher'`, type: sources.type };

/** A registry source a new one may duplicate, and why. */
export interface DuplicateCandidate extends SourceSummary {
  reason: "url" | "doi" | "title";
}

/**
 * Registry sources a new item may duplicate: the same normalised URL or DOI, or a near-identical title
 * (`similarTitles`). Merged records are left out.
 */
export async function possibleDuplicatesOf(db: Executor, item: CslItem): Promise<DuplicateCandidate[]> {
  const source = cslToSource(item);
  const url = source.url ? normalizeUrl(source.url) : null;
  const doi = item.DOI ? normalizeDoi(item.DOI) : null;
  const out = new Map<string, DuplicateCandidate>();
  const exact = [url ? eq(sources.normalizedUrl, url) : undefined, doi ? eq(sources.doi, doi) : undefined].filter((c) => c !== undefined);
  if (exact.length > 0) {
    const rows = await db.select({ ...summary, normalizedUrl: sources.normalizedUrl }).from(sources).where(and(isNull(sources.mergedInto), or(...exact)));
    for (const r of rows) out.set(r.id, { id: r.id, title: r.title, url: r.url, publisher: r.publisher, type: r.type, reason: url && r.normalizedUrl === url ? "url" : "doi" });
  }
  const title = source.title.trim();
  if (title) {
    // Near-identical titles are close in length: compare only those in the database's band, then exactly here.
    const rows = await db
      .select(summary)
      .from(sources)
      .where(and(isNull(sources.mergedInto), sql`abs(char_length(${sources.title}) - ${title.length}) <= 12`))
      .limit(5000);
    for (const r of rows) if (!out.has(r.id) && similarTitles(r.title, title)) out.set(r.id, { ...r, reason: "title" });
  }
  return [...out.values()];
}
