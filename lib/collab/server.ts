import { ensureAuthSecret } from "@/lib/bootstrap/auth-secret";
import { fatal } from "@/lib/bootstrap/fatal";
import { openDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { startEventDispatcher } from "@/lib/events/start-event-dispatcher";
import { collabLimitsFromEnv } from "./collab-limits";
import { runCollabServer } from "./run-collab-server";

async function main() {
  let e;
  try {
    e = env();
  } catch (err) {
    fatal("collab", err);
  }
  if (!e.DATABASE_URL) {
    process.stderr.write("collab: DATABASE_URL is not set; the standalone collaboration server needs PostgreSQL (the embedded database belongs to `npm start`, which already serves /collab).\n");
    process.exit(1);
  }
  try {
    const handle = await openDatabase({ kind: "postgres", url: e.DATABASE_URL });
    const secret = await ensureAuthSecret(handle.db, e.NEXTAUTH_SECRET);
    const allowedOrigins = e.NEXTAUTH_URL ? [e.NEXTAUTH_URL] : [];
    const { port, collab } = await runCollabServer({ handle, port: e.PORT, host: e.HOST, secret, redisUrl: e.REDIS_URL, allowedOrigins, limits: collabLimitsFromEnv(e) });
    // Review statuses committed through any instance reach this server's sockets too (it serves no public pages).
    await startEventDispatcher({ handle, services: { collab, publicCache: { invalidate: () => {} }, linkChecker: null }, log: (l) => console.error(`collab: ${l}`) });
    console.log(`Folio collaboration ready on ws://localhost:${port}/collab${e.REDIS_URL ? " (Redis)" : ""}`);
  } catch (err) {
    fatal("collab", err);
  }
}

void main();
