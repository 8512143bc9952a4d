import { footnoteCursor } from "@/lib/citations/number-reading-order";
import type { ManifestFootnote, ManifestSection } from "./manifest";

type Json = Record<string, unknown>;
const anchoredTypes = new Set(["paragraph", "heading"]);

/**
 * The footnote numbers each paragraph of a published section holds, by paragraph anchor: the section's citation
 * markers in document order matched, one by one, to its numbered footnotes (a marker left unnumbered, e.g. another
 * profile's, is skipped).
 */
export function paragraphNotes(section: ManifestSection, footnotes: readonly ManifestFootnote[]): Map<string, number[]> {
  const next = footnoteCursor(footnotes);
  const out = new Map<string, number[]>();
  let current: number[] | null = null;
  const walk = (node: Json) => {
    if (anchoredTypes.has(node.type as string)) {
      const anchor = String((node.attrs as Json | undefined)?.id ?? "");
      current = out.get(anchor) ?? [];
      out.set(anchor, current);
    }
    if (node.type === "citation") {
      const f = next(section.id, String((node.attrs as Json | undefined)?.citationId ?? ""));
      if (f && current) current.push(f.number);
    }
    if (Array.isArray(node.content)) for (const child of node.content as Json[]) walk(child);
  };
  walk(section.content);
  return out;
}
