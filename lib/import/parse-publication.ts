import { parseDateText } from "./parse-date-text";
import { trailingYear } from "./trailing-year";

/** Splits the bracketed publication details of a citation into publisher and date text: `(Publisher, 21 February 2025)`, `(Publisher 2015)`, `(2025)`. */
export function parsePublication(content: string): { publisher: string | null; dateText: string | null } {
  const value = content.trim();
  if (value === "") return { publisher: null, dateText: null };
  if (parseDateText(value).looksLikeDate) return { publisher: null, dateText: value };
  const comma = value.lastIndexOf(",");
  const publisher = value.slice(0, comma).trimEnd();
  const date = value.slice(comma + 1);
  if (comma > 0 && publisher !== "" && date !== "" && parseDateText(date).looksLikeDate) return { publisher, dateText: date.trim() };
  const year = trailingYear(value);
  if (year) return { publisher: year.head, dateText: year.year };
  return { publisher: value, dateText: null };
}
