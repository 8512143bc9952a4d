import type { IncomingMessage } from "node:http";

/** Set by server.ts on every request (any incoming value is overwritten), read by sign-in throttling. */
export const CLIENT_ADDRESS_HEADER = "x-folio-client-address";

/**
 * The client's address: the socket's peer, or with `trustProxy` the last X-Forwarded-For entry (the one the
 * reverse proxy in front of Folio appended; earlier entries are the client's own claims).
 */
export function clientAddress(req: Pick<IncomingMessage, "headers" | "socket">, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const last = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).split(",").pop()?.trim();
    if (last) return last.slice(0, 64);
  }
  const peer = req.socket.remoteAddress ?? "unknown";
  return peer.startsWith("::ffff:") ? peer.slice(7) : peer;
}
