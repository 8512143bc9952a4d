"use server";

import { runAction } from "@/lib/actions/run-action";
import { addTemplateSection, deleteTemplateSection, moveTemplateSection, renameTemplateSection } from "@/lib/profiles/edit-template";

const changed = { revalidate: "/admin/template" };

export async function addTemplateSectionAction(input: { title: string; parentId: string | null }) {
  return runAction(async ({ actor, db }) => (await addTemplateSection({ actor, db, input }), null), changed);
}

export async function renameTemplateSectionAction(input: { id: string; title: string }) {
  return runAction(async ({ actor, db }) => (await renameTemplateSection({ actor, db, input }), null), changed);
}

export async function moveTemplateSectionAction(input: { id: string; direction: "up" | "down" }) {
  return runAction(async ({ actor, db }) => (await moveTemplateSection({ actor, db, input }), null), changed);
}

export async function deleteTemplateSectionAction(input: { id: string }) {
  return runAction(async ({ actor, db }) => (await deleteTemplateSection({ actor, db, input }), null), changed);
}
