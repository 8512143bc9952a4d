import type { RefusalReason } from "./close-events";

/** Thrown from a hook to refuse a document; Hocuspocus sends `reason` to the client as permission-denied. */
export class RefusedError extends Error {
  override name = "RefusedError";
  constructor(readonly reason: RefusalReason, options?: { cause?: unknown }) {
    super(`Refused: ${reason}`, options);
  }
}
