import { AppError } from "@/lib/errors";
import { runInWorker } from "@/lib/workers/run-in-worker";
import { WorkerTaskError, WorkerTimeoutError } from "@/lib/workers/worker-task-error";
import { ImportError } from "./import-error";
import type { ParseProfileOptions } from "./parse-profile";
import type { ParsedProfile } from "./types";

/**
 * parseProfile in a worker thread with a time budget, so an upload cannot stall the server.
 * @throws ImportError (not a profile, a line or the file too long), AppError `bad_request:import` when the budget runs out.
 */
export async function parseProfileInWorker(text: string, options: ParseProfileOptions & { timeoutMs?: number } = {}): Promise<ParsedProfile> {
  const { timeoutMs, ...parseOptions } = options;
  try {
    return await runInWorker("parse-profile-text", { text, options: parseOptions }, { timeoutMs });
  } catch (e) {
    if (e instanceof WorkerTaskError && e.originalName === "ImportError" && e.line !== undefined) throw new ImportError(e.detail ?? e.message, e.line, { cause: e });
    if (e instanceof WorkerTimeoutError) throw new AppError("bad_request:import", `Reading the file took too long and was stopped (${e.message}); nothing was imported.`, { field: "file", cause: e });
    throw e;
  }
}
