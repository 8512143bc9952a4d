import { parseDateText } from "./parse-date-text";

/** Splits the bracketed publication details of a citation into publisher and date text: `(Publisher, 21 February 2025)`, `(Publisher 2015)`, `(2025)`. */
export function parsePublication(content: string): { publisher: string | null; dateText: string | null } {
  const value = content.trim();
  if (value === "") return { publisher: null, dateText: null };
  if (parseDateText(value).looksLikeDate) return { publisher: null, dateText: value };
  const comma = /^(.*\S)\s*,\s*([^,]+)$/.exec(value);
  if (comma?.[1] && comma[2] && parseDateText(comma[2]).looksLikeDate) return { publisher: comma[1], dateText: comma[2].trim() };
  const year = /^(.*\S)\s+(\d{4})$/.exec(value);
  if (year?.[1] && year[2]) return { publisher: year[1], dateText: year[2] };
  return { publisher: value, dateText: null };
}
