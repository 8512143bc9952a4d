import path from "node:path";
import { Worker } from "node:worker_threads";
import { WorkerTaskError, WorkerTimeoutError } from "./worker-task-error";
import type { WorkerTaskInput, WorkerTaskName, WorkerTaskOutput } from "./worker-tasks";

export const DEFAULT_WORKER_BUDGET_MS = 10_000;

// Resolved from the working directory: Next bundles this module, so import.meta.url would point into .next/.
const entry = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "workers", "worker-boot.mjs");

/**
 * Runs a task from workerTasks in a fresh worker thread with a time budget and a memory cap.
 * @throws WorkerTimeoutError when the budget runs out (the thread is stopped), WorkerTaskError when the task throws.
 */
export function runInWorker<K extends WorkerTaskName>(task: K, input: WorkerTaskInput<K>, { timeoutMs = DEFAULT_WORKER_BUDGET_MS } = {}): Promise<WorkerTaskOutput<K>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry(), {
      workerData: { task, input },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: 512 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new WorkerTimeoutError(`Stopped after ${Math.round(timeoutMs / 1000)} s.`))), timeoutMs);
    worker.once("message", (message: { ok: true; value: WorkerTaskOutput<K> } | { ok: false; error: { name: string; message: string } }) => {
      settle(() => (message.ok ? resolve(message.value) : reject(new WorkerTaskError(message.error))));
    });
    worker.once("error", (err) => settle(() => reject(err.name === "ERR_WORKER_OUT_OF_MEMORY" || (err as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" ? new WorkerTimeoutError("Ran out of memory.") : err)));
    worker.once("exit", (code) => settle(() => reject(new Error(`The worker stopped (exit code ${code}) without an answer.`))));
  });
}
