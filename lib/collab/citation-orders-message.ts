const prefix = "citation-orders:";

/** Sections' citation ids in document order, by section id. */
export type CitationOrders = Record<string, string[]>;

/** What an editor sends on a profile's channel (after each sync) to hear every section's citation order. */
export const citationOrdersRequest = "citation-orders?";

/** The stateless payload on a profile's channel saying what these sections cite, in order. */
export function encodeCitationOrdersMessage(orders: CitationOrders): string {
  return prefix + JSON.stringify(orders);
}

/** Whether a stateless payload is a citation-orders message (the session parses it; listeners only need to know). */
export const isCitationOrdersMessage = (payload: string): boolean => payload.startsWith(prefix);

/** The orders of a citation-orders payload, or null for any other (or malformed) payload. */
export function parseCitationOrdersMessage(payload: string): CitationOrders | null {
  if (!isCitationOrdersMessage(payload)) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload.slice(prefix.length));
  } catch {
    return null;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const out: CitationOrders = {};
  for (const [sectionId, ids] of Object.entries(value)) {
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")) return null;
    out[sectionId] = ids as string[];
  }
  return out;
}
