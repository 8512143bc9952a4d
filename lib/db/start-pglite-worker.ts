import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { DatabaseError } from "./database-error";
import type { WorkerReply, WorkerRequest } from "./pglite-worker-protocol";

// Resolved from the working directory like drizzle/: Next bundles lib/db/client.ts, so import.meta.url would point into .next/.
const entry = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "db", "pglite-worker.mjs");

export interface QueryOptions {
  rowMode?: "object" | "array";
  /** Only identity parsers are honoured (drizzle passes them for dates and intervals): functions cannot cross threads. */
  parsers?: Record<number, (value: string, typeId: number) => unknown>;
}

export interface Results<T = unknown> {
  rows: T[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
  command?: string;
  rowCount?: number;
}

export interface WorkerTransaction {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
}

/** The surface of PGlite that drizzle's pglite driver uses, served by a PGlite on a worker thread. */
export interface PgliteWorkerClient extends WorkerTransaction {
  transaction<T>(callback: (tx: WorkerTransaction) => Promise<T>): Promise<T>;
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  waitReady: Promise<void>;
  /** The thread itself (tests stop it to see pending queries fail). */
  readonly worker: Worker;
}

type Pending = { resolve: (value: unknown) => void; reject: (e: Error) => void };
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/**
 * Starts a worker thread that opens PGlite on `dataDir` (in memory when undefined) and proxies to it.
 * The returned client's `waitReady` rejects with AppError("unavailable:database") when PGlite cannot open.
 */
export function startPgliteWorker(dataDir: string | undefined): PgliteWorkerClient {
  const worker = new Worker(entry(), {
    workerData: { dataDir },
    // Keep only CPU profiling (bench), not the parent's TypeScript loader: the worker is plain JavaScript.
    execArgv: process.execArgv.filter((a) => a.startsWith("--cpu-prof")),
  });
  const pending = new Map<number, Pending>();
  const listeners = new Map<number, (payload: string) => void>();
  let nextId = 1;
  let stopped: AppError | undefined;
  let closing = false;

  // An idle database must not keep the process alive (in-process PGlite does not); a pending request must.
  worker.unref();
  const settle = (id: number) => {
    const p = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    return p;
  };

  let onReady: () => void = () => {};
  let onFailed: (e: Error) => void = () => {};
  const waitReady = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    onFailed = reject;
  });
  waitReady.catch(() => {});

  worker.on("message", (msg: WorkerReply) => {
    switch (msg.type) {
      case "ready":
        return onReady();
      case "failed":
        return onFailed(new AppError("unavailable:database", `Cannot open the embedded database${dataDir ? ` in ${dataDir}` : ""}: ${msg.error.message}`, { cause: new DatabaseError(msg.error) }));
      case "notify":
        return listeners.get(msg.listenId)?.(msg.payload);
      case "reply": {
        const p = settle(msg.id);
        if (msg.ok) p?.resolve(msg.value);
        else p?.reject(new DatabaseError(msg.error));
      }
    }
  });
  const stop = (reason: string) => {
    stopped ??= new AppError("unavailable:database", closing ? "The embedded database is closed." : `The embedded database stopped (${reason}); restart Folio.`);
    onFailed(stopped);
    for (const id of [...pending.keys()]) settle(id)?.reject(stopped);
  };
  worker.on("error", (e) => stop(e.message));
  worker.on("exit", (code) => stop(`its thread exited with code ${code}`));

  /** Sends a request; its id also names what it opens (a transaction, a listener). */
  function request<T>(body: Request): { id: number; reply: Promise<T> } {
    const id = nextId++;
    if (stopped) return { id, reply: Promise.reject(stopped) };
    const reply = new Promise<T>((resolve, reject) => {
      if (pending.size === 0) worker.ref();
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        worker.postMessage({ ...body, id } as WorkerRequest);
      } catch (e) {
        settle(id);
        reject(e as Error);
      }
    });
    return { id, reply };
  }
  const send = <T>(body: Request): Promise<T> => request<T>(body).reply;

  const query = (txId: number | undefined) =>
    function <T>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<T>> {
      const identityTypes = Object.keys(options.parsers ?? {}).map(Number);
      return send<Results<T>>({ type: "query", sql, params, rowMode: options.rowMode, identityTypes, txId });
    };

  return {
    worker,
    waitReady,
    query: query(undefined),
    async transaction<T>(callback: (tx: WorkerTransaction) => Promise<T>): Promise<T> {
      const begin = request({ type: "begin" });
      const txId = begin.id;
      await begin.reply;
      let result: T;
      try {
        result = await callback({ query: query(txId) });
      } catch (e) {
        await send({ type: "end", txId, commit: false }).catch(() => {});
        throw e;
      }
      await send({ type: "end", txId, commit: true });
      return result;
    },
    async listen(channel, callback) {
      const listening = request({ type: "listen", channel });
      const listenId = listening.id;
      listeners.set(listenId, callback);
      try {
        await listening.reply;
      } catch (e) {
        listeners.delete(listenId);
        throw e;
      }
      return async () => {
        listeners.delete(listenId);
        await send({ type: "unlisten", listenId });
      };
    },
    async close() {
      if (!stopped) {
        closing = true;
        await send({ type: "close" }).catch(() => {});
      }
      await worker.terminate();
    },
  };
}
