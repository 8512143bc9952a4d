import { parseDocx } from "@/lib/import/docx/parse-docx";
import { parseProfile, type ParseProfileOptions } from "@/lib/import/parse-profile";

/**
 * Work that runs in a worker thread (see runInWorker): CPU-bound parsing of uploaded files, so a slow
 * input cannot block the process that also serves pages and live editing. Add a task here to reuse it.
 */
export const workerTasks = {
  "parse-profile-text": (input: { text: string; options?: ParseProfileOptions }) => parseProfile(input.text, input.options),
  "parse-profile-docx": (input: { bytes: Uint8Array; options?: ParseProfileOptions }) => parseDocx(input.bytes, input.options),
};

export type WorkerTaskName = keyof typeof workerTasks;
export type WorkerTaskInput<K extends WorkerTaskName> = Parameters<(typeof workerTasks)[K]>[0];
export type WorkerTaskOutput<K extends WorkerTaskName> = Awaited<ReturnType<(typeof workerTasks)[K]>>;
