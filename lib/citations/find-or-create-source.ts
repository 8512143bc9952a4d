import { and, eq, isNull, or } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { sources } from "@/lib/db/schema/citations";
import type { CslItem } from "./csl-item";
import { cslToSource } from "./csl-to-source";
import { normalizeDoi } from "./normalize-doi";
import { normalizeUrl } from "./normalize-url";

export interface RegistrySource {
  id: string;
  title: string;
  url: string | null;
  created: boolean;
}

/** Finds the registry record with the same normalised URL or DOI, or inserts the item as a new one. */
export async function findOrCreateSource(tx: Executor, item: CslItem, extra: { createdBy: string | null; titleTranslation?: string | null; language?: string | null }): Promise<RegistrySource> {
  const source = cslToSource(item);
  const normalizedUrl = source.url ? normalizeUrl(source.url) : null;
  const doi = item.DOI ? normalizeDoi(item.DOI) : null;
  const matches = [normalizedUrl ? eq(sources.normalizedUrl, normalizedUrl) : undefined, doi ? eq(sources.doi, doi) : undefined].filter((c) => c !== undefined);
  if (matches.length > 0) {
    const [existing] = await tx
      .select({ id: sources.id, title: sources.title, url: sources.url })
      .from(sources)
      .where(and(isNull(sources.mergedInto), or(...matches)))
      .limit(1);
    if (existing) return { ...existing, created: false };
  }
  const { id: _ignored, ...csl } = item;
  const [row] = await tx
    .insert(sources)
    .values({
      csl,
      type: item.type,
      title: source.title,
      titleTranslation: extra.titleTranslation ?? null,
      language: extra.language ?? (typeof item.language === "string" ? item.language : null),
      url: source.url ?? null,
      normalizedUrl,
      doi,
      createdBy: extra.createdBy,
    })
    .returning({ id: sources.id, title: sources.title, url: sources.url });
  return { ...row!, created: true };
}
