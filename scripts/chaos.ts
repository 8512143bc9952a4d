import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { sectionDocumentName } from "@/lib/collab/document-name";
import { loadStoredDoc } from "@/lib/collab/load-stored-doc";
import { connectNodeClient, waitFor, type NodeClient } from "@/lib/collab/node-client";
import { firstParagraphText, NodeTypist } from "@/lib/collab/node-typist";
import { createSectionStore } from "@/lib/collab/section-store";
import { openDatabase } from "@/lib/db/client";
import { deriveContent } from "@/lib/editor/ydoc-content";
import type { ChaosFixture } from "./chaos-server";
import { chaosToken, tallyChaos } from "./chaos-tally";
import { createThrowawayDatabase } from "./throwaway-database";
import { freePort } from "@/lib/test/free-port";

const config = z
  .object({
    CHAOS_ROUNDS: z.coerce.number().int().min(1).default(10),
    CHAOS_CLIENTS: z.coerce.number().int().min(1).max(10).default(3),
    CHAOS_CHAR_MS: z.coerce.number().int().min(1).default(30),
    DATABASE_URL: z.string().optional(),
  })
  .parse(process.env);

const seed = "Chaos:";
const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-chaos-"));
const secret = randomBytes(24).toString("hex");
const rand = (min: number, max: number) => min + Math.random() * (max - min);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function throwawayDatabase(): Promise<{ url?: string; drop: () => Promise<void> }> {
  return config.DATABASE_URL ? createThrowawayDatabase(config.DATABASE_URL, "folio_chaos") : { drop: async () => {} };
}

function startServer(port: number, databaseUrl: string | undefined): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/chaos-server.ts")], {
    cwd: root,
    env: { ...process.env, CHAOS_DIR: dir, CHAOS_PORT: String(port), CHAOS_SECRET: secret, CHAOS_DATABASE_URL: databaseUrl ?? "", CHAOS_CLIENTS: String(config.CHAOS_CLIENTS) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr!.on("data", (d: Buffer) => (errors += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`chaos server exited (${code}) before it was ready:\n${errors}`)));
  });
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await exited;
}

function documentJson(doc: import("yjs").Doc): string {
  return JSON.stringify(deriveContent(doc).json);
}

let server: ChildProcess | undefined;
process.on("exit", () => server?.kill("SIGKILL"));

async function main() {
  const database = await throwawayDatabase();
  const port = await freePort();
  server = await startServer(port, database.url);
  const fixture = JSON.parse(fs.readFileSync(path.join(dir, "fixture.json"), "utf8")) as ChaosFixture;
  const clients: NodeClient[] = fixture.cookies.map((cookie) =>
    connectNodeClient({ url: `ws://127.0.0.1:${port}/collab`, documentName: sectionDocumentName(fixture.sectionId), headers: { cookie }, fastReconnect: true }),
  );
  await waitFor(() => clients.every((c) => c.provider.isSynced), "every typist's first sync", 30_000);

  const typed: string[] = [];
  let typing = true;
  const typists = clients.map(async (client, index) => {
    const typist = new NodeTypist(client.doc);
    for (let seq = 0; typing; seq++) {
      const token = chaosToken(index, seq);
      for (const ch of token) {
        typist.type(ch);
        await sleep(rand(config.CHAOS_CHAR_MS / 2, config.CHAOS_CHAR_MS * 1.5));
      }
      typed.push(token);
    }
  });

  for (let round = 1; round <= config.CHAOS_ROUNDS; round++) {
    await sleep(rand(300, 1_200));
    await kill(server);
    await sleep(rand(0, 400));
    server = await startServer(port, database.url);
    process.stdout.write(`round ${round}/${config.CHAOS_ROUNDS}: killed and restarted; ${typed.length} words so far\n`);
  }
  typing = false;
  await Promise.all(typists);
  await waitFor(
    () => clients.every((c) => c.isStored()) && clients.every((c) => documentJson(c.doc) === documentJson(clients[0]!.doc)),
    "every typist to converge with everything stored",
    60_000,
  );
  // A last crash right after "stored": what the database holds must already be complete.
  await kill(server);
  for (const c of clients) c.destroy();

  const handle = database.url ? await openDatabase({ kind: "postgres", url: database.url, max: 2 }) : await openDatabase({ kind: "pglite", dataDir: path.join(dir, "db") });
  const stored = await loadStoredDoc(createSectionStore(handle.db), fixture.sectionId);
  await handle.close();
  await database.drop();

  const reference = clients[0]!.doc;
  const tallies = [...clients.map((c) => c.doc), stored].map((doc) => tallyChaos({ text: firstParagraphText(doc), seed, typed }));
  const sameEverywhere = clients.every((c) => documentJson(c.doc) === documentJson(stored)) && documentJson(reference) === documentJson(stored);
  const lost = Math.max(...tallies.map((t) => t.lost));
  const duplicated = Math.max(...tallies.map((t) => t.duplicated));
  console.log("");
  console.log(`rounds:              ${config.CHAOS_ROUNDS}`);
  console.log(`editors:             ${clients.length}`);
  console.log(`characters typed:    ${tallies[0]!.typed}`);
  console.log(`characters lost:     ${lost}`);
  console.log(`characters doubled:  ${duplicated}`);
  console.log(`clients = database:  ${sameEverywhere ? "yes" : "NO"}`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(lost === 0 && duplicated === 0 && sameEverywhere ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(`chaos: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
