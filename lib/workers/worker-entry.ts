import { parentPort, workerData } from "node:worker_threads";
import { workerTasks, type WorkerTaskName } from "./worker-tasks";

// Runs one task from workerTasks and posts { ok, value } or { ok: false, error } (errors lose their class across threads).
const { task, input } = workerData as { task: WorkerTaskName; input: never };
try {
  const value = await workerTasks[task](input);
  parentPort!.postMessage({ ok: true, value });
} catch (e) {
  const error = e instanceof Error ? { name: e.name, message: e.message, line: (e as { line?: unknown }).line, detail: (e as { detail?: unknown }).detail } : { name: "Error", message: String(e) };
  parentPort!.postMessage({ ok: false, error });
}
