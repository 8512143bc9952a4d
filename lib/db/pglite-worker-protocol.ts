/** Messages between the main thread (start-pglite-worker.ts) and the thread that owns PGlite (pglite-worker.mjs). */

export type WorkerRequest =
  | { type: "query"; id: number; sql: string; params: unknown[]; rowMode: "object" | "array" | undefined; identityTypes: number[]; txId?: number }
  | { type: "begin"; id: number }
  | { type: "end"; id: number; txId: number; commit: boolean }
  | { type: "listen"; id: number; channel: string }
  | { type: "unlisten"; id: number; listenId: number }
  | { type: "close"; id: number };

/** A PostgreSQL error as plain data: its message and the string fields PostgreSQL sets (code, detail, constraint…). */
export interface SerializedError {
  name: string;
  message: string;
  fields: Record<string, string>;
}

export type WorkerReply =
  | { type: "ready" }
  | { type: "failed"; error: SerializedError }
  | { type: "reply"; id: number; ok: true; value: unknown }
  | { type: "reply"; id: number; ok: false; error: SerializedError }
  | { type: "notify"; listenId: number; payload: string };
