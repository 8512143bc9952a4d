import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import { citationIds } from "@/lib/editor/citation-ids";
import { flattenTree } from "@/lib/profiles/template";

/** How many footnotes the profile's sections before this one hold (their current drafts), so a revision's notes get profile-wide numbers. */
export async function footnoteOffset(db: Executor, sectionId: string): Promise<number> {
  const [target] = await db.select({ profileId: sections.profileId }).from(sections).where(eq(sections.id, sectionId)).limit(1);
  if (!target) return 0;
  const rows = await db.select({ id: sections.id, parentId: sections.parentId, position: sections.position, contentJson: sections.contentJson }).from(sections).where(eq(sections.profileId, target.profileId));
  let offset = 0;
  for (const s of flattenTree(rows)) {
    if (s.id === sectionId) break;
    offset += citationIds(s.contentJson).length;
  }
  return offset;
}

/** Number of each citation id of a document: the first marker's position in the profile-wide run. */
export function numberCitations(order: string[], offset: number): Map<string, number> {
  const numbers = new Map<string, number>();
  order.forEach((id, i) => {
    if (!numbers.has(id)) numbers.set(id, offset + i + 1);
  });
  return numbers;
}
