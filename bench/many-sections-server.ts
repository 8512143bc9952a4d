import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { runCollabServer } from "@/lib/collab/run-collab-server";
import { seedProfileSections } from "@/lib/test/seed-section";
import { sessionCookie } from "@/lib/test/session-cookie";
import { openDatabase } from "@/lib/db/client";
import { buildUser } from "@/lib/test/factories";

/** What the many-sections benchmark needs from the server process it measures (one JSON line). */
export interface ManySectionsServerInfo {
  port: number;
  cookies: string[];
  /** Profiles by section count: their id and sections in order. */
  profiles: Record<string, { profileId: string; sectionIds: string[] }>;
}

const secret = "bench-secret-0123456789abcdef";
const sectionCounts = (process.env.BENCH_SECTION_COUNTS ?? "1,5,30").split(",").map(Number);
const perSection = Number(process.env.BENCH_FOOTNOTES_PER_SECTION ?? 50);
const editors = Number(process.env.BENCH_EDITORS ?? 5);
const codes = ["FR", "DE", "IT", "ES", "PT", "NL"];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-bench-sections-"));
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  const handle = process.env.BENCH_DATABASE_URL ? await openDatabase({ kind: "postgres", url: process.env.BENCH_DATABASE_URL }) : await openDatabase({ kind: "pglite", dataDir: dir });
  const profiles: ManySectionsServerInfo["profiles"] = {};
  for (const [i, count] of sectionCounts.entries()) {
    profiles[String(count)] = await seedProfileSections(handle.db, { count, text: "Bench:", countryCode: codes[i % codes.length]!, citations: perSection });
  }
  const cookies: string[] = [];
  for (let i = 0; i < editors; i++) {
    const user = await buildUser(handle.db, { role: "researcher", name: `Editor ${i + 1}` });
    cookies.push(await sessionCookie({ db: handle.db, userId: user.id, secret }));
  }
  const { port, collab } = await runCollabServer({ handle, port: 0, host: "127.0.0.1", secret, log: (l) => process.stderr.write(`${l}\n`), limits: { maxSocketsPerAddress: 256 } });
  // The driver asks for the server's heap (after a full collection) and what it holds, one line per request.
  readline.createInterface({ input: process.stdin }).on("line", () => {
    for (let i = 0; i < 3; i++) globalThis.gc?.();
    process.stdout.write(`${JSON.stringify({ heapUsed: process.memoryUsage().heapUsed, stats: collab.stats() })}\n`);
  });
  process.stdout.write(`${JSON.stringify({ port, cookies, profiles } satisfies ManySectionsServerInfo)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench server: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
