import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { z } from "zod";
import { citationOrdersRequest, parseCitationOrdersMessage } from "@/lib/collab/citation-orders-message";
import type { CollabStats } from "@/lib/collab/create-collab-server";
import { profileChannelName, sectionDocumentName } from "@/lib/collab/document-name";
import { connectNodeClient, waitFor, type NodeClient } from "@/lib/test/node-client";
import { createThrowawayDatabase } from "../scripts/throwaway-database";
import type { ManySectionsServerInfo } from "./many-sections-server";

/**
 * Time-to-editable and server memory per open editor on many-section profiles. Node clients, not Chromium: the
 * question is what the server and the wire cost per editor (which section documents it loads, what the channel
 * sends); a browser adds React and ProseMirror rendering that do not depend on the number of sections, and
 * eight helpers share two cores here. An editor counts as editable once its section has synced and the
 * profile's channel has sent every section's citation order (what footnote numbering needs).
 */
const config = z
  .object({
    BENCH_TRIALS: z.coerce.number().int().min(3).default(20),
    BENCH_EDITORS: z.coerce.number().int().min(1).max(5).default(5),
    BENCH_FOOTNOTES_PER_SECTION: z.coerce.number().int().min(0).default(50),
    BENCH_MEMORY_REPEATS: z.coerce.number().int().min(2).default(6),
  })
  .parse(process.env);

const root = path.resolve(import.meta.dirname, "..");
const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

interface Server {
  info: ManySectionsServerInfo;
  memory(): Promise<{ heapUsed: number; stats: CollabStats }>;
  stop(): void;
}

function startServer(databaseUrl: string | undefined): Promise<Server> {
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", path.join(root, "bench/many-sections-server.ts")], {
    cwd: root,
    env: { ...process.env, BENCH_EDITORS: String(config.BENCH_EDITORS), BENCH_FOOTNOTES_PER_SECTION: String(config.BENCH_FOOTNOTES_PER_SECTION), BENCH_SECTION_COUNTS: "1,5,30", BENCH_DATABASE_URL: databaseUrl ?? "" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const waiting: ((line: string) => void)[] = [];
  readline.createInterface({ input: child.stdout! }).on("line", (line) => {
    if (line.startsWith("{")) waiting.shift()?.(line);
  });
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
    void next().then((line) =>
      resolve({
        info: JSON.parse(line) as ManySectionsServerInfo,
        memory: async () => {
          const reply = next();
          child.stdin!.write("memory\n");
          return JSON.parse(await reply) as { heapUsed: number; stats: CollabStats };
        },
        stop: () => child.kill("SIGKILL"),
      }),
    );
  });
}

/** Opens one editor the way the browser does (its section and the profile's channel); resolves once editable. */
async function openEditor(url: string, profile: { profileId: string }, sectionId: string, cookie: string): Promise<{ ms: number; clients: NodeClient[] }> {
  const started = performance.now();
  const section = connectNodeClient({ url, documentName: sectionDocumentName(sectionId), headers: { cookie } });
  const channel = connectNodeClient({ url, documentName: profileChannelName(profile.profileId), headers: { cookie } });
  let orders = false;
  channel.provider.on("synced", () => channel.provider.sendStateless(citationOrdersRequest));
  channel.provider.on("stateless", ({ payload }: { payload: string }) => {
    if (parseCitationOrdersMessage(payload)) orders = true;
  });
  await waitFor(() => section.provider.isSynced && orders, "an editor to become editable", 30_000);
  return { ms: performance.now() - started, clients: [section, channel] };
}

async function closeAll(server: Server, clients: NodeClient[]): Promise<void> {
  for (const c of clients) c.destroy();
  for (let i = 0; i < 500; i++) {
    const { stats } = await server.memory();
    if (stats.documents.section === 0 && stats.documents.profile === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function main() {
  const database = process.env.DATABASE_URL ? await createThrowawayDatabase(process.env.DATABASE_URL, "folio_bench_sections") : undefined;
  const server = await startServer(database?.url);
  const url = `ws://127.0.0.1:${server.info.port}/collab`;
  const cookie = server.info.cookies[0]!;
  const many = server.info.profiles["30"]!;
  const one = server.info.profiles["1"]!;
  try {
    // Alternating trials see the same background load: the 30-section profile against a one-section baseline.
    const tteMany: number[] = [];
    const tteOne: number[] = [];
    for (let t = 0; t < config.BENCH_TRIALS; t++) {
      const a = await openEditor(url, many, many.sectionIds[t % many.sectionIds.length]!, cookie);
      tteMany.push(a.ms);
      await closeAll(server, a.clients);
      const b = await openEditor(url, one, one.sectionIds[0]!, cookie);
      tteOne.push(b.ms);
      await closeAll(server, b.clients);
    }

    // Server memory per open editor: the same editors (one per section) on a 5-section and a 30-section profile.
    // Heap deltas of a few hundred KB are near the collector's noise: alternate the two, repeat, take medians.
    const samples: Record<string, number[]> = { "5": [], "30": [] };
    const loaded: Record<string, number> = {};
    for (let r = 0; r < config.BENCH_MEMORY_REPEATS; r++) {
      for (const count of ["5", "30"]) {
        const profile = server.info.profiles[count]!;
        const before = (await server.memory()).heapUsed;
        const clients: NodeClient[] = [];
        for (let e = 0; e < config.BENCH_EDITORS; e++) clients.push(...(await openEditor(url, profile, profile.sectionIds[e]!, server.info.cookies[e]!)).clients);
        const after = await server.memory();
        // The first round warms both profiles' code paths and caches up; it is not counted.
        if (r > 0) samples[count]!.push((after.heapUsed - before) / config.BENCH_EDITORS / 1024);
        loaded[count] = after.stats.documents.section;
        await closeAll(server, clients);
      }
    }
    const memory = Object.fromEntries(["5", "30"].map((count) => [count, { per_editor_kb: round(percentile(samples[count]!, 50)), sections_loaded: loaded[count]! }]));

    const footnotes = config.BENCH_FOOTNOTES_PER_SECTION * many.sectionIds.length;
    const result = {
      sections: many.sectionIds.length,
      footnotes,
      trials: config.BENCH_TRIALS,
      tte_median_ms: round(percentile(tteMany, 50)),
      tte_p95_ms: round(percentile(tteMany, 95)),
      baseline_one_section_median_ms: round(percentile(tteOne, 50)),
      baseline_one_section_p95_ms: round(percentile(tteOne, 95)),
      ratio_median: round(percentile(tteMany, 50) / percentile(tteOne, 50)),
      memory_per_editor_kb_5_sections: memory["5"]!.per_editor_kb,
      memory_per_editor_kb_30_sections: memory["30"]!.per_editor_kb,
      memory_ratio_30_to_5: round(memory["30"]!.per_editor_kb / memory["5"]!.per_editor_kb),
      sections_loaded_with_editors: { 5: memory["5"]!.sections_loaded, 30: memory["30"]!.sections_loaded, editors: config.BENCH_EDITORS },
    };
    fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench/results/many-sections.json"), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nTime to editable, ${result.sections} sections with ${footnotes} footnotes (${config.BENCH_FOOTNOTES_PER_SECTION} per section), ${database ? "PostgreSQL" : "embedded PGlite"}; node clients\n`);
    console.table({
      "30 sections": { median_ms: result.tte_median_ms, p95_ms: result.tte_p95_ms },
      "1 section (baseline)": { median_ms: result.baseline_one_section_median_ms, p95_ms: result.baseline_one_section_p95_ms },
    });
    console.table({ "5 sections": memory["5"], "30 sections": memory["30"] });
    const targets = [
      ["time-to-editable p95 ≤ 1.5 s", result.tte_p95_ms <= 1_500],
      [`one section document per editor (${config.BENCH_EDITORS} loaded)`, memory["5"]!.sections_loaded === config.BENCH_EDITORS && memory["30"]!.sections_loaded === config.BENCH_EDITORS],
      ["memory per editor independent of sections (30/5 within 0.67–1.5)", result.memory_ratio_30_to_5 >= 0.67 && result.memory_ratio_30_to_5 <= 1.5],
    ] as const;
    for (const [name, ok] of targets) console.log(`${ok ? "met    " : "MISSED "} ${name}`);
    console.log(`ratio_median (30 sections / 1 section): ${result.ratio_median}  → bench/results/many-sections.json`);
  } finally {
    server.stop();
    await database?.drop();
  }
}

main().catch((e: unknown) => {
  console.error(`bench: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
