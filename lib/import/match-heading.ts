import { headingKey } from "./heading-key";
import type { HeadingEntry } from "./template-headings";

/** Matches a template heading at `index`, also when plain-text export broke it over several lines; returns the index after it. */
export function matchHeading(lines: string[], index: number, headings: HeadingEntry[]): { heading: HeadingEntry; next: number } | null {
  let key = headingKey(lines[index] ?? "");
  if (key === "") return null;
  let end = index;
  for (let joined = 0; joined < 4; joined++) {
    const exact = headings.find((h) => h.key === key);
    if (exact) return { heading: exact, next: end + 1 };
    const prefix = `${key} `;
    if (!headings.some((h) => h.key.startsWith(prefix))) return null;
    do end++;
    while (end < lines.length && (lines[end] ?? "").trim() === "");
    if (end >= lines.length) return null;
    key = `${key} ${headingKey(lines[end] ?? "")}`;
  }
  return null;
}
