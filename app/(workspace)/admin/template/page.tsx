import type { Metadata } from "next";
import { TemplateEditor } from "@/components/admin/template-editor";
import { requireAbility } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listTemplate } from "@/lib/profiles/template";
import { addTemplateSectionAction, deleteTemplateSectionAction, moveTemplateSectionAction, renameTemplateSectionAction } from "./actions";

export const metadata: Metadata = { title: "Profile template" };

export default async function TemplatePage() {
  await requireAbility("template.manage");
  const nodes = await listTemplate(getDb());
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Profile template</h1>
      <p className="text-sm text-slate-600">New profiles start with these sections, in this order. Changing the template does not change existing profiles.</p>
      <TemplateEditor
        nodes={nodes}
        actions={{ add: addTemplateSectionAction, rename: renameTemplateSectionAction, move: moveTemplateSectionAction, remove: deleteTemplateSectionAction }}
      />
    </div>
  );
}
