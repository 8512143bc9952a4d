import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { parseStoredMessage, StoredState } from "@/lib/collab/stored-message";

export interface NodeClientOptions {
  /** ws://host:port/collab */
  url: string;
  documentName: string;
  /** Sent with every upgrade, e.g. { cookie } or { origin }. */
  headers?: Record<string, string>;
  /** Reconnect quickly (tests, chaos): the default backs off to 30 s. */
  fastReconnect?: boolean;
  doc?: Y.Doc;
  /**
   * Keep every received frame in `received` (the default, for tests that assert on frames). The benchmark turns it
   * off: twenty clients keeping ~57,000 frames a run grew the measuring process's heap into major collections
   * that landed in the middle of a run and read as relay latency.
   */
  keepFrames?: boolean;
}

/** A headless collaborator for tests, the chaos runner and the benchmark (Node, `ws`). */
export interface NodeClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** The reason of the last permission-denied message, if any. */
  readonly refusal: string | null;
  /** Every frame received, for asserting that a refused client got no document bytes (empty with `keepFrames: false`). */
  readonly received: Uint8Array[];
  readonly closeCodes: number[];
  /** Whether the server has said every local change (this client's own) is in its database. */
  isStored(): boolean;
  /** How many "stored" acknowledgements the server has sent this client. */
  readonly acknowledgements: number;
  /** Calls `listener` with each "stored" acknowledgement's snapshot, read once for all listeners. */
  onAcknowledgement(listener: (snapshot: Y.Snapshot) => void): void;
  destroy(): void;
}

/** Connects a Y.Doc to the collaboration server the way the browser editor does. */
export function connectNodeClient(options: NodeClientOptions): NodeClient {
  const headers = options.headers ?? {};
  const keepFrames = options.keepFrames ?? true;
  const received: Uint8Array[] = [];
  const closeCodes: number[] = [];
  class HeaderWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers });
      if (keepFrames) this.on("message", (data: Buffer) => received.push(new Uint8Array(data)));
      this.on("close", (code: number) => closeCodes.push(code));
      // Destroying a client mid-handshake makes ws emit "closed before the connection was established";
      // the provider has let go of the socket by then, so nobody else would listen.
      this.on("error", () => {});
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: HeaderWebSocket,
    ...(options.fastReconnect ? { delay: 50, minDelay: 20, maxDelay: 300, factor: 1.5 } : {}),
  });
  const doc = options.doc ?? new Y.Doc();
  const stored = new StoredState();
  let refusal: string | null = null;
  let acknowledgements = 0;
  const acknowledgementListeners: ((snapshot: Y.Snapshot) => void)[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName,
    document: doc,
    onAuthenticationFailed: ({ reason }) => {
      refusal = reason;
    },
    onStateless: ({ payload }) => {
      const snapshot = parseStoredMessage(payload);
      if (!snapshot) return;
      stored.add(snapshot);
      acknowledgements += 1;
      for (const listener of acknowledgementListeners) listener(snapshot);
    },
  });
  // Everything not received from the server is this client's own change, for isStored (as in the browser).
  stored.follow(doc, provider);
  provider.attach();
  return {
    doc,
    provider,
    socket,
    get refusal() {
      return refusal;
    },
    get acknowledgements() {
      return acknowledgements;
    },
    onAcknowledgement: (listener) => acknowledgementListeners.push(listener),
    received,
    closeCodes,
    isStored: () => provider.isSynced && !provider.hasUnsyncedChanges && stored.covers(),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls `check` until it returns true or the deadline passes. @throws Error naming `what` on timeout */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
