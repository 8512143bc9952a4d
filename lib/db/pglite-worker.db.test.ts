import fs from "node:fs";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { integer, pgTable } from "drizzle-orm/pg-core";
import * as Y from "yjs";
import { openDatabase, type DatabaseHandle } from "./client";
import { bytea } from "./schema/bytea";
import { isUniqueViolation } from "./unique-violation";
import { rowsOf } from "./rows-of";
import { DatabaseError } from "./database-error";
import { startPgliteWorker } from "./start-pglite-worker";
import { AppError } from "@/lib/errors";

// The embedded database runs on a worker thread (pglite-worker.mjs); these prove the proxy behaves as in-process PGlite.
const blobs = pgTable("worker_blobs", { id: integer("id").primaryKey(), data: bytea("data").notNull() });

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase({ kind: "memory" });
  await handle.db.execute(sql`create table worker_items (id integer primary key)`);
  await handle.db.execute(sql`create table worker_blobs (id integer primary key, data bytea not null)`);
});
afterAll(() => handle?.close());

const ids = async () => rowsOf<{ id: number }>(await handle.db.execute(sql`select id from worker_items order by id`)).map((r) => r.id);
const clear = () => handle.db.execute(sql`delete from worker_items`);

/** The nice value of each of this process's threads (Linux). */
const threadNices = () =>
  fs.readdirSync("/proc/self/task").map((tid) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ")[16]));

describe("embedded PGlite on a worker thread", () => {
  it.runIf(process.platform === "linux")("runs nicer than the main thread, which keeps its priority", async () => {
    const main = os.getPriority();
    const nicer = Math.min(19, main + 10);
    const before = threadNices().filter((n) => n === nicer).length;
    const worker = startPgliteWorker(undefined);
    try {
      await worker.waitReady;
      expect(threadNices().filter((n) => n === nicer).length).toBe(before + 1);
      expect(os.getPriority()).toBe(main);
    } finally {
      await worker.close();
    }
  });

  it("brings a unique violation across with its PostgreSQL fields", async () => {
    await clear();
    await handle.db.execute(sql`insert into worker_items values (1)`);
    const error = await handle.db.execute(sql`insert into worker_items values (1)`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    const cause = (error as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(DatabaseError);
    expect(cause).toMatchObject({ code: "23505", constraint: "worker_items_pkey", table: "worker_items", message: expect.stringContaining("duplicate key") });
    expect((cause as DatabaseError).detail).toContain("(id)=(1)");
  });

  it("leaves nothing behind when a transaction's callback throws", async () => {
    await clear();
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into worker_items values (2)`);
        throw new Error("stop here");
      }),
    ).rejects.toThrow("stop here");
    expect(await ids()).toEqual([]);
  });

  it("rolls back a nested transaction (savepoint) and keeps the outer one", async () => {
    await clear();
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into worker_items values (3)`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into worker_items values (4)`);
          inner.rollback();
        })
        .catch(() => {});
      await tx.execute(sql`insert into worker_items values (5)`);
    });
    expect(await ids()).toEqual([3, 5]);
  });

  it("delivers a notification only after its transaction commits, and never from a rolled-back one", async () => {
    const received: string[] = [];
    let arrived: (payload: string) => void = () => {};
    const unlisten = await handle.listen("worker_channel", (payload) => {
      received.push(payload);
      arrived(payload);
    }, () => {});
    const next = () => new Promise<string>((resolve) => (arrived = resolve));
    let delivered = next();
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify('worker_channel', 'committed')`);
      await tx.execute(sql`select 1`);
      expect(received).toEqual([]);
    });
    expect(await delivered).toBe("committed");
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`select pg_notify('worker_channel', 'rolled back')`);
        throw new Error("undo");
      })
      .catch(() => {});
    delivered = next();
    await handle.db.execute(sql`select pg_notify('worker_channel', 'after')`);
    expect(await delivered).toBe("after");
    expect(received).toEqual(["committed", "after"]);
    await unlisten();
  });

  it("returns bytea as a Uint8Array equal to what was written, which Yjs applies", async () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "keystrokes");
    const update = Y.encodeStateAsUpdate(doc);
    await handle.db.insert(blobs).values({ id: 1, data: update });
    const [row] = await handle.db.select().from(blobs);
    expect(Object.getPrototypeOf(row!.data)).toBe(Uint8Array.prototype);
    expect([...row!.data]).toEqual([...update]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, row!.data);
    expect(copy.getText("t").toString()).toBe("keystrokes");
  });

  it("makes a query sent while a transaction is open wait until it ends, then see the committed rows", async () => {
    await clear();
    let outside: Promise<number[]> | undefined;
    let settled = false;
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into worker_items values (6)`);
      outside = ids().finally(() => (settled = true));
      // A round trip inside the transaction: the worker has received the outside query before this one.
      await tx.execute(sql`insert into worker_items values (7)`);
      expect(settled).toBe(false);
    });
    expect(await outside).toEqual([6, 7]);
  });

  it("rejects pending and later queries with a clear error when the database thread dies, and close ends the thread", async () => {
    const client = startPgliteWorker(undefined);
    await client.waitReady;
    let pending: Promise<unknown> | undefined;
    const transaction = client.transaction(async (tx) => {
      await tx.query("select 1");
      pending = client.query("select 1");
      await tx.query("select 2");
      await client.worker.terminate();
    });
    await expect(transaction).rejects.toThrow(AppError);
    await expect(pending).rejects.toMatchObject({ code: "unavailable:database", message: expect.stringContaining("embedded database stopped") });
    await expect(client.query("select 1")).rejects.toMatchObject({ code: "unavailable:database" });
    await client.close();

    const other = startPgliteWorker(undefined);
    await other.waitReady;
    const exited = new Promise<number>((resolve) => other.worker.once("exit", resolve));
    await other.close();
    await exited;
    await expect(other.query("select 1")).rejects.toMatchObject({ code: "unavailable:database", message: expect.stringContaining("closed") });
  });
});
