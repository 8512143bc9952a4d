import type { ManifestFootnote, ManifestSection } from "./manifest";

type Json = Record<string, unknown>;
const anchoredTypes = new Set(["paragraph", "heading"]);

/**
 * The footnote numbers each paragraph of a published section holds, by paragraph anchor: the section's citation
 * markers in document order matched, one by one, to its numbered footnotes (a marker left unnumbered, e.g. another
 * profile's, is skipped).
 */
export function paragraphNotes(section: ManifestSection, footnotes: readonly ManifestFootnote[]): Map<string, number[]> {
  const queue = footnotes.filter((f) => f.sectionId === section.id);
  const out = new Map<string, number[]>();
  let current: number[] | null = null;
  const walk = (node: Json) => {
    if (anchoredTypes.has(node.type as string)) {
      const anchor = String((node.attrs as Json | undefined)?.id ?? "");
      current = out.get(anchor) ?? [];
      out.set(anchor, current);
    }
    if (node.type === "citation" && current && queue[0] && queue[0].citationId === (node.attrs as Json | undefined)?.citationId) current.push(queue.shift()!.number);
    if (Array.isArray(node.content)) for (const child of node.content as Json[]) walk(child);
  };
  walk(section.content);
  return out;
}
