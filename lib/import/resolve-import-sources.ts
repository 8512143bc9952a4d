import { and, inArray, isNull } from "drizzle-orm";
import { findOrCreateSource } from "@/lib/citations/find-or-create-source";
import type { Executor } from "@/lib/db/client";
import { sources } from "@/lib/db/schema/citations";
import { citationToCsl } from "./citation-to-csl";
import type { ParsedCitation, ParsedProfile } from "./types";

export interface ImportSources {
  /** The registry source a parsed citation cites (undefined when it names none). */
  sourceOf: (c: ParsedCitation) => string | undefined;
  created: number;
  reused: number;
}

/**
 * The registry sources of a parsed profile's notes: sources named by id (bookmarks of a Folio export) that are
 * still in the registry are reused as they are; every other one goes through `findOrCreateSource` (same
 * normalised URL or DOI, or for one with neither the same normalised title: the existing record).
 */
export async function resolveImportSources(tx: Executor, parsed: ParsedProfile, createdBy: string): Promise<ImportSources> {
  const named = [...new Set(parsed.notes.flatMap((n) => n.citations.flatMap((c) => (c.sourceId ? [c.sourceId] : []))))];
  const relinked = new Set(named.length ? (await tx.select({ id: sources.id }).from(sources).where(and(inArray(sources.id, named), isNull(sources.mergedInto)))).map((r) => r.id) : []);
  const sourceIds = new Map<string, string>();
  let created = 0;
  for (const note of parsed.notes) {
    for (const c of note.citations) {
      if ((c.sourceId && relinked.has(c.sourceId)) || !c.sourceKey || sourceIds.has(c.sourceKey)) continue;
      const s = await findOrCreateSource(tx, citationToCsl(c), { createdBy, matchTitle: true });
      if (s.created) created++;
      sourceIds.set(c.sourceKey, s.id);
    }
  }
  return {
    sourceOf: (c) => (c.sourceId && relinked.has(c.sourceId) ? c.sourceId : sourceIds.get(c.sourceKey)),
    created,
    reused: sourceIds.size - created + relinked.size,
  };
}
