import { asc, eq, inArray } from "drizzle-orm";
import { cslItemSchema } from "@/lib/citations/csl-item";
import { cslToSource } from "@/lib/citations/csl-to-source";
import type { NoteItem } from "@/lib/citations/types";
import type { Executor } from "@/lib/db/client";
import type { FrozenCitation } from "@/lib/db/schema/review";
import { citationSources, sources } from "@/lib/db/schema/citations";
import { linkChecks, sourceArchives } from "@/lib/db/schema/links";
import type { ManifestSource } from "./manifest";

function archiveUrlOf(csl: Record<string, unknown>): string | null {
  const value = csl["archive-url"] ?? csl.archive_url;
  return typeof value === "string" && /^https?:\/\//.test(value) ? value : null;
}

/** What a source's CSL says beyond the columns footnotes show (type, publisher, date, authors, container, number). */
function cslFields(csl: Record<string, unknown>, sourceId: string, storedType: string): Pick<ManifestSource, "type" | "publisher" | "date" | "authors" | "container" | "number"> {
  const parsed = cslItemSchema.safeParse(csl);
  const base = parsed.success ? cslToSource(parsed.data, sourceId) : null;
  return { type: base?.type ?? storedType, publisher: base?.publisher ?? null, date: base?.date ?? null, authors: base?.authors ?? [], container: base?.container ?? null, number: base?.number ?? null };
}

/** Copies, from the registry as it stands now, every source of the given citations (with access date and pinpoint). */
export async function registrySources(db: Executor, citationIds: string[]): Promise<Map<string, ManifestSource[]>> {
  const out = new Map<string, ManifestSource[]>();
  if (citationIds.length === 0) return out;
  const rows = await db
    .select({
      citationId: citationSources.citationId,
      sourceId: sources.id,
      csl: sources.csl,
      type: sources.type,
      title: sources.title,
      url: sources.url,
      doi: sources.doi,
      translation: sources.titleTranslation,
      accessed: citationSources.accessedAt,
      pinpoint: citationSources.pinpoint,
      linkStatus: linkChecks.status,
      storedArchive: sourceArchives.archiveUrl,
    })
    .from(citationSources)
    .innerJoin(sources, eq(sources.id, citationSources.sourceId))
    .leftJoin(linkChecks, eq(linkChecks.sourceId, sources.id))
    .leftJoin(sourceArchives, eq(sourceArchives.sourceId, sources.id))
    .where(inArray(citationSources.citationId, citationIds))
    .orderBy(asc(citationSources.citationId), asc(citationSources.position));
  for (const r of rows) {
    const source: ManifestSource = {
      key: r.sourceId,
      title: r.title,
      titleTranslation: r.translation,
      url: r.url,
      doi: r.doi,
      accessed: r.accessed,
      pinpoint: r.pinpoint,
      // A dead link's archive copy is frozen with the version, so its footnote reads "archived at …".
      archiveUrl: archiveUrlOf(r.csl) ?? (r.linkStatus === "dead" ? r.storedArchive : null),
      ...cslFields(r.csl, r.sourceId, r.type),
      csl: r.csl,
    };
    out.set(r.citationId, [...(out.get(r.citationId) ?? []), source]);
  }
  return out;
}

/** A footnote's source as its revision froze it, in the manifest's shape (publishing copies from here, never the live registry). */
export function frozenSource(item: FrozenCitation["items"][number]): ManifestSource {
  return {
    key: item.sourceId,
    title: item.title,
    titleTranslation: item.titleTranslation ?? null,
    url: item.url,
    doi: item.doi,
    accessed: item.accessed,
    pinpoint: item.pinpoint,
    archiveUrl: item.archiveUrl === undefined ? archiveUrlOf(item.csl) : item.archiveUrl,
    ...cslFields(item.csl, item.sourceId, item.type),
    csl: item.csl,
  };
}

/** The formatter's view of a copied source. */
export function toNoteItem(s: ManifestSource): NoteItem {
  return {
    source: { key: s.key, title: s.title, titleTranslation: s.titleTranslation, url: s.url, publisher: s.publisher, date: s.date, authors: s.authors, type: s.type, container: s.container, number: s.number },
    accessed: s.accessed,
    pinpoint: s.pinpoint,
    archiveUrl: s.archiveUrl,
  };
}
