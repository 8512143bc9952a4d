/** Close codes and refusal reasons shared by the collaboration server and the editor. */
export const CloseEvents = {
  /** The user's rights changed (disabled, role lowered): reconnect and be re-authorized. */
  AuthorizationChanged: { code: 4205, reason: "authorization-changed" },
  /** An update would make the document larger than the server accepts. */
  DocumentTooLarge: { code: 4413, reason: "document-too-large" },
  /** An update held a character Folio never stores (NUL, another C0 control, a non-character). */
  InvalidCharacters: { code: 4415, reason: "invalid-characters" },
  /** A frame was larger than the server's message limit (the WebSocket library's own close code). */
  MessageTooLarge: { code: 1009, reason: "message-too-large" },
  /** An awareness (cursor and presence) frame was larger than the server accepts. */
  AwarenessTooLarge: { code: 4414, reason: "awareness-too-large" },
  /** A read-only connection sent frames faster than the server accepts. */
  RateLimited: { code: 4429, reason: "rate-limited" },
  /** The socket did not authenticate any document in time. */
  AuthenticationTimeout: { code: 4408, reason: "authentication-timeout" },
} as const;

/** Reasons the server gives when it refuses a document (sent in Hocuspocus's permission-denied message). */
export const RefusalReasons = {
  Unauthenticated: "unauthenticated",
  Forbidden: "forbidden",
  NotFound: "not-found",
  Unavailable: "unavailable",
} as const;

export type RefusalReason = (typeof RefusalReasons)[keyof typeof RefusalReasons];
