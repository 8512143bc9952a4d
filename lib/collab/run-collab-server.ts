import http from "node:http";
import type { DatabaseHandle } from "@/lib/db/client";
import type { CollabLimits } from "./collab-limits";
import { cookieUserResolver } from "./cookie-user-resolver";
import { createCollabServer, type CollabServer, type CollabServerOptions } from "./create-collab-server";
import { routeUpgrade } from "./route-upgrade";

export interface RunCollabServerOptions {
  handle: DatabaseHandle;
  port: number;
  host: string;
  secret: string;
  redisUrl?: string;
  allowedOrigins?: string[];
  log?: (line: string) => void;
  /** Tuning passed through to createCollabServer (benchmarks). */
  tuning?: Pick<CollabServerOptions, "flushDelayMs" | "compactDebounceMs">;
  limits?: Partial<CollabLimits>;
}

/** Serves only /collab on its own port (the standalone collaboration process); stores everything on SIGTERM. */
export async function runCollabServer(options: RunCollabServerOptions): Promise<{ server: http.Server; collab: CollabServer; port: number }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const collab = createCollabServer({
    db: options.handle.db,
    resolveUser: cookieUserResolver({ db: options.handle.db, secret: options.secret }),
    redisUrl: options.redisUrl,
    allowedOrigins: options.allowedOrigins,
    ...options.limits,
    ...options.tuning,
  });
  const server = http.createServer((_, res) => {
    res.writeHead(426, { "content-type": "text/plain" }).end("Folio collaboration: connect with a WebSocket at /collab\n");
  });
  server.on("upgrade", (req, socket, head) => routeUpgrade(req, socket, head, { collab, dev: false }));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    void collab
      .destroy()
      .catch((e: unknown) => log(`collab: storing documents on shutdown failed: ${(e as Error).message}`))
      .finally(() => options.handle.close().catch(() => {}).finally(() => process.exit(0)));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return { server, collab, port };
}
