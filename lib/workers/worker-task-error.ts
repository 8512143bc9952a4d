/** A task that failed inside a worker thread, with the original error's name, message and line (if any). */
export class WorkerTaskError extends Error {
  override name = "WorkerTaskError";
  readonly originalName: string;
  readonly line?: number;
  readonly detail?: string;

  constructor(error: { name: string; message: string; line?: unknown; detail?: unknown }) {
    super(error.message);
    this.originalName = error.name;
    if (typeof error.line === "number") this.line = error.line;
    if (typeof error.detail === "string") this.detail = error.detail;
  }
}

/** The worker ran out of its time budget (or memory) and was stopped. */
export class WorkerTimeoutError extends Error {
  override name = "WorkerTimeoutError";
}
