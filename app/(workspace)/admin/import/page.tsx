import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { requireAbility } from "@/lib/auth/session";
import { importProfileAction } from "./actions";

export const metadata: Metadata = { title: "Import a profile" };

export default async function ImportPage() {
  await requireAbility("import.run");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Import a profile</h1>
      <p className="text-sm text-slate-600">
        Upload a profile as plain text (a flag line, the country, “Last updated”, the section headings, the text with [n] markers and the numbered notes) or as a
        Word document (the country as title, “Last updated”, the template’s headings and real Word footnotes). What is sound is imported; every problem is listed
        here and on the profile.
      </p>
      <ImportForm action={importProfileAction} />
    </div>
  );
}
