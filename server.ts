import http from "node:http";
import path from "node:path";
import next from "next";
import { startHousekeeping } from "@/lib/auth/housekeeping";
import { ensureAuthSecret } from "@/lib/bootstrap/auth-secret";
import { fatal } from "@/lib/bootstrap/fatal";
import { cookieUserResolver } from "@/lib/collab/cookie-user-resolver";
import { collabLimitsFromEnv } from "@/lib/collab/collab-limits";
import { createCollabServer } from "@/lib/collab/create-collab-server";
import { routeUpgrade } from "@/lib/collab/route-upgrade";
import { openConfiguredDatabase } from "@/lib/bootstrap/open-configured-database";
import { setDatabase, type DatabaseHandle } from "@/lib/db/client";
import { env, type Env } from "@/lib/env";
import { startEventDispatcher } from "@/lib/events/start-event-dispatcher";
import { PublicCache } from "@/lib/public-site/public-cache";
import { setServices } from "@/lib/server/services";
import { servePublic } from "@/lib/public-site/serve-public";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/http/client-address";
import { baseSecurityHeaders, isHttpsUrl } from "@/lib/http/security-headers";
import { startLinkCheckService } from "@/lib/links/link-check-service";
import { isMalformedPath } from "@/lib/http/malformed-path";
import { holdsDemoSeed, linkCheckSchedule } from "@/lib/links/link-check-schedule";
import { seedDatabase } from "@/lib/seed/seed-database";
import { backfillBaselines } from "@/lib/review/backfill-baselines";

const dev = process.argv.includes("--dev");

async function main() {
  let e: Env;
  try {
    e = env();
  } catch (err) {
    fatal("folio", err);
  }
  // next-auth reads its own address from NEXTAUTH_URL in the environment (http://localhost:3000 when unset); the
  // process never writes its environment, so on any other port the address must be given.
  if (!e.NEXTAUTH_URL && e.PORT !== 3000 && e.PORT !== 0) fatal("folio", new Error(`NEXTAUTH_URL is required when PORT is not 3000 (next-auth builds its sign-in addresses from it): set NEXTAUTH_URL=http://localhost:${e.PORT}`));

  let handle: DatabaseHandle;
  try {
    handle = await openConfiguredDatabase(e);
  } catch (err) {
    fatal("folio", err);
  }
  setDatabase(handle);

  const shutdown = async (code: number) => {
    linkChecker?.stop();
    await events?.stop().catch(() => {});
    // Store every dirty collaboration document before the database closes (bounded, so a dead DB cannot hang exit).
    await Promise.race([collab.destroy().catch((err: unknown) => console.error(`folio: storing documents failed: ${(err as Error).message}`)), new Promise((r) => setTimeout(r, 15_000))]);
    await handle.close().catch(() => {});
    process.exit(code);
  };

  let authSecret: string;
  try {
    authSecret = await ensureAuthSecret(handle.db, e.NEXTAUTH_SECRET);
    await seedDatabase({ db: handle.db, mode: e.FOLIO_SEED, password: e.FOLIO_SEED_PASSWORD, log: (l) => console.log(l) });
    const baselines = await backfillBaselines(handle.db);
    if (baselines > 0) console.log(`folio: recorded a review baseline for ${baselines} section(s) stored before baselines were kept`);
  } catch (err) {
    await handle.close().catch(() => {});
    fatal("folio", err);
  }

  const collab = createCollabServer({
    db: handle.db,
    resolveUser: cookieUserResolver({ db: handle.db, secret: authSecret }),
    redisUrl: e.REDIS_URL,
    allowedOrigins: e.NEXTAUTH_URL ? [e.NEXTAUTH_URL] : [],
    ...collabLimitsFromEnv(e),
  });

  // A demo database waits for an admin to start a run (unless LINK_CHECK=on): a demo does not reach out unasked.
  const linkSchedule = e.LINK_CHECK === "off" ? "off" : linkCheckSchedule({ setting: e.LINK_CHECK, demo: await holdsDemoSeed(handle.db) });
  if (linkSchedule === "manual") console.log("link checker: demo database, so no scheduled checks; an admin starts a run on /freshness (LINK_CHECK=on schedules them)");
  const linkChecker =
    linkSchedule !== "off"
      ? startLinkCheckService({ db: handle.db, allow: e.FOLIO_FETCH_ALLOW, archive: { cdxUrl: e.ARCHIVE_CDX_URL, replayUrl: e.ARCHIVE_REPLAY_URL }, log: (l) => console.log(l), scheduled: linkSchedule === "weekly" })
      : null;

  // Everything this process shares, created once here: Next's route handlers and actions reach it through services().
  const services = { collab, publicCache: new PublicCache(), linkChecker, authSecret };
  setServices(services);
  // What happens after a committed change (lib/events/handlers.ts), on this instance: every instance runs its own.
  const events = await startEventDispatcher({ handle, services, log: (l) => console.error(`folio: ${l}`) });

  const app = next({ dev, dir: path.resolve(import.meta.dirname), hostname: "localhost", port: e.PORT });
  const handler = app.getRequestHandler();
  await app.prepare();

  const stopHousekeeping = startHousekeeping(handle.db, (l) => console.error(l));
  const securityHeaders = Object.entries(baseSecurityHeaders({ https: isHttpsUrl(e.NEXTAUTH_URL) }));
  const server = http.createServer((req, res) => {
    // On every response; the public site's and the app pages' (proxy.ts) own CSPs add to these.
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    // A path whose escapes are not UTF-8 (or hold a NUL) names nothing; Next would answer a bare 500.
    if (isMalformedPath(req.url)) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("Bad request: the address has an escape that is not valid UTF-8 text.");
      return;
    }
    // Public pages and the public API are stored bytes: answered here, before Next's renderer.
    if (servePublic(req, res, () => handle.db)) return;
    // Overwrites whatever the client sent: sign-in throttling trusts only this.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, e.FOLIO_TRUST_PROXY);
    void handler(req, res);
  });
  // Only /collab (and in development Next's own hot-reload socket, which Next's listener takes); the rest is destroyed.
  server.on("upgrade", (req, socket, head) => routeUpgrade(req, socket, head, { collab, dev }));
  server.on("error", (err) => {
    void handle.close().finally(() => fatal("folio", err));
  });
  server.listen(e.PORT, e.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : e.PORT;
    console.log(`Folio ready on http://localhost:${port} (${handle.kind === "pglite" ? `embedded database in ${e.dataDir}` : "PostgreSQL"})`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopHousekeeping();
    server.close();
    server.closeAllConnections();
    void shutdown(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
