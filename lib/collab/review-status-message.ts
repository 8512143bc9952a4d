const prefix = "review-status:";

export interface ReviewStatusMessage {
  sectionId: string;
  status: string;
}

/** The stateless payload telling a profile's presence room that a section's review status changed. */
export function encodeReviewStatusMessage(message: ReviewStatusMessage): string {
  return prefix + JSON.stringify({ sectionId: message.sectionId, status: message.status });
}

/** The message of a review-status payload, or null for any other payload. */
export function parseReviewStatusMessage(payload: string): ReviewStatusMessage | null {
  if (!payload.startsWith(prefix)) return null;
  try {
    const value = JSON.parse(payload.slice(prefix.length)) as Partial<ReviewStatusMessage>;
    return typeof value.sectionId === "string" && typeof value.status === "string" ? { sectionId: value.sectionId, status: value.status } : null;
  } catch {
    return null;
  }
}

/** The window event the browser dispatches when such a message arrives (pages re-read their data). */
export const reviewStatusEvent = "folio:review-status";
