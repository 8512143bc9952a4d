import { eq } from "drizzle-orm";
import { numberReadingOrder, sectionNumbers } from "@/lib/citations/number-reading-order";
import type { Executor } from "@/lib/db/client";
import { citations } from "@/lib/db/schema/citations";
import { sections } from "@/lib/db/schema/profiles";
import { citationIds } from "@/lib/editor/citation-ids";
import { flattenTree } from "@/lib/profiles/template";

/** Profile-wide numbers of one section's citation markers (given in document order): each id's first marker's number. */
export type SectionNumbering = (order: string[]) => Map<string, number>;

/**
 * How a revision of this section is numbered profile-wide: the profile's reading order (numberReadingOrder) with
 * the other sections as their current drafts stand and this section's markers as the revision has them; other
 * profiles' citations are not numbered. Call after the caller has authorized reading the revision.
 */
export async function footnoteNumbering(db: Executor, sectionId: string): Promise<SectionNumbering> {
  const [target] = await db.select({ profileId: sections.profileId }).from(sections).where(eq(sections.id, sectionId)).limit(1);
  if (!target) return (order) => numberCitations(order, 0);
  const rows = await db.select({ id: sections.id, parentId: sections.parentId, position: sections.position, contentJson: sections.contentJson, citationOrder: sections.citationOrder }).from(sections).where(eq(sections.profileId, target.profileId));
  const own = new Set((await db.select({ id: citations.id }).from(citations).innerJoin(sections, eq(sections.id, citations.sectionId)).where(eq(sections.profileId, target.profileId))).map((r) => r.id));
  const ordered = flattenTree(rows).map((s) => ({ id: s.id, citationIds: s.citationOrder ?? citationIds(s.contentJson) }));
  return (order) => sectionNumbers(numberReadingOrder(ordered.map((s) => (s.id === sectionId ? { id: s.id, citationIds: order } : s)), own).footnotes, sectionId);
}

/** Number of each citation id of a document numbered on its own from `offset` (the first marker's position). */
export function numberCitations(order: string[], offset: number): Map<string, number> {
  const numbers = new Map<string, number>();
  order.forEach((id, i) => {
    if (!numbers.has(id)) numbers.set(id, offset + i + 1);
  });
  return numbers;
}
