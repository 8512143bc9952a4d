import type { beforeHandleAwarenessPayload, beforeHandleMessagePayload, Connection, connectedPayload, Extension } from "@hocuspocus/server";
import type { CollabContext } from "../collab-context";
import { CloseEvents } from "../close-events";
import { awarenessClientIds, frameKind } from "../frame-kind";
import { TokenBucket } from "../token-bucket";

export interface SocketLimitsOptions {
  /** Larger awareness frames close the socket. */
  maxAwarenessBytes: number;
  /** Awareness frames beyond this rate (burst: two seconds' worth) are dropped, not relayed. */
  awarenessPerSecond: number;
  /** Read-only connections sending other frames beyond this rate (burst: five seconds' worth) are closed. */
  viewerMessagesPerSecond: number;
  /** Called once a socket has authenticated a document (ends its authentication deadline). */
  onAuthenticated: (request: Request) => void;
}

function closeWith(connection: Connection<CollabContext>, event: { code: number; reason: string }, message: string): never {
  connection.webSocket.close(event.code, event.reason);
  throw Object.assign(new Error(message), event);
}

/**
 * Per-connection limits on what a client may send besides document content (lib/collab/extensions/limits.ts caps
 * that): awareness size and rate, awareness bound to the sender's own Yjs client id, and a frame rate for read-only
 * connections (which may apply nothing, so have no reason to send much).
 */
export class SocketLimits implements Extension<CollabContext> {
  extensionName = "SocketLimits";
  priority = 260;
  private readonly awarenessBuckets = new WeakMap<Connection<CollabContext>, TokenBucket>();
  private readonly viewerBuckets = new WeakMap<Connection<CollabContext>, TokenBucket>();
  /** The one awareness client id each connection may speak for: the first it announced, if nobody else holds it. */
  private readonly ownClientId = new WeakMap<Connection<CollabContext>, number>();
  /** The client ids the awareness frame being handled names (Hocuspocus's decoded map also holds a scratch id of its own). */
  private readonly announced = new WeakMap<Connection<CollabContext>, number[]>();

  constructor(private readonly options: SocketLimitsOptions) {}

  async connected({ request }: connectedPayload<CollabContext>): Promise<void> {
    this.options.onAuthenticated(request);
  }

  async beforeHandleMessage({ update, connection, documentName }: beforeHandleMessagePayload<CollabContext>): Promise<void> {
    const kind = frameKind(update);
    if (kind === "awareness") {
      if (update.byteLength > this.options.maxAwarenessBytes) {
        closeWith(connection, CloseEvents.AwarenessTooLarge, `${documentName}: awareness frame of ${update.byteLength} bytes exceeds ${this.options.maxAwarenessBytes}`);
      }
      this.announced.set(connection, awarenessClientIds(update));
      return;
    }
    if (!connection.readOnly) return;
    let bucket = this.viewerBuckets.get(connection);
    if (!bucket) this.viewerBuckets.set(connection, (bucket = new TokenBucket(this.options.viewerMessagesPerSecond, this.options.viewerMessagesPerSecond * 5)));
    if (!bucket.take()) closeWith(connection, CloseEvents.RateLimited, `${documentName}: read-only connection exceeded ${this.options.viewerMessagesPerSecond} frames per second`);
  }

  /** Drops states for client ids the sender does not own, and the whole frame when it comes too fast. */
  async beforeHandleAwareness({ connection, states, document }: beforeHandleAwarenessPayload<CollabContext>): Promise<void> {
    if (!connection) return;
    let bucket = this.awarenessBuckets.get(connection);
    if (!bucket) this.awarenessBuckets.set(connection, (bucket = new TokenBucket(this.options.awarenessPerSecond, this.options.awarenessPerSecond * 2)));
    if (!bucket.take()) {
      states.clear();
      return;
    }
    const announced = this.announced.get(connection) ?? [];
    this.announced.delete(connection);
    // A provider encodes its own state first (y-protocols keeps it first in its map); later entries are peers it relays.
    const first = announced[0];
    if (!this.ownClientId.has(connection) && first !== undefined) {
      const heldElsewhere = document.getConnections().some((other) => other !== connection && this.ownClientId.get(other as Connection<CollabContext>) === first);
      if (!heldElsewhere) this.ownClientId.set(connection, first);
    }
    const own = this.ownClientId.get(connection);
    for (const clientId of [...states.keys()]) if (clientId !== own) states.delete(clientId);
  }
}
