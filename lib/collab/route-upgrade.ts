import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

export const COLLAB_PATH = "/collab";

/**
 * Routes an HTTP upgrade: /collab goes to the collaboration server; in development Next's own paths (/_next/, its
 * hot reload) are left to Next's listener; every other upgrade is destroyed so no stray socket stays open.
 * @returns whether the upgrade was left for another listener
 */
export function routeUpgrade(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  options: { collab: { handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void }; dev: boolean },
): boolean {
  let pathname: string;
  try {
    pathname = new URL(req.url ?? "", "http://x").pathname;
  } catch {
    socket.destroy();
    return false;
  }
  if (pathname === COLLAB_PATH) {
    options.collab.handleUpgrade(req, socket, head);
    return false;
  }
  if (options.dev && pathname.startsWith("/_next/")) return true;
  socket.destroy();
  return false;
}
