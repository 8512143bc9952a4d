import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";
import { clientAddress } from "@/lib/http/client-address";
import { CloseEvents } from "./close-events";

export interface SocketGuardOptions {
  /** Open sockets one client address may hold; further upgrades are answered 429. */
  maxSocketsPerAddress: number;
  /** A socket that has not authenticated any document this long after opening is closed. */
  authTimeoutMs: number;
  /** Read the client address from X-Forwarded-For (FOLIO_TRUST_PROXY). */
  trustProxy: boolean;
}

/** Limits sockets per client address and the time a socket may stay open without authenticating. */
export class SocketGuard {
  private readonly perAddress = new Map<string, number>();
  private readonly pending = new WeakMap<Request, () => void>();

  constructor(private readonly options: SocketGuardOptions) {}

  /** Counts the upgrade against its address until the socket closes; false when the address is at its limit. */
  admit(req: IncomingMessage, socket: Duplex): boolean {
    const address = clientAddress(req, this.options.trustProxy);
    const open = this.perAddress.get(address) ?? 0;
    if (open >= this.options.maxSocketsPerAddress) return false;
    this.perAddress.set(address, open + 1);
    socket.once("close", () => {
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left > 0) this.perAddress.set(address, left);
      else this.perAddress.delete(address);
    });
    return true;
  }

  /** Closes `ws` unless a document on it authenticates within the deadline (see `authenticated`). */
  watch(ws: WebSocket, request: Request): void {
    const timer = setTimeout(() => {
      const { code, reason } = CloseEvents.AuthenticationTimeout;
      ws.close(code, reason);
    }, this.options.authTimeoutMs);
    timer.unref();
    this.pending.set(request, () => clearTimeout(timer));
    ws.once("close", () => clearTimeout(timer));
  }

  authenticated(request: Request): void {
    this.pending.get(request)?.();
    this.pending.delete(request);
  }

  /** Open sockets per address (tests). */
  openSockets(address: string): number {
    return this.perAddress.get(address) ?? 0;
  }
}
