// @ts-check
// The embedded PGlite, on a worker thread of its own: the main thread (Next.js and the collaboration relay) sends
// statements here and never runs SQL itself. Plain JavaScript so that it loads the same way under tsx, Vitest, the
// CLIs and the bench servers, and stays out of the Next.js bundle. The protocol is typed in pglite-worker-protocol.ts.
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

/** @typedef {import("./pglite-worker-protocol").WorkerRequest} WorkerRequest */
/** @typedef {import("./pglite-worker-protocol").WorkerReply} WorkerReply */
/** @typedef {import("@electric-sql/pglite").Transaction} Transaction */

/** How much nicer than the process the database thread runs, on Linux (nice values go from -20 to 19). */
const DATABASE_THREAD_NICER_BY = 10;

const port = /** @type {import("node:worker_threads").MessagePort} */ (parentPort);
/** @type {string | undefined} */
const dataDir = workerData.dataDir;

// When the machine is busy, this thread yields the CPU to the main thread: a keystroke the relay is passing on
// should not wait behind a log write, which is batched and has time. On Linux, setpriority(0) changes only the
// calling thread; elsewhere it would lower the whole process, so it is left alone there.
if (process.platform === "linux") {
  try {
    os.setPriority(Math.min(19, os.getPriority() + DATABASE_THREAD_NICER_BY));
  } catch {
    // Not permitted here: the thread runs at the process's priority.
  }
}

/** @param {unknown} v */
const identity = (v) => v;
/** Thrown into PGlite's transaction callback to roll it back when the main thread's callback rejected. */
const ROLLBACK = Symbol("rollback");

/** @type {Map<number, { tx: Transaction; end: (commit: boolean) => void; outcome: Promise<unknown> }>} */
const transactions = new Map();
/** @type {Map<number, () => Promise<void>>} */
const unlistens = new Map();

/** @param {WorkerReply} reply */
const post = (reply) => port.postMessage(reply);

const ERROR_FIELDS = ["code", "detail", "hint", "severity", "schema", "table", "column", "dataType", "constraint", "where", "position", "routine"];

/** The PostgreSQL error's fields as plain data (the error itself carries its params and cannot cross threads). @param {unknown} e */
function serializeError(e) {
  const err = /** @type {Record<string, unknown>} */ (e instanceof Error ? e : { message: String(e) });
  /** @type {Record<string, string>} */
  const fields = {};
  for (const key of ERROR_FIELDS) if (typeof err[key] === "string") fields[key] = /** @type {string} */ (err[key]);
  return { name: typeof err.name === "string" ? err.name : "Error", message: String(err.message), fields };
}

/** A bytea that is a view into a larger buffer would be cloned whole: copy it out. @param {unknown[]} rows */
function compactBinary(rows) {
  for (const row of rows) {
    const values = /** @type {Record<string, unknown>} */ (row);
    for (const key in values) {
      const v = values[key];
      if (v instanceof Uint8Array && v.byteLength !== v.buffer.byteLength) values[key] = v.slice();
    }
  }
}

/** @param {WorkerRequest} msg */
async function handle(msg) {
  switch (msg.type) {
    case "query": {
      const parsers = Object.fromEntries(msg.identityTypes.map((oid) => [oid, identity]));
      const target = msg.txId === undefined ? pg : transactions.get(msg.txId)?.tx;
      if (!target) throw new Error("Transaction is closed");
      const result = await target.query(msg.sql, msg.params, { rowMode: msg.rowMode, parsers });
      compactBinary(result.rows);
      return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows, command: result.command, rowCount: result.rowCount };
    }
    case "begin":
      return new Promise((begun, failed) => {
        let started = false;
        const outcome = pg.transaction(
          (tx) =>
            new Promise((resolve, reject) => {
              started = true;
              transactions.set(msg.id, { tx, end: (commit) => (commit ? resolve(undefined) : reject(ROLLBACK)), outcome });
              begun(null);
            }),
        );
        outcome.catch((e) => {
          if (!started) failed(e);
        });
      });
    case "end": {
      const open = transactions.get(msg.txId);
      if (!open) throw new Error("Transaction is closed");
      open.end(msg.commit);
      try {
        await open.outcome;
      } catch (e) {
        if (e !== ROLLBACK) throw e;
      } finally {
        transactions.delete(msg.txId);
      }
      return null;
    }
    case "listen": {
      const unlisten = await pg.listen(msg.channel, (payload) => post({ type: "notify", listenId: msg.id, payload }));
      unlistens.set(msg.id, unlisten);
      return null;
    }
    case "unlisten": {
      const unlisten = unlistens.get(msg.listenId);
      unlistens.delete(msg.listenId);
      await unlisten?.();
      return null;
    }
    case "close":
      await pg.close();
      return null;
  }
}

/** @type {PGlite} */
let pg;
try {
  pg = new PGlite(dataDir);
  await pg.waitReady;
  port.on("message", (/** @type {WorkerRequest} */ msg) => {
    handle(msg).then(
      (value) => post({ type: "reply", id: msg.id, ok: true, value }),
      (e) => post({ type: "reply", id: msg.id, ok: false, error: serializeError(e) }),
    );
  });
  post({ type: "ready" });
} catch (e) {
  // The main thread reports it and terminates this thread.
  post({ type: "failed", error: serializeError(e) });
}
