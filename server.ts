import http from "node:http";
import path from "node:path";
import next from "next";
import { ensureAuthSecret } from "@/lib/bootstrap/auth-secret";
import { fatal } from "@/lib/bootstrap/fatal";
import { openConfiguredDatabase } from "@/lib/bootstrap/open-configured-database";
import { setDatabase, type DatabaseHandle } from "@/lib/db/client";
import { env, type Env } from "@/lib/env";
import { seedDatabase } from "@/lib/seed/seed-database";

const dev = process.argv.includes("--dev");

async function main() {
  let e: Env;
  try {
    e = env();
  } catch (err) {
    fatal("folio", err);
  }

  let handle: DatabaseHandle;
  try {
    handle = await openConfiguredDatabase(e);
  } catch (err) {
    fatal("folio", err);
  }
  setDatabase(handle);

  const shutdown = async (code: number) => {
    await handle.close().catch(() => {});
    process.exit(code);
  };

  try {
    process.env.NEXTAUTH_SECRET = await ensureAuthSecret(handle.db, e.NEXTAUTH_SECRET);
    await seedDatabase({ db: handle.db, mode: e.FOLIO_SEED, password: e.FOLIO_SEED_PASSWORD, log: (l) => console.log(l) });
  } catch (err) {
    await handle.close().catch(() => {});
    fatal("folio", err);
  }

  if (e.PORT !== 0) process.env.NEXTAUTH_URL ??= `http://localhost:${e.PORT}`;
  const app = next({ dev, dir: path.resolve(import.meta.dirname), hostname: "localhost", port: e.PORT });
  const handler = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => void handler(req, res));
  server.on("error", (err) => {
    void handle.close().finally(() => fatal("folio", err));
  });
  server.listen(e.PORT, e.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : e.PORT;
    process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
    console.log(`Folio ready on http://localhost:${port} (${handle.kind === "pglite" ? `embedded database in ${e.dataDir}` : "PostgreSQL"})`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    void shutdown(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
