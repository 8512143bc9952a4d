import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database, Executor } from "@/lib/db/client";
import { templateSections } from "@/lib/db/schema/profiles";
import { AppError } from "@/lib/errors";
import { headingKey } from "@/lib/import/heading-key";
import { parseInput } from "@/lib/validation/parse-input";
import {
  addTemplateSectionSchema,
  deleteTemplateSectionSchema,
  moveTemplateSectionSchema,
  renameTemplateSectionSchema,
} from "./schemas";
import { nextTemplatePosition, siblingsOf } from "./template";

async function loadNode(db: Executor, id: string) {
  const [row] = await db.select().from(templateSections).where(eq(templateSections.id, id)).limit(1);
  if (!row) throw new AppError("not_found:template", "That template section no longer exists.", { field: "id" });
  return row;
}

/** Refuses a heading the template already has (case, width and spacing aside): imports match headings by title. */
async function assertNewHeading(db: Executor, title: string, exceptId?: string) {
  const all = await db.select({ id: templateSections.id, title: templateSections.title }).from(templateSections);
  const same = all.find((t) => t.id !== exceptId && headingKey(t.title) === headingKey(title));
  if (same) throw new AppError("conflict:template", `The template already has a section “${same.title}”.`, { field: "title" });
}

/** Adds a template section at the end of its parent (or the top level). @throws AppError (`conflict:template` for a heading already there), ForbiddenError */
export async function addTemplateSection({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "template.manage");
  const { title, parentId } = parseInput(addTemplateSectionSchema, input);
  return db.transaction(async (tx) => {
    if (parentId) {
      const parent = await loadNode(tx, parentId);
      if (parent.parentId) throw new AppError("bad_request:template", "Sections nest one level deep, like Law › Data Protection.", { field: "parentId" });
    }
    await assertNewHeading(tx, title);
    const position = await nextTemplatePosition(tx, parentId);
    const [row] = await tx.insert(templateSections).values({ title, parentId, position }).returning();
    await recordEvent(tx, { actorId: actor.id, type: "template.add", subjectType: "template_section", subjectId: row!.id, data: { title, parentId } });
    return row!;
  });
}

/** Renames a template section. @throws AppError, ForbiddenError */
export async function renameTemplateSection({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "template.manage");
  const { id, title } = parseInput(renameTemplateSectionSchema, input);
  await db.transaction(async (tx) => {
    const node = await loadNode(tx, id);
    await assertNewHeading(tx, title, id);
    await tx.update(templateSections).set({ title }).where(eq(templateSections.id, id));
    await recordEvent(tx, { actorId: actor.id, type: "template.rename", subjectType: "template_section", subjectId: id, data: { from: node.title, to: title } });
  });
}

/** Moves a template section one place up or down among its siblings. @throws AppError, ForbiddenError */
export async function moveTemplateSection({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "template.manage");
  const { id, direction } = parseInput(moveTemplateSectionSchema, input);
  await db.transaction(async (tx) => {
    const node = await loadNode(tx, id);
    const siblings = await siblingsOf(tx, node.parentId);
    const i = siblings.findIndex((s) => s.id === id);
    const j = direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= siblings.length) return;
    const order = siblings.map((s) => s.id);
    [order[i], order[j]] = [order[j]!, order[i]!];
    for (const [position, sid] of order.entries()) await tx.update(templateSections).set({ position }).where(eq(templateSections.id, sid));
    await recordEvent(tx, { actorId: actor.id, type: "template.move", subjectType: "template_section", subjectId: id, data: { direction } });
  });
}

/** Removes a template section (and its children) from the template; existing profiles keep theirs. */
export async function deleteTemplateSection({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "template.manage");
  const { id } = parseInput(deleteTemplateSectionSchema, input);
  await db.transaction(async (tx) => {
    const node = await loadNode(tx, id);
    await tx.delete(templateSections).where(eq(templateSections.id, id));
    await recordEvent(tx, { actorId: actor.id, type: "template.delete", subjectType: "template_section", subjectId: id, data: { title: node.title } });
  });
}
