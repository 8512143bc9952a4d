import { cslDate } from "@/lib/citations/csl-date";
import type { CslItem } from "@/lib/citations/csl-item";
import { isSafeUrl } from "@/lib/citations/is-safe-url";
import type { ParsedCitation } from "./types";

/** An imported citation as the CSL item its registry source is made from. */
export function citationToCsl(c: ParsedCitation): CslItem {
  const item: CslItem = { type: c.type, title: c.title };
  // The URL policy at the import boundary: an unsafe URL is already in the report (`unsafe-url`), and the
  // source is kept without it.
  if (c.url && isSafeUrl(c.url)) item.URL = c.url;
  if (c.publisher) item.publisher = c.publisher;
  if (c.container) item["container-title"] = c.container;
  if (c.number) item.number = c.number;
  if (c.authors.length) item.author = c.authors.map((literal) => ({ literal }));
  if (c.date) item.issued = cslDate(c.date);
  return item;
}
