import { z } from "zod";
import { parseInput } from "@/lib/validation/parse-input";

/** What a search accepts: free text in web-search syntax ("quoted phrases", or, -excluded). */
export const searchQuerySchema = z.object({
  q: z
    .string({ error: "Enter something to search for (q)." })
    .trim()
    .min(2, "Search for at least 2 characters (q).")
    .max(200, "Search for at most 200 characters (q).")
    .refine((q) => !/[\u0000-\u001f\u007f]/.test(q), "The search may not contain control characters (q)."),
});

/** Validates a search query. @throws AppError naming the field `q` */
export function parseSearchQuery(input: unknown): string {
  return parseInput(searchQuerySchema, input).q;
}

/** Markers ts_headline puts around matches: control characters, refused in queries and absent from text. */
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_STOP = "\u0002";
export const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
