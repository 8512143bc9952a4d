import { encodeReviewStatusMessage } from "@/lib/collab/review-status-message";
import type { EventOf, EventType, SectionStatusEvent } from "./domain-event";

/** What a handler may use: this instance's parts, passed by the dispatcher (server.ts builds them once). */
export interface HandlerServices {
  /** This instance's collaboration server (null when /collab runs standalone). */
  collab: { broadcastToProfile(profileId: string, payload: string): void; broadcastToAllProfiles(payload: string): void } | null;
  publicCache: { invalidate(): void };
  linkChecker: { kick(): void } | null;
}

/** A committed event as the dispatcher hands it over: the audit row's id and time besides the event. */
export type StoredEvent<T extends EventType = EventType> = EventOf<T> & { id: string; at: Date };
export type Handler<T extends EventType> = { name: string; run(event: StoredEvent<T>, services: HandlerServices): void | Promise<void> };
export type HandlerList = { readonly [T in EventType]?: readonly Handler<T>[] };

/**
 * Everyone who has a section of the profile open, and the countries list (which hears every profile), learns the
 * section's new review status at once; pages re-read their data (see reviewStatusEvent).
 */
function broadcastSectionStatus<T extends SectionStatusEvent["type"]>(): Handler<T> {
  return {
    name: "broadcast section status",
    run: (event, { collab }) => {
      const { data } = event as StoredEvent<SectionStatusEvent["type"]>;
      const message = encodeReviewStatusMessage({ sectionId: data.sectionId, status: data.status });
      collab?.broadcastToProfile(data.profileId, message);
      collab?.broadcastToAllProfiles(message);
    },
  };
}

/** A new version changes every "newest" public page (a profile's page, its history, the index): forget them. */
const refreshPublicPages: Handler<"profile.publish"> = { name: "refresh public pages", run: (_, { publicCache }) => publicCache.invalidate() };

/** Someone asked for a link-check run: this instance's checker starts on it now (the run's lease lets one work). */
const wakeLinkChecker: Handler<"links.check"> = { name: "wake link checker", run: (_, { linkChecker }) => linkChecker?.kick() };

/**
 * What happens when X: every reaction to a committed event, on every instance (each runs its own dispatcher).
 * Everything else a command does (its rows, its audit row, notifications to people) is written in its transaction.
 */
export const handlers: HandlerList = {
  "review.submit": [broadcastSectionStatus()],
  "review.withdraw": [broadcastSectionStatus()],
  "review.approve": [broadcastSectionStatus()],
  "review.request_changes": [broadcastSectionStatus()],
  "profile.publish": [refreshPublicPages],
  "links.check": [wakeLinkChecker],
};

/**
 * After the dispatcher (re)connects to the database it may have missed notifications: these catch up on what a
 * missed event would have done.
 */
export const onReconnect: readonly { name: string; run(services: HandlerServices): void }[] = [
  { name: "refresh public pages", run: ({ publicCache }) => publicCache.invalidate() },
  { name: "wake link checker", run: ({ linkChecker }) => linkChecker?.kick() },
];

/** Whether anything reacts to events of this type (recordEvent only notifies for these). */
export function hasHandlers(type: EventType): boolean {
  return (handlers[type]?.length ?? 0) > 0;
}
