import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";

const root = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "folio-start-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmp, NODE_ENV: "production", PORT: "0", FOLIO_SEED: "none", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = r.stderr.split("\n").filter((l) => l.trim() !== "");
  return { status: r.status, lines, stdout: r.stdout };
}

function expectOneLine(result: ReturnType<typeof start>, pattern: RegExp) {
  expect(result.status).toBe(1);
  expect(result.lines).toHaveLength(1);
  expect(result.lines[0]).toMatch(pattern);
  expect(result.lines[0]).not.toMatch(/\bat .+:\d+:\d+/);
}

describe("server start-up with bad configuration", () => {
  it("malformed DATABASE_URL", () => {
    expectOneLine(start({ DATABASE_URL: "postgres//oops" }), /^folio: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
  });

  it("unreachable PostgreSQL", () => {
    expectOneLine(start({ DATABASE_URL: "postgres://folio@127.0.0.1:1/folio" }), /^folio: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/folio \(DATABASE_URL\): ECONNREFUSED/);
  });

  it("unwritable data directory", () => {
    const file = path.join(tmp, "a-file");
    fs.writeFileSync(file, "not a directory");
    expectOneLine(start({ FOLIO_DATA_DIR: path.join(file, "data") }), /^folio: Data directory .* is not writable \((ENOTDIR|EEXIST|EACCES)\)/);
    expect(fs.readFileSync(file, "utf8")).toBe("not a directory");
  });

  it("data directory in use by another process: refused, and the owner's data is intact", async () => {
    const dir = path.join(tmp, "busy");
    const owner = await openDatabase({ kind: "pglite", dataDir: dir });
    try {
      await owner.db.insert(users).values({ email: "keep@example.org", name: "Keep" });
      expectOneLine(start({ FOLIO_DATA_DIR: dir }), new RegExp(`^folio: Data directory .* is in use by another Folio process \\(pid ${process.pid}\\)`));
      expect((await owner.db.select().from(users)).map((u) => u.email)).toEqual(["keep@example.org"]);
    } finally {
      await owner.close();
    }
    const reopened = await openDatabase({ kind: "pglite", dataDir: dir });
    expect((await reopened.db.select().from(users)).map((u) => u.email)).toEqual(["keep@example.org"]);
    await reopened.close();
  });

  it("a bad PORT names the variable", () => {
    expectOneLine(start({ PORT: "http" }), /^folio: PORT /);
  });

  it("a port other than 3000 without NEXTAUTH_URL names the variable and the value to set (the process never writes its environment)", () => {
    expectOneLine(start({ PORT: "4999" }), /^folio: NEXTAUTH_URL is required when PORT is not 3000 .*NEXTAUTH_URL=http:\/\/localhost:4999$/);
  });
});
