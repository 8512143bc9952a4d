import type { CslItem } from "./csl-item";
import { isSafeUrl } from "./is-safe-url";
import { normalizeDoi } from "./normalize-doi";
import { sourceKey } from "./source-key";
import type { Source } from "./types";

function isoDate(date: CslItem["issued"]): string | null {
  const [year, month, day] = (date?.["date-parts"]?.[0] ?? []).map(Number);
  if (!year || !Number.isInteger(year)) return date?.literal ?? date?.raw ?? null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (!month) return String(year);
  return day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}

function personName(name: NonNullable<CslItem["author"]>[number]): string {
  return (name.literal ?? [name.given, name.family].filter(Boolean).join(" ")).trim();
}

/**
 * Maps a CSL-JSON item to the fields OSCOLA formatting needs; the key defaults to `sourceKey` of its URL or title.
 * A URL the URL policy refuses (`isSafeUrl`) is left out: writers refuse it first (`findOrCreateSource`).
 */
export function cslToSource(item: CslItem, key?: string): Source {
  const doi = item.DOI ? normalizeDoi(item.DOI) : null;
  const typed = item.URL?.trim();
  const url = (typed && isSafeUrl(typed) ? typed : null) ?? (doi && isSafeUrl(`https://doi.org/${doi}`) ? `https://doi.org/${doi}` : null);
  const title = item.title?.trim() || url || "Untitled";
  return {
    key: key ?? sourceKey({ url, title }),
    title,
    url,
    publisher: item.publisher?.trim() || null,
    date: isoDate(item.issued),
    authors: (item.author ?? []).map(personName).filter((n) => n !== ""),
    type: item.type,
    container: item["container-title"]?.trim() || null,
    number: item.number === undefined ? null : String(item.number),
  };
}
