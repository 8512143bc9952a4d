import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sources } from "@/lib/db/schema/citations";
import type { CslItem } from "./csl-item";
import { cslToSource } from "./csl-to-source";
import { unsafeUrlMessage } from "./is-safe-url";
import { hasUnsafeUrl } from "./unsafe-item-url";
import { normalizeDoi } from "./normalize-doi";
import { normalizeTitle } from "./normalize-title";
import { normalizeUrl } from "./normalize-url";

export interface RegistrySource {
  id: string;
  title: string;
  url: string | null;
  created: boolean;
}

/**
 * Finds the registry record with the same normalised URL or DOI, or inserts the item as a new one. With `matchTitle`
 * (imports: a re-import must not duplicate its URL-less sources), an item with neither URL nor DOI is the record of
 * the same type with neither whose normalised title is the same.
 * Every source enters the registry here, so the URL policy is checked here for all of them.
 * @throws AppError (field `url`) when the item has a URL that is not http(s) (`isSafeUrl`)
 * @throws AppError (field `title`) when `requireTitle` is set and a new record would have no title of its own
 */
export async function findOrCreateSource(tx: Executor, item: CslItem, extra: { createdBy: string | null; titleTranslation?: string | null; language?: string | null; requireTitle?: boolean; matchTitle?: boolean }): Promise<RegistrySource> {
  if (hasUnsafeUrl(item)) throw new AppError("bad_request:source", unsafeUrlMessage, { field: "url" });
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
  if (matches.length === 0 && extra.matchTitle && source.title.trim()) {
    const wanted = normalizeTitle(source.title);
    const candidates = await tx
      .select({ id: sources.id, title: sources.title, url: sources.url })
      .from(sources)
      .where(and(isNull(sources.mergedInto), isNull(sources.normalizedUrl), isNull(sources.doi), eq(sources.type, item.type), sql`lower(${sources.title}) = ${source.title.toLowerCase()}`))
      .limit(20);
    const same = candidates.find((c) => normalizeTitle(c.title) === wanted);
    if (same) return { ...same, created: false };
  }
  if (extra.requireTitle && !item.title?.trim()) {
    throw new AppError("bad_request:source", `${source.url ?? "This source"} has no title: enter the title of the source.`, { field: "title" });
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
