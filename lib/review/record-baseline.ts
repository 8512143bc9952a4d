import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { revisions } from "@/lib/db/schema/review";
import type { SectionContentColumns } from "@/lib/sections/section-content-columns";
import { freezeCitations, sha256 } from "./freeze-section";

/**
 * Records content a server writer put into a section (an import, the demo seed) as the section's **baseline**: a
 * revision of kind `baseline` (number 0 for a new section) with its footnotes frozen and the writer as its
 * author. It is never reviewed; the section's first submission is compared with it, and its authors count as
 * authors of that submission (four-eyes). Run it inside the transaction that wrote the content.
 */
export async function recordBaseline(tx: Executor, { sectionId, content, authorId, note }: { sectionId: string; content: SectionContentColumns; authorId: string | null; note: string }): Promise<{ id: string; number: number }> {
  const [last] = await tx.select({ max: sql<number | null>`max(${revisions.number})` }).from(revisions).where(eq(revisions.sectionId, sectionId));
  const number = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
  const [row] = await tx
    .insert(revisions)
    .values({
      sectionId,
      number,
      kind: "baseline",
      yState: content.yState,
      contentJson: content.contentJson,
      contentText: content.contentText,
      citations: await freezeCitations(tx, content.contentJson),
      contentHash: sha256(content.yState),
      authors: authorId ? [authorId] : [],
      throughUpdateId: 0,
      note,
      submittedBy: authorId,
    })
    .returning({ id: revisions.id });
  return { id: row!.id, number };
}
