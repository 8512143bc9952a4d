import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Server } from "@hocuspocus/server";
import { runCollabServer } from "@/lib/collab/run-collab-server";
import { sessionCookie } from "@/lib/test/session-cookie";
import { seedSection } from "@/lib/test/seed-section";
import { openDatabase } from "@/lib/db/client";
import { buildUser } from "@/lib/test/factories";

/** What the benchmark driver needs from the server process it started (printed as one JSON line). */
export interface BenchServerInfo {
  port: number;
  documentName: string;
  cookies: string[];
  /** The bare server's document starts empty; the driver seeds a paragraph from a client. */
  seeded: boolean;
}

const mode = process.argv[2];
const editors = Number(process.env.BENCH_EDITORS ?? 20);
const secret = "bench-secret-0123456789abcdef";

function tuning() {
  const flush = process.env.BENCH_FLUSH_MS;
  const compact = process.env.BENCH_COMPACT_MS;
  return { ...(flush ? { flushDelayMs: Number(flush) } : {}), ...(compact ? { compactDebounceMs: Number(compact) } : {}) };
}

async function full(): Promise<BenchServerInfo> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-bench-"));
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  const handle = process.env.BENCH_DATABASE_URL
    ? await openDatabase({ kind: "postgres", url: process.env.BENCH_DATABASE_URL })
    : await openDatabase({ kind: "pglite", dataDir: dir });
  const { sectionId } = await seedSection(handle.db, "Bench:");
  const cookies: string[] = [];
  for (let i = 0; i < editors; i++) {
    const user = await buildUser(handle.db, { role: "researcher", name: `Editor ${i + 1}` });
    cookies.push(await sessionCookie({ db: handle.db, userId: user.id, secret }));
  }
  const { port } = await runCollabServer({ handle, port: 0, host: "127.0.0.1", secret, log: (l) => process.stderr.write(`${l}\n`), tuning: tuning(), limits: { maxSocketsPerAddress: Math.max(64, editors * 2) } });
  return { port, documentName: `section.${sectionId}`, cookies, seeded: true };
}

async function bare(): Promise<BenchServerInfo> {
  const server = new Server({ port: 0, address: "127.0.0.1", quiet: true });
  await server.listen();
  return { port: server.address.port, documentName: "section.00000000-0000-4000-8000-00000000bead", cookies: [], seeded: false };
}

const run = mode === "full" ? full : mode === "bare" ? bare : null;
if (!run) {
  process.stderr.write("usage: tsx bench/collab-server.ts full|bare\n");
  process.exit(2);
}
run()
  .then((info) => process.stdout.write(`${JSON.stringify(info)}\n`))
  .catch((e: unknown) => {
    process.stderr.write(`bench server: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
