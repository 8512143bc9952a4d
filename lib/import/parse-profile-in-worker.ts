import { AppError } from "@/lib/errors";
import { runInWorker } from "@/lib/workers/run-in-worker";
import { WorkerTaskError, WorkerTimeoutError } from "@/lib/workers/worker-task-error";
import { ImportError } from "./import-error";
import type { ParseProfileOptions } from "./parse-profile";
import type { ParsedProfile } from "./types";

/** An uploaded profile: plain text, or the bytes of a Word document. */
export type ProfileFile = { kind: "text"; text: string } | { kind: "docx"; bytes: Uint8Array };

type Options = ParseProfileOptions & { timeoutMs?: number };

/**
 * parseProfile (or parseDocx) in a worker thread with a time budget, so an upload cannot stall the server.
 * @throws ImportError (not a profile, a line or the file too long), AppError `bad_request:import` when the
 * budget runs out or the file is not a readable Word document (field `file`)
 */
export async function parseFileInWorker(file: ProfileFile, options: Options = {}): Promise<ParsedProfile> {
  const { timeoutMs, ...parseOptions } = options;
  try {
    if (file.kind === "docx") return await runInWorker("parse-profile-docx", { bytes: file.bytes, options: parseOptions }, { timeoutMs });
    return await runInWorker("parse-profile-text", { text: file.text, options: parseOptions }, { timeoutMs });
  } catch (e) {
    if (e instanceof WorkerTaskError && e.originalName === "ImportError" && e.line !== undefined) throw new ImportError(e.detail ?? e.message, e.line, { cause: e });
    if (e instanceof WorkerTaskError && e.originalName === "WordFileError") throw new AppError("bad_request:import", e.message, { field: "file", cause: e });
    if (e instanceof WorkerTimeoutError) throw new AppError("bad_request:import", `Reading the file took too long and was stopped (${e.message}); nothing was imported.`, { field: "file", cause: e });
    throw e;
  }
}

/** parseFileInWorker for plain text. @throws see parseFileInWorker */
export function parseProfileInWorker(text: string, options: Options = {}): Promise<ParsedProfile> {
  return parseFileInWorker({ kind: "text", text }, options);
}
