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

/**
 * Matches citation markers, met in document order section by section, to their numbered footnotes: a marker that
 * is not its section's next footnote (another profile's citation, never numbered) gets none. Renderers and
 * exports use it so a foreign marker never shifts the numbers of the notes after it.
 */
export function footnoteCursor<F extends { citationId: string; sectionId: string }>(footnotes: readonly F[]): (sectionId: string, citationId: string) => F | undefined {
  const queues = new Map<string, F[]>();
  for (const f of footnotes) {
    const q = queues.get(f.sectionId);
    if (q) q.push(f);
    else queues.set(f.sectionId, [f]);
  }
  const at = new Map<string, number>();
  return (sectionId, citationId) => {
    const q = queues.get(sectionId);
    const i = at.get(sectionId) ?? 0;
    if (!q || q[i]?.citationId !== citationId) return undefined;
    at.set(sectionId, i + 1);
    return q[i];
  };
}

/** Each citation id's number in one section (its first marker's), from the profile's numbering. */
export function sectionNumbers(footnotes: readonly NumberedFootnote[], sectionId: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of footnotes) if (f.sectionId === sectionId && !out.has(f.citationId)) out.set(f.citationId, f.number);
  return out;
}
