import { splitOwnCitations } from "./own-citations";

/** A footnote's place in a profile's continuous run: its number, and which citation in which section it is. */
export interface NumberedFootnote {
  number: number;
  citationId: string;
  sectionId: string;
}

/**
 * The one footnote numbering of a profile: every section's citation markers in document order, sections in reading
 * order, numbered 1..n; a marker whose citation belongs to another profile is left out (not numbered, reported by
 * the citation check) and returned in `foreign`. A citation used twice is two notes. The editor, the review redline,
 * the publish gate, the manifest (so the public site, API and exports) and the draft export all number with this.
 */
export function numberReadingOrder(sectionsInOrder: readonly { id: string; citationIds: readonly string[] }[], isOwn: Pick<ReadonlySet<string>, "has">): { footnotes: NumberedFootnote[]; foreign: { citationId: string; sectionId: string }[] } {
  const all = sectionsInOrder.flatMap((s) => s.citationIds.map((citationId) => ({ citationId, sectionId: s.id })));
  const { own, foreign } = splitOwnCitations(all, isOwn);
  return { footnotes: own.map((o, i) => ({ number: i + 1, ...o })), foreign };
}

/** Each citation id's number in one section (its first marker's), from the profile's numbering. */
export function sectionNumbers(footnotes: readonly NumberedFootnote[], sectionId: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of footnotes) if (f.sectionId === sectionId && !out.has(f.citationId)) out.set(f.citationId, f.number);
  return out;
}
