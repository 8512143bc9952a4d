/** Close codes and refusal reasons shared by the collaboration server and the editor. */
export const CloseEvents = {
  /** The user's rights changed (disabled, role lowered): reconnect and be re-authorized. */
  AuthorizationChanged: { code: 4205, reason: "authorization-changed" },
  /** An update would make the document larger than the server accepts. */
  DocumentTooLarge: { code: 4413, reason: "document-too-large" },
} as const;

/** Reasons the server gives when it refuses a document (sent in Hocuspocus's permission-denied message). */
export const RefusalReasons = {
  Unauthenticated: "unauthenticated",
  Forbidden: "forbidden",
  NotFound: "not-found",
  Unavailable: "unavailable",
} as const;

export type RefusalReason = (typeof RefusalReasons)[keyof typeof RefusalReasons];
