import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { citationOrdersRequest, parseCitationOrdersMessage, type CitationOrders } from "@/lib/collab/citation-orders-message";
import { profileChannelName, sectionDocumentName } from "@/lib/collab/document-name";
import { loadStoredDoc } from "@/lib/test/load-stored-doc";
import { connectNodeClient, waitFor, type NodeClient } from "@/lib/test/node-client";
import { appendCitation, firstParagraphText, NodeTypist } from "@/lib/test/node-typist";
import { createSectionStore } from "@/lib/collab/section-store";
import { openDatabase } from "@/lib/db/client";
import { yDocCitationIds } from "@/lib/editor/ydoc-citation-ids";
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
    /** single: every typist in one section; sections: typists spread over a many-section profile; all: both. */
    CHAOS_MODE: z.enum(["single", "sections", "all"]).default("all"),
    CHAOS_SECTIONS: z.coerce.number().int().min(2).max(60).default(14),
    CHAOS_SECTION_EDITORS: z.coerce.number().int().min(1).max(10).default(4),
    /** The sections mode runs at most this many rounds (it runs inside npm test too). */
    CHAOS_SECTION_ROUNDS: z.coerce.number().int().min(1).default(3),
    DATABASE_URL: z.string().optional(),
  })
  .parse(process.env);

const seed = "Chaos:";
const root = path.resolve(import.meta.dirname, "..");
const secret = randomBytes(24).toString("hex");
const rand = (min: number, max: number) => min + Math.random() * (max - min);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function throwawayDatabase(): Promise<{ url?: string; drop: () => Promise<void> }> {
  return config.DATABASE_URL ? createThrowawayDatabase(config.DATABASE_URL, "folio_chaos") : { drop: async () => {} };
}

function startServer(port: number, { dir, databaseUrl, clients, sections }: { dir: string; databaseUrl: string | undefined; clients: number; sections: number }): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/chaos-server.ts")], {
    cwd: root,
    env: { ...process.env, CHAOS_DIR: dir, CHAOS_PORT: String(port), CHAOS_SECRET: secret, CHAOS_DATABASE_URL: databaseUrl ?? "", CHAOS_CLIENTS: String(clients), CHAOS_SECTIONS: String(sections) },
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

interface ModeResult {
  ok: boolean;
  lines: string[];
}

/**
 * One chaos run: `single` has every typist in one section; `sections` spreads them over a 14-section profile,
 * each also on the profile's channel as a browser is, citing as it types, and checks every channel and the
 * database agree on each section's citation order.
 */
async function runMode(mode: "single" | "sections"): Promise<ModeResult> {
  const rounds = mode === "single" ? config.CHAOS_ROUNDS : Math.min(config.CHAOS_ROUNDS, config.CHAOS_SECTION_ROUNDS);
  const editors = mode === "single" ? config.CHAOS_CLIENTS : config.CHAOS_SECTION_EDITORS;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-chaos-"));
    const database = await throwawayDatabase();
  const port = await freePort();
  const serverEnv = { dir, databaseUrl: database.url, clients: editors, sections: mode === "single" ? 1 : config.CHAOS_SECTIONS };
  server = await startServer(port, serverEnv);
  const fixture = JSON.parse(fs.readFileSync(path.join(dir, "fixture.json"), "utf8")) as ChaosFixture;
  const url = `ws://127.0.0.1:${port}/collab`;
  // Editors spread evenly over the sections (all in the first one in single mode).
  const sectionOf = (index: number) => fixture.sectionIds[Math.floor((index * fixture.sectionIds.length) / editors)]!;
  const clients: NodeClient[] = fixture.cookies.map((cookie, index) => connectNodeClient({ url, documentName: sectionDocumentName(sectionOf(index)), headers: { cookie }, fastReconnect: true }));
  const channels = mode === "sections" ? fixture.cookies.map((cookie) => connectNodeClient({ url, documentName: profileChannelName(fixture.profileId), headers: { cookie }, fastReconnect: true })) : [];
  const heard = channels.map((channel) => {
    const orders: CitationOrders = {};
    channel.provider.on("stateless", ({ payload }: { payload: string }) => Object.assign(orders, parseCitationOrdersMessage(payload) ?? {}));
    // As the editor does: every (re)sync asks for all orders again.
    channel.provider.on("synced", () => channel.provider.sendStateless(citationOrdersRequest));
    return orders;
  });
  await waitFor(() => [...clients, ...channels].every((c) => c.provider.isSynced), "every typist's first sync", 30_000);

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
      if (mode === "sections" && seq % 4 === 3) appendCitation(client.doc, randomUUID());
    }
  });

  for (let round = 1; round <= rounds; round++) {
    await sleep(rand(300, 1_200));
    await kill(server);
    await sleep(rand(0, 400));
    server = await startServer(port, serverEnv);
    process.stdout.write(`${mode} round ${round}/${rounds}: killed and restarted; ${typed.length} words so far\n`);
  }
  typing = false;
  await Promise.all(typists);
  const sameAsPeers = () => clients.every((c, i) => clients.every((d, j) => sectionOf(i) !== sectionOf(j) || documentJson(c.doc) === documentJson(d.doc)));
  await waitFor(() => clients.every((c) => c.isStored()) && sameAsPeers(), "every typist to converge with everything stored", 60_000);
  // Every channel hears each edited section's final citation order (after the server stored it).
  const ordersAgree = () => heard.every((orders) => clients.every((c, i) => JSON.stringify(orders[sectionOf(i)] ?? []) === JSON.stringify(yDocCitationIds(c.doc))));
  if (mode === "sections") await waitFor(ordersAgree, "every channel to hear the final citation orders", 30_000).catch(() => {});
  const channelsAgree = ordersAgree();
  // A last crash right after "stored": what the database holds must already be complete.
  await kill(server);
  for (const c of [...clients, ...channels]) c.destroy();

  const handle = database.url ? await openDatabase({ kind: "postgres", url: database.url, max: 2 }) : await openDatabase({ kind: "pglite", dataDir: path.join(dir, "db") });
  const store = createSectionStore(handle.db);
  const storedDocs = new Map<string, import("yjs").Doc>();
  for (const sectionId of new Set(clients.map((_, i) => sectionOf(i)))) storedDocs.set(sectionId, await loadStoredDoc(store, sectionId));
  const storedOrders = await store.citationOrders(fixture.profileId);
  await handle.close();
  await database.drop();

  // Each section holds only its own typists' tokens: tally every document against the words typed into it.
  const typedIn = (sectionId: string) => typed.filter((token) => clients.some((_, i) => sectionOf(i) === sectionId && token.startsWith(`[${i}-`)));
  const tallies = [
    ...clients.map((c, i) => tallyChaos({ text: firstParagraphText(c.doc), seed, typed: typedIn(sectionOf(i)) })),
    ...[...storedDocs].map(([sectionId, doc]) => tallyChaos({ text: firstParagraphText(doc), seed, typed: typedIn(sectionId) })),
  ];
  const sameEverywhere = clients.every((c, i) => documentJson(c.doc) === documentJson(storedDocs.get(sectionOf(i))!));
  const databaseOrders = [...storedDocs].every(([sectionId, doc]) => JSON.stringify(storedOrders[sectionId] ?? []) === JSON.stringify(yDocCitationIds(doc)));
  const lost = Math.max(...tallies.map((t) => t.lost));
  const duplicated = Math.max(...tallies.map((t) => t.duplicated));
  fs.rmSync(dir, { recursive: true, force: true });
  const lines = [
    `mode:                ${mode}${mode === "sections" ? ` (${fixture.sectionIds.length} sections, editors in ${storedDocs.size})` : ""}`,
    `rounds:              ${rounds}`,
    `editors:             ${clients.length}`,
    `characters typed:    ${typed.reduce((n, token) => n + token.length, 0)}`,
    `characters lost:     ${lost}`,
    `characters doubled:  ${duplicated}`,
    `clients = database:  ${sameEverywhere ? "yes" : "NO"}`,
  ];
  if (mode === "sections") lines.push(`citation orders:     channels ${channelsAgree ? "agree" : "DISAGREE"}, database ${databaseOrders ? "agrees" : "DISAGREES"}`);
  return { ok: lost === 0 && duplicated === 0 && sameEverywhere && (mode === "single" || (channelsAgree && databaseOrders)), lines };
}

async function main() {
  if (process.argv.includes("--browser")) {
    await import("./chaos-browser");
    return;
  }
  const modes = config.CHAOS_MODE === "all" ? (["single", "sections"] as const) : [config.CHAOS_MODE];
  const results: ModeResult[] = [];
  for (const mode of modes) results.push(await runMode(mode));
  for (const r of results) console.log(["", ...r.lines].join("\n"));
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(`chaos: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
