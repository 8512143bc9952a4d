"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { AppError } from "@/lib/errors";
import { MAX_DOCX_BYTES } from "@/lib/import/docx/read-docx-package";
import { importIntoProfile, type DraftImportResult } from "@/lib/import/import-into-profile";
import { importProfile, type ImportResult } from "@/lib/import/import-profile";
import { profileFile } from "@/lib/import/profile-file";

const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** What an import did: a new profile, or changes proposed to the existing one. */
export type ImportOutcome = ({ mode: "new" } & ImportResult) | ({ mode: "draft" } & DraftImportResult);

export async function importProfileAction(_prev: ActionResult<ImportOutcome> | null, form: FormData): Promise<ActionResult<ImportOutcome>> {
  return runAction(async ({ actor, db }) => {
    const upload = form.get("file");
    if (!(upload instanceof File) || upload.size === 0) throw new AppError("bad_request:import", "Choose a profile file (.txt or .docx) to import.", { field: "file" });
    if (upload.size > MAX_DOCX_BYTES) throw new AppError("bad_request:import", "The file is larger than 10 MB; a profile, even in Word, is far smaller.", { field: "file" });
    const mode = form.get("mode") ?? "new";
    if (mode !== "new" && mode !== "draft") throw new AppError("bad_request:import", "Mode must be “new” (a new profile) or “draft” (a new draft of the existing profile).", { field: "mode" });
    const file = profileFile(upload.name, new Uint8Array(await upload.arrayBuffer()));
    if (file.kind === "text" && upload.size > MAX_TEXT_BYTES) throw new AppError("bad_request:import", "The file is larger than 2 MB; a profile in plain text is far smaller.", { field: "file" });
    if (mode === "draft") return { mode, ...(await importIntoProfile({ actor, db, file })) };
    return { mode, ...(await importProfile({ actor, db, file })) };
  }, { revalidate: "/countries" });
}
