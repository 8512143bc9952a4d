"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { addTemplateSection, deleteTemplateSection, moveTemplateSection, renameTemplateSection } from "@/lib/profiles/edit-template";

async function done(result: ActionResult<null>): Promise<ActionResult<null>> {
  if (result.ok) revalidatePath("/admin/template");
  return result;
}

export async function addTemplateSectionAction(input: { title: string; parentId: string | null }) {
  return done(await runAction(async ({ actor, db }) => (await addTemplateSection({ actor, db, input }), null)));
}

export async function renameTemplateSectionAction(input: { id: string; title: string }) {
  return done(await runAction(async ({ actor, db }) => (await renameTemplateSection({ actor, db, input }), null)));
}

export async function moveTemplateSectionAction(input: { id: string; direction: "up" | "down" }) {
  return done(await runAction(async ({ actor, db }) => (await moveTemplateSection({ actor, db, input }), null)));
}

export async function deleteTemplateSectionAction(input: { id: string }) {
  return done(await runAction(async ({ actor, db }) => (await deleteTemplateSection({ actor, db, input }), null)));
}
