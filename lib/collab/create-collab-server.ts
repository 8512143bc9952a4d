import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type Extension, type WebSocketLike } from "@hocuspocus/server";
import { Redis } from "@hocuspocus/extension-redis";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import type { Database } from "@/lib/db/client";
import type * as Y from "yjs";
import type { CollabContext, CollabUser, ResolveUser } from "./collab-context";
import { Authentication } from "./extensions/authentication";
import { defaultCollabLimits, type CollabLimits } from "./collab-limits";
import { CharacterGuard } from "./extensions/character-guard";
import { Limits } from "./extensions/limits";
import { SocketLimits } from "./extensions/socket-limits";
import { Persistence } from "./extensions/persistence";
import { ProfileChannel } from "./extensions/profile-channel";
import { encodeCitationOrdersMessage } from "./citation-orders-message";
import { allProfilesChannelName, parseDocumentName, profileChannelName, sectionDocumentName } from "./document-name";
import { isAllowedOrigin } from "./is-allowed-origin";
import { redisOptions } from "./redis-options";
import { redisSectionFlush } from "./redis-section-flush";
import { createSectionStore, type SectionStore } from "./section-store";
import { SocketGuard } from "./socket-guard";
import { upgradeRequest } from "./upgrade-request";

export interface CollabServerOptions extends Partial<CollabLimits> {
  db: Database;
  resolveUser: ResolveUser;
  /** Several instances stay in sync through Redis when set. */
  redisUrl?: string;
  /** Origins allowed besides the request's own host (e.g. NEXTAUTH_URL behind a proxy). */
  allowedOrigins?: string[];
  recheckIntervalMs?: number;
  flushDelayMs?: number;
  /** Compaction runs this long after the last edit, and at least every `compactMaxDelayMs` while typing goes on. */
  compactDebounceMs?: number;
  compactMaxDelayMs?: number;
  loadTimeoutMs?: number;
  /** Replaces the database store (tests inject faults through it). */
  store?: SectionStore;
  log?: (line: string) => void;
}

/** What the server holds now (tests assert one section document per connected editor; admins read it at /api/collab/stats). */
export interface CollabStats {
  /** Loaded documents by kind. */
  documents: { section: number; profile: number };
  /** Document connections (one socket carries a section and its profile channel). */
  connections: number;
  sockets: number;
}

export interface CollabServer {
  readonly hocuspocus: Hocuspocus<CollabContext>;
  /** Takes over an HTTP upgrade for /collab (refuses foreign origins with 403, an address over its socket limit with 429). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Re-authorizes every live connection now (it also runs every `recheckIntervalMs`). */
  recheck(): Promise<void>;
  /** Writes every pending update and compacts loaded documents. */
  flushAll(): Promise<void>;
  /** Writes one section's pending updates to the log, on every instance when Redis is configured. */
  flushSection(sectionId: string): Promise<void>;
  /**
   * Changes a section's document on the server, through a Hocuspocus direct connection (loading it if nobody has it
   * open): everyone connected sees the change at once, and it is journalled like any other update, as written by
   * `user` (null: nobody's writing). `change` runs synchronously in one Yjs transaction; its result is returned
   * once the change is written to the log.
   */
  editSection<T>(sectionId: string, user: CollabUser | null, change: (doc: Y.Doc) => T): Promise<T>;
  /** Sends a stateless message to everyone on a profile's channel, on every instance when Redis is configured. */
  broadcastToProfile(profileId: string, payload: string): void;
  /** Sends a stateless message to everyone on the all-profiles channel (the countries list), on every instance with Redis. */
  broadcastToAllProfiles(payload: string): void;
  stats(): CollabStats;
  /** Closes every socket, stores every dirty document, and stops. */
  destroy(): Promise<void>;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/** Builds the Hocuspocus server with its extensions in order: Redis, authentication, limits, character guard, persistence. */
export function createCollabServer(options: CollabServerOptions): CollabServer {
  const log = options.log ?? ((line: string) => console.error(line));
  const limits: CollabLimits = { ...defaultCollabLimits, ...Object.fromEntries(Object.entries(options).filter(([k, v]) => k in defaultCollabLimits && v !== undefined)) };
  const guard = new SocketGuard(limits);
  const store = options.store ?? createSectionStore(options.db);
  const authentication = new Authentication({ resolveUser: options.resolveUser, store, recheckIntervalMs: options.recheckIntervalMs ?? 20_000, log });
  const persistence = new Persistence({
    store,
    flushDelayMs: options.flushDelayMs ?? 150,
    loadTimeoutMs: options.loadTimeoutMs ?? 10_000,
    onCitationOrder: ({ profileId, sectionId, ids }) => broadcastToProfile(profileId, encodeCitationOrdersMessage({ [sectionId]: ids })),
    log,
  });
  const channel = new ProfileChannel({ store, liveCitationOrders: (profileId) => persistence.liveCitationOrders(profileId), log });
  const extensions: Extension[] = [];
  const redis = options.redisUrl ? new Redis(redisOptions(options.redisUrl)) : null;
  if (redis) extensions.push(redis);
  const broadcastToProfile = (profileId: string, payload: string): void => broadcastTo(profileChannelName(profileId), payload);
  const broadcastTo = (documentName: string, payload: string): void => {
    const document = hocuspocus.documents.get(documentName);
    // Loaded here: this instance's sockets, and (the Redis extension's hook) every instance that has it loaded.
    if (document) return document.broadcastStateless(payload);
    // Nobody has the profile open here (e.g. the Next process while sockets live on `npm run collab`
    // instances): publish on the channel's Redis channel; the hook reads only the name and the payload.
    redis?.beforeBroadcastStateless({ documentName, payload } as Parameters<Redis["beforeBroadcastStateless"]>[0]).catch((e: unknown) => log(`collab: relaying a stateless message failed: ${(e as Error).message}`));
  };
  const remoteFlush = options.redisUrl ? redisSectionFlush({ redisUrl: options.redisUrl, flushLocal: (id) => persistence.flushSection(id), log }) : null;
  extensions.push(authentication, new Limits(limits), new CharacterGuard(), new SocketLimits({ ...limits, onAuthenticated: (request) => guard.authenticated(request) }), persistence, channel);

  const hocuspocus = new Hocuspocus<CollabContext>({
    name: "folio-collab",
    quiet: true,
    extensions,
    debounce: options.compactDebounceMs ?? 2_000,
    maxDebounce: Math.max(options.compactMaxDelayMs ?? 30_000, options.compactDebounceMs ?? 0),
    maxUnauthenticatedQueueSize: 256 * 1024,
    maxUnauthenticatedQueueMessages: 200,
    maxPendingDocuments: 8,
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const allowed = options.allowedOrigins ?? [];
  let stopping = false;

  const accept = (ws: WebSocket, req: IncomingMessage) => {
    const request = upgradeRequest(req);
    guard.watch(ws, request);
    const connection = hocuspocus.handleConnection(ws as unknown as WebSocketLike, request);
    ws.on("message", (data, isBinary) => {
      if (isBinary) connection.handleMessage(toBytes(data));
      else ws.close(1003, "binary frames only");
    });
    ws.on("close", (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
    ws.on("error", (error) => log(`collab: socket error: ${error.message}`));
  };

  /** See CollabServer.editSection. */
  async function editSection<T>(sectionId: string, user: CollabUser | null, change: (doc: Y.Doc) => T): Promise<T> {
    const connection = await hocuspocus.openDirectConnection(sectionDocumentName(sectionId), { user: user ?? undefined, target: { kind: "section", sectionId }, readOnly: false } as CollabContext);
    try {
      let result: T | undefined;
      await connection.transact((doc) => {
        result = change(doc);
      });
      await persistence.flushSection(sectionId);
      return result as T;
    } finally {
      await connection.disconnect();
    }
  }

  return {
    hocuspocus,

    handleUpgrade(req, socket, head) {
      if (stopping) return refuse(socket, "503 Service Unavailable");
      if (!isAllowedOrigin({ origin: req.headers.origin, host: req.headers.host, allowed })) return refuse(socket, "403 Forbidden");
      if (!guard.admit(req, socket)) return refuse(socket, "429 Too Many Requests");
      wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req));
    },

    recheck: () => authentication.recheck(),

    flushAll: () => persistence.flushAll(),

    flushSection: (sectionId) => (remoteFlush ? remoteFlush.flushEverywhere(sectionId) : persistence.flushSection(sectionId)),

    editSection,

    broadcastToProfile,

    broadcastToAllProfiles: (payload) => broadcastTo(allProfilesChannelName, payload),

    stats() {
      const documents = { section: 0, profile: 0 };
      for (const name of hocuspocus.documents.keys()) {
        const kind = parseDocumentName(name)?.kind;
        if (kind === "section" || kind === "profile") documents[kind] += 1;
      }
      return { documents, connections: hocuspocus.getConnectionsCount(), sockets: wss.clients.size };
    },

    async destroy() {
      stopping = true;
      for (const ws of wss.clients) ws.close(1012, "server restarting");
      const started = Date.now();
      // Closing sockets unloads documents, which stores them; a client that never answers the close is cut off.
      while (hocuspocus.getDocumentsCount() > 0 && Date.now() - started < 5_000) {
        if (Date.now() - started > 1_000) for (const ws of wss.clients) ws.terminate();
        await new Promise((r) => setTimeout(r, 20));
      }
      await persistence.flushAll();
      await remoteFlush?.close();
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
      wss.close();
    },
  };
}
