import type { Env } from "@/lib/env";

/** What one client may send to /collab; every value is configurable through the environment (README). */
export interface CollabLimits {
  /** Largest WebSocket frame; larger ones close the socket with 1009. */
  maxMessageBytes: number;
  /** Largest section document; an update that would grow it further closes the socket with 4413. */
  maxDocumentBytes: number;
  maxAwarenessBytes: number;
  awarenessPerSecond: number;
  viewerMessagesPerSecond: number;
  maxSocketsPerAddress: number;
  authTimeoutMs: number;
  /** Read the client address from X-Forwarded-For (FOLIO_TRUST_PROXY). */
  trustProxy: boolean;
}

export const defaultCollabLimits: CollabLimits = {
  maxMessageBytes: 1024 * 1024,
  maxDocumentBytes: 8 * 1024 * 1024,
  maxAwarenessBytes: 16 * 1024,
  awarenessPerSecond: 30,
  viewerMessagesPerSecond: 10,
  maxSocketsPerAddress: 64,
  authTimeoutMs: 10_000,
  trustProxy: false,
};

export function collabLimitsFromEnv(e: Env): CollabLimits {
  return {
    maxMessageBytes: e.FOLIO_COLLAB_MAX_MESSAGE_BYTES,
    maxDocumentBytes: e.FOLIO_COLLAB_MAX_DOCUMENT_BYTES,
    maxAwarenessBytes: e.FOLIO_COLLAB_MAX_AWARENESS_BYTES,
    awarenessPerSecond: e.FOLIO_COLLAB_AWARENESS_PER_SECOND,
    viewerMessagesPerSecond: e.FOLIO_COLLAB_VIEWER_MESSAGES_PER_SECOND,
    maxSocketsPerAddress: e.FOLIO_COLLAB_MAX_SOCKETS_PER_ADDRESS,
    authTimeoutMs: e.FOLIO_COLLAB_AUTH_TIMEOUT_SECONDS * 1000,
    trustProxy: e.FOLIO_TRUST_PROXY,
  };
}
