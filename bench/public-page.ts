// Public page benchmark: requests/s of `/profiles/{iso}` for the imported seed profile (imported, approved and
// published in this bench's own temporary data directory), answered by the same handler server.ts puts in front
// of Next (lib/public-site/serve-public.ts). Baselines measured in the same run with the same client (autocannon)
// and the same connections: (a) nginx serving the same bytes as a file (installed with apt when root; skipped
// with a message otherwise), (b) a bare node:http server returning the same bytes from memory.
// Target: ratio_bare_node ≥ 0.5. Timings on a shared 2-core machine are noisy; compare the ratios.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { openDatabase } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import { importProfile } from "@/lib/import/import-profile";
import { servePublic } from "@/lib/public-site/serve-public";
import { seedDatabase } from "@/lib/seed/seed-database";
import { freePort } from "@/lib/test/free-port";
import { buildUser } from "@/lib/test/factories";
import { buildApprovedRevision } from "@/lib/test/version-factories";
import { publishVersion } from "@/lib/versions/publish-version";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

async function rps(url: string): Promise<number> {
  // Warm-up so every server has its bytes (and the JIT) ready before the measured run.
  await autocannon({ url, connections: CONNECTIONS, duration: 1 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return result.requests.average;
}

const listen = (server: http.Server, port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
const close = (server: http.Server) => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });

function nginxBinary(): string | null {
  const find = () => ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p)) ?? null;
  if (find()) return find();
  if (process.getuid?.() !== 0) return null;
  console.log("public-page: installing nginx with apt …");
  for (const pkg of ["nginx-light", "nginx"]) {
    const r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", pkg], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (r.status === 0 && find()) return find();
  }
  spawnSync("apt-get", ["update"], { stdio: "ignore" });
  spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "nginx-light"], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return find();
}

async function nginxRps(bytes: Buffer, dir: string): Promise<number | null> {
  const bin = nginxBinary();
  if (!bin) {
    console.log("public-page: nginx baseline skipped (nginx is not installed and this is not root, so apt cannot install it)");
    return null;
  }
  const port = await freePort();
  // nginx's worker drops root privileges: it must be able to read the file.
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, "www"), { recursive: true, mode: 0o755 });
  fs.writeFileSync(path.join(dir, "www", "index.html"), bytes);
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    conf,
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000; default_type text/html;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server { listen 127.0.0.1:${port}; root ${dir}/www; location / { try_files /index.html =404; } } }
`,
  );
  fs.mkdirSync(path.join(dir, "tmp"), { recursive: true });
  const child = spawn(bin, ["-c", conf, "-p", dir], { stdio: "ignore" });
  try {
    for (let i = 0; i < 50; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return await rps(`http://127.0.0.1:${port}/profiles/jp`);
  } finally {
    child.kill("SIGTERM");
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "folio-bench-public-"));
  const handle = await openDatabase({ kind: "pglite", dataDir: path.join(dir, "data") });
  const servers: http.Server[] = [];
  try {
    const db = handle.db;
    await seedDatabase({ db, mode: "none", log: () => {} });
    const admin = await buildUser(db, { role: "admin" });
    const researcher = await buildUser(db, { role: "researcher" });
    const text = fs.readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
    const { countryCode: iso } = await importProfile({ actor: admin.actor, db, text });
    for (const s of await db.select({ id: sections.id, json: sections.contentJson }).from(sections)) {
      if (s.json) await buildApprovedRevision(db, { sectionId: s.id, content: s.json, submittedBy: researcher.id, reviewerId: admin.id });
    }
    // The seed's access dates are old: the admin overrides the citation gate deliberately, with a reason.
    await publishVersion({ actor: admin.actor, db, iso, input: { changelog: "Benchmark version.", overrideReason: "Benchmark of the public page." } });
    const code = iso.toLowerCase();

    const folio = http.createServer((req, res) => {
      if (!servePublic(req, res, () => db)) res.writeHead(404).end();
    });
    servers.push(folio);
    const folioPort = await freePort();
    await listen(folio, folioPort);
    const pageUrl = `http://127.0.0.1:${folioPort}/profiles/${code}`;
    const first = await fetch(pageUrl);
    if (!first.ok) throw new Error(`${pageUrl}: ${first.status}`);
    const bytes = Buffer.from(await first.arrayBuffer());
    const headers = Object.fromEntries([...first.headers].filter(([k]) => !["date", "connection", "keep-alive", "transfer-encoding"].includes(k)));

    const bare = http.createServer((_req, res) => {
      res.writeHead(200, headers);
      res.end(bytes);
    });
    servers.push(bare);
    const barePort = await freePort();
    await listen(bare, barePort);

    console.log(`public-page: /profiles/${code} is ${bytes.length} bytes; ${CONNECTIONS} connections, ${SECONDS} s each`);
    const folioRps = await rps(pageUrl);
    const bareRps = await rps(`http://127.0.0.1:${barePort}/profiles/${code}`);
    const nginx = await nginxRps(bytes, dir);
    const round = (n: number) => Math.round(n * 100) / 100;
    const result = {
      rps: round(folioRps),
      nginx_rps: nginx === null ? null : round(nginx),
      bare_node_rps: round(bareRps),
      ratio_nginx: nginx === null ? null : round(folioRps / nginx),
      ratio_bare_node: round(folioRps / bareRps),
    };
    fs.mkdirSync(path.resolve("bench/results"), { recursive: true });
    fs.writeFileSync(path.resolve("bench/results/public-page.json"), `${JSON.stringify(result)}\n`);
    console.log(
      `public-page: Folio ${result.rps} req/s; bare node:http ${result.bare_node_rps} req/s (ratio ${result.ratio_bare_node}, target ≥ 0.5: ${result.ratio_bare_node >= 0.5 ? "met" : "NOT met"}); nginx ${result.nginx_rps ?? "skipped"} req/s (ratio ${result.ratio_nginx ?? "—"})`,
    );
  } finally {
    for (const s of servers) await close(s);
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
