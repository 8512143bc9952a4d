import type { StoredEvent } from "./handlers";

/** The NOTIFY channel on which a committed event reaches every instance's dispatcher. */
export const EVENTS_CHANNEL = "folio_events";

/** PostgreSQL refuses notification payloads of 8,000 bytes or more; a longer event is sent as its id alone. */
const MAX_PAYLOAD = 7_000;

/** The notification for an event: the whole event, or `{ id }` when it is too long (the dispatcher then reads the row). */
export function notificationPayload(event: StoredEvent): string {
  const whole = JSON.stringify(event);
  return Buffer.byteLength(whole) < MAX_PAYLOAD ? whole : JSON.stringify({ id: event.id });
}

/** What a notification carries: the event, or only its id. Null for anything else. */
export function parseNotification(payload: string): StoredEvent | { id: string } | null {
  try {
    const value = JSON.parse(payload) as { id?: unknown; type?: unknown; at?: unknown };
    if (typeof value.id !== "string") return null;
    if (typeof value.type !== "string") return { id: value.id };
    return { ...value, at: new Date(String(value.at)) } as StoredEvent;
  } catch {
    return null;
  }
}
