"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { AppError } from "@/lib/errors";
import { importProfile, type ImportResult } from "@/lib/import/import-profile";

const MAX_BYTES = 2 * 1024 * 1024;

export async function importProfileAction(_prev: ActionResult<ImportResult> | null, form: FormData): Promise<ActionResult<ImportResult>> {
  const result = await runAction(async ({ actor, db }) => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("bad_request:import", "Choose a profile file (.txt) to import.", { field: "file" });
    if (file.size > MAX_BYTES) throw new AppError("bad_request:import", "The file is larger than 2 MB; a profile in plain text is far smaller.", { field: "file" });
    return importProfile({ actor, db, text: await file.text() });
  });
  if (result.ok) revalidatePath("/countries");
  return result;
}
