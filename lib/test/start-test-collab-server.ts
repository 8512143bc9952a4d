import http from "node:http";
import type { Database } from "@/lib/db/client";
import { cookieUserResolver } from "@/lib/collab/cookie-user-resolver";
import { createCollabServer, type CollabServer, type CollabServerOptions } from "@/lib/collab/create-collab-server";
import { sessionCookie } from "@/lib/test/session-cookie";

const secret = "collab-test-secret-0123456789";

export interface TestCollabServer {
  url: string;
  port: number;
  collab: CollabServer;
  /** A session cookie header value for the user. */
  cookieFor(userId: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the collaboration server alone on a loopback port 0 (no Next), authenticating real session cookies. */
export async function startTestCollabServer(options: { db: Database } & Partial<CollabServerOptions>): Promise<TestCollabServer> {
  const collab = createCollabServer({ resolveUser: cookieUserResolver({ db: options.db, secret }), log: () => {}, ...options });
  const server = http.createServer();
  server.on("upgrade", (req, socket, head) => collab.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    port,
    collab,
    cookieFor: (userId) => sessionCookie({ db: options.db, userId, secret }),
    async close() {
      await collab.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
