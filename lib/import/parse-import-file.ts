import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ImportError } from "./import-error";
import { parseFileInWorker, type ProfileFile } from "./parse-profile-in-worker";
import { storedTemplate } from "./stored-template";
import type { ParsedProfile } from "./types";

/**
 * Parses an uploaded profile (plain text or Word) in a worker against the template as stored, and names its country.
 * @throws AppError `bad_request:import` (field `file`) for a file that is not a profile or names no known country
 */
export async function parseImportFile(db: Database, { text, file, now }: { text?: string; file?: ProfileFile; now?: string | Date }): Promise<ParsedProfile & { code: string }> {
  let parsed: ParsedProfile;
  try {
    parsed = await parseFileInWorker(file ?? { kind: "text", text: text ?? "" }, { now, template: await storedTemplate(db) });
  } catch (e) {
    if (e instanceof ImportError) throw new AppError("bad_request:import", e.message, { field: "file", cause: e });
    throw e;
  }
  const code = parsed.country.code;
  if (!code) throw new AppError("bad_request:import", `Could not tell which country this profile is for (read “${parsed.country.name || "nothing"}”); the country name must be on its own line after the flag.`, { field: "file" });
  return { ...parsed, code };
}
