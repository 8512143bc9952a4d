import { normalizeTitle } from "./normalize-title";
import { normalizeUrl } from "./normalize-url";

/** Identifies a source: its normalised URL when it has one, otherwise its normalised title. */
export function sourceKey(source: { url?: string | null; title: string }): string {
  const url = source.url?.trim();
  return url ? `url:${normalizeUrl(url)}` : `title:${normalizeTitle(source.title)}`;
}
